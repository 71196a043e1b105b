using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Tests.Export.Formats;

/// <summary>
/// Reads a GraphML file with networkx (python3-networkx) and returns what it read as JSON:
/// <c>{"directed", "nodes": [{"id", "data"}], "edges": [{"id", "source", "target", "data"}]}</c>.
/// Fails, saying how to install it, when python3 or networkx is missing: the GraphML export is
/// only known to work when a real reader has read it.
/// </summary>
internal static class NetworkX
{
    public const string Install = "python3-networkx is required by the GraphML tests: install it with `apt-get install -y python3-networkx` (CI installs it).";

    private const string Script = """
        import json, sys
        try:
            import networkx as nx
        except ImportError:
            sys.exit(3)
        g = nx.read_graphml(sys.argv[1])
        if g.is_multigraph():
            edges = [{"id": d.get("id", str(k)), "source": u, "target": v, "data": d} for u, v, k, d in g.edges(keys=True, data=True)]
        else:
            edges = [{"id": d.get("id"), "source": u, "target": v, "data": d} for u, v, d in g.edges(data=True)]
        nodes = [{"id": n, "data": d} for n, d in g.nodes(data=True)]
        sys.stdout.write(json.dumps({"directed": g.is_directed(), "nodes": nodes, "edges": edges}, ensure_ascii=False))
        """;

    // Debian's python3-networkx installs for /usr/bin/python3, which a python3 earlier on PATH (pyenv) does not see.
    private static readonly Lazy<string> Interpreter = new(() =>
    {
        var candidates = new[] { Environment.GetEnvironmentVariable("KG_PYTHON"), "/usr/bin/python3", "python3" };
        return candidates.OfType<string>().FirstOrDefault(HasNetworkX) ?? "python3";
    });

    private static bool HasNetworkX(string interpreter)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(interpreter, ["-c", "import networkx"])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return false;
            }
            process.WaitForExit(30_000);
            return process.HasExited && process.ExitCode == 0;
        }
        catch (Win32Exception)
        {
            return false;
        }
    }

    public static async Task<JsonElement> ReadGraphMLAsync(string path)
    {
        var start = new ProcessStartInfo(Interpreter.Value)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Script);
        start.ArgumentList.Add(path);
        start.Environment["PYTHONIOENCODING"] = "utf-8";

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Xunit.Sdk.XunitException("python3 did not start. " + Install);
        }
        catch (Win32Exception exception)
        {
            throw new Xunit.Sdk.XunitException($"python3 is not installed ({exception.Message}). {Install}");
        }

        using (process)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var error = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            Assert.False(process.ExitCode == 3, Install);
            Assert.True(process.ExitCode == 0, $"networkx could not read {path}: {await error}");
            using var document = JsonDocument.Parse(await output);
            return document.RootElement.Clone();
        }
    }
}
