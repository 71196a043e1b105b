using System.Diagnostics;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Tests.Storage.Neo4j;
using KnowledgeGraph.Tests.Support;
using KnowledgeGraph.Tests.Worker;

namespace KnowledgeGraph.Tests.Cypher;

/// <summary>
/// Neo4j Browser, as the live server serves it, driven in Debian's chromium by tools/browser-check (playwright-core):
/// connect, load cypher/browser.grass with :style, run a graph query of the packs as `kg query --show` prints it, and
/// look at the graph view: nodes captioned with their names, coloured by their type label.
/// </summary>
[Collection(LiveNeo4jCollection.Name)]
public sealed class Neo4jBrowserTests
{
    private static string Tool => Path.Combine(SharedData.RepositoryRoot, "tools", "browser-check");

    [Neo4jFact]
    public async Task Browser_shows_the_samples_graph_with_names_and_type_colours()
    {
        Assert.True(Directory.Exists(Path.Combine(Tool, "node_modules", "playwright-core")) && File.Exists("/usr/bin/chromium"),
            "needs `npm ci --prefix tools/browser-check` and `apt-get install chromium` (.ci/run installs both)");
        var bolt = Environment.GetEnvironmentVariable("KG_TEST_NEO4J_BOLT_URI");
        Assert.False(string.IsNullOrEmpty(bolt), "KG_TEST_NEO4J_BOLT_URI (the server's bolt:// address) is not set");
        var options = LiveNeo4j.Options();
        await LiveNeo4j.WipeAsync(options);
        await using (var store = new Neo4jGraphStore(Neo4jHttpClient.Create(options), options, ownsClient: true))
        {
            await store.InitializeAsync();
            await store.UpsertBatchAsync(PackExamples.SampleGraphs());
        }

        using var folder = new Export.Formats.TemporaryFolder();
        var shown = await WorkerProcess.RunCapturedAsync(folder.Path, new Dictionary<string, string>(), "query", "structure/neighbourhood", "--show");
        Assert.Equal(0, shown.ExitCode);
        var query = folder.File("query.cypher");
        await File.WriteAllTextAsync(query, shown.Output);
        var screenshot = Environment.GetEnvironmentVariable("KG_BROWSER_SCREENSHOT") is { Length: > 0 } keep ? keep : folder.File("browser.png");

        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8, WorkingDirectory = Tool };
        foreach (var argument in new[] { "check-browser.mjs", Path.Combine(SharedData.RepositoryRoot, "cypher", "browser.grass"), query, screenshot })
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["NEO4J_URI"] = options.Uri;
        start.Environment["NEO4J_BOLT_URI"] = bolt;
        start.Environment["NEO4J_USER"] = options.User;
        start.Environment["NEO4J_PASSWORD"] = options.Password;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(4));
        Assert.True(process.ExitCode == 0, $"the Browser check failed: {await error}");

        using var view = JsonDocument.Parse(await output);
        var nodes = view.RootElement.GetProperty("nodes").EnumerateArray()
            .Select(node => (Caption: node.GetProperty("caption").GetString() ?? "", Fill: node.GetProperty("fill").GetString() ?? ""))
            .ToList();
        // kim_jong_un's neighbourhood: himself, the people he met or travelled with, the places he visited.
        Assert.Contains(nodes, node => node.Caption.Contains("Kim Jong Un", StringComparison.Ordinal));
        Assert.Contains(nodes, node => node.Caption.Contains("Russia", StringComparison.Ordinal));
        Assert.All(nodes, node => Assert.False(string.IsNullOrWhiteSpace(node.Caption), "a node without a caption"));
        var style = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "cypher", "browser.grass"));
        Assert.Equal(Colour(style, "Person"), nodes.First(node => node.Caption.Contains("Kim Jong Un", StringComparison.Ordinal)).Fill, ignoreCase: true);
        Assert.Equal(Colour(style, "Country"), nodes.First(node => node.Caption.Contains("Russia", StringComparison.Ordinal)).Fill, ignoreCase: true);
        Assert.Contains(view.RootElement.GetProperty("relationships").EnumerateArray(), caption => caption.GetString() == "VISITED");
    }

    /// <summary>The colour the style gives a node label.</summary>
    private static string Colour(string style, string label)
    {
        var rule = style[style.IndexOf($"node.{label} {{", StringComparison.Ordinal)..];
        var colour = rule[(rule.IndexOf("color:", StringComparison.Ordinal) + "color:".Length)..];
        return colour[..colour.IndexOf(';')].Trim();
    }
}
