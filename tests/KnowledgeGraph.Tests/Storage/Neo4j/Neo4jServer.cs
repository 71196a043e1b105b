using System.Diagnostics;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Storage.Neo4j;

/// <summary>
/// Stops, kills and starts the live server through ../shared/neo4j's scripts, on the folder it was started
/// on (KG_TEST_NEO4J_HOME), on the same ports, so that KG_TEST_NEO4J_URI stays valid.
/// </summary>
public static class Neo4jServer
{
    public static string? Home => Environment.GetEnvironmentVariable("KG_TEST_NEO4J_HOME") is { Length: > 0 } home ? home : null;

    private static string RequiredHome =>
        Home ?? throw new InvalidOperationException("KG_REQUIRE_NEO4J=1 but " + Neo4jServerFactAttribute.Missing);

    /// <summary>../shared/neo4j (or KG_SHARED_DIR/neo4j): start.sh, stop.sh, admin.sh.</summary>
    public static string Scripts => SharedData.Path("neo4j");

    /// <summary>The server's process id, from its pid file.</summary>
    public static int Pid => int.Parse(File.ReadAllText(Path.Combine(RequiredHome, "run", "neo4j.pid")).Trim(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>SIGKILL: the server dies at once, its open transactions with it.</summary>
    public static async Task KillAsync()
    {
        var pid = Pid;
        using (var kill = Process.Start("kill", ["-KILL", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (Directory.Exists($"/proc/{pid}") && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
    }

    public static Task StopAsync() => RunScriptAsync("stop.sh", RequiredHome);

    /// <summary>Starts the server on its folder and ports again, and returns once the Query API answers.</summary>
    public static async Task StartAsync()
    {
        await RunScriptAsync("start.sh", RequiredHome);
        // Another server may have taken the port meanwhile and answered in its place: this one must be running.
        Assert.True(Directory.Exists($"/proc/{Pid}"), "start.sh reported the server ready, but it is not running (its port taken by another?)");
    }

    public static async Task RestartAsync()
    {
        await StopAsync();
        await StartAsync();
    }

    /// <summary>neo4j-admin on the server's folder (the server stopped), e.g. database import full.</summary>
    public static Task AdminAsync(string workingDirectory, params string[] arguments) =>
        RunScriptAsync("admin.sh", RequiredHome, [.. arguments], workingDirectory);

    private static async Task RunScriptAsync(string script, string home, string[]? arguments = null, string? workingDirectory = null)
    {
        var conf = File.ReadAllText(Path.Combine(home, "conf", "neo4j.conf"));
        var info = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? home,
        };
        info.ArgumentList.Add(Path.Combine(Scripts, script));
        info.ArgumentList.Add(home);
        foreach (var argument in arguments ?? [])
        {
            info.ArgumentList.Add(argument);
        }
        // The same ports as before: start.sh and admin.sh rewrite the configuration from these.
        info.Environment["NEO4J_HTTP_PORT"] = Setting(conf, "server.http.listen_address=:");
        info.Environment["NEO4J_BOLT_PORT"] = Setting(conf, "server.bolt.listen_address=:");
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not run {script}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(4));
        Assert.True(process.ExitCode == 0, $"{script} failed ({process.ExitCode}): {await output}\n{await error}");
    }

    private static string Setting(string conf, string prefix) =>
        conf.Split('\n').Select(line => line.Trim()).First(line => line.StartsWith(prefix, StringComparison.Ordinal))[prefix.Length..];
}
