using System.Diagnostics;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Export.Formats;

/// <summary>
/// Loads a Cytoscape.js export into Cytoscape.js itself (headless, in Node: tools/export-check), which refuses
/// an edge whose endpoints are not nodes. Needs `npm ci --prefix tools/export-check`; without it the tests
/// are skipped, saying so, unless KG_REQUIRE_READERS=1 (CI) makes that a failure.
/// </summary>
internal static class CytoscapeJs
{
    public static string Folder => Path.Combine(SharedData.RepositoryRoot, "tools", "export-check");

    public static string? Missing =>
        Directory.Exists(Path.Combine(Folder, "node_modules", "cytoscape"))
            ? null
            : "Cytoscape.js is not installed: run `npm ci --prefix tools/export-check` (CI does) to read the export back with it.";

    public static async Task<JsonElement> ReadAsync(string path)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
            WorkingDirectory = Folder,
        };
        start.ArgumentList.Add("read-cytoscape.mjs");
        start.ArgumentList.Add(path);
        using var process = Process.Start(start) ?? throw new Xunit.Sdk.XunitException("node did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        Assert.True(process.ExitCode == 0, $"Cytoscape.js could not load {path}: {await error}");
        using var document = JsonDocument.Parse(await output);
        return document.RootElement.Clone();
    }
}

/// <summary>A theory that needs Cytoscape.js (see <see cref="CytoscapeJs"/>).</summary>
public sealed class CytoscapeJsTheoryAttribute : TheoryAttribute
{
    public CytoscapeJsTheoryAttribute([System.Runtime.CompilerServices.CallerMemberName] string test = "") =>
        KnowledgeGraph.Tests.Support.SkipReason.Apply(this, test,
            Environment.GetEnvironmentVariable("KG_REQUIRE_READERS") is not "1" ? CytoscapeJs.Missing : null);
}
