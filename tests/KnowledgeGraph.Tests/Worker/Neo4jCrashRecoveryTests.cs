using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Tests.Storage.Neo4j;

namespace KnowledgeGraph.Tests.Worker;

/// <summary>
/// The crash test of <see cref="CrashRecoveryTests"/> against a live Neo4j (KG_TEST_NEO4J_URI; the database is
/// wiped): the ingest is killed in the middle, run again, and the graph exported from Neo4j must equal the graph
/// of an uninterrupted run into SQLite, byte for byte.
/// </summary>
[Collection(LiveNeo4jCollection.Name)]
public sealed class Neo4jCrashRecoveryTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "kg-neo4j-crash-" + Guid.NewGuid().ToString("N"));

    public Neo4jCrashRecoveryTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Neo4jFact]
    public async Task Killed_ingest_into_neo4j_then_restart_gives_the_graph_of_an_uninterrupted_run()
    {
        var options = LiveNeo4j.Options();
        await using (var client = Neo4jHttpClient.Create(options))
        {
            await client.RunAsync("MATCH (n) DETACH DELETE n");
        }
        var inputs = Path.Combine(_root, "inputs");
        Directory.CreateDirectory(inputs);
        for (var batch = 0; batch < 3; batch++)
        {
            ArticleFiles.WriteBatch(Path.Combine(inputs, $"batch{batch}.json"), batch * 300, 300);
        }

        var reference = Path.Combine(_root, "reference");
        Directory.CreateDirectory(reference);
        Assert.Equal(0, await WorkerProcess.RunAsync(reference, "ingest", inputs, "--threads", "2"));
        Assert.Equal(0, await WorkerProcess.RunAsync(reference, "export", "--out", "graph.json"));

        var environment = LiveNeo4j.KgEnvironment(options);
        var crashed = Path.Combine(_root, "crashed");
        Directory.CreateDirectory(crashed);
        using (var worker = WorkerProcess.Start(crashed, environment, "ingest", inputs, "--threads", "2"))
        {
            var deadline = DateTime.UtcNow.AddMinutes(3);
            while (DateTime.UtcNow < deadline && !worker.HasExited && await DocumentsAsync(options) < 100)
            {
                await Task.Delay(100);
            }
            Assert.False(worker.HasExited, "the ingest finished before it could be killed; give it more work");
            worker.Kill();
        }
        Assert.InRange(await DocumentsAsync(options), 1, 899);

        var rerun = await WorkerProcess.RunCapturedAsync(crashed, environment, "ingest", inputs, "--threads", "2");
        Assert.True(rerun.ExitCode == 0, $"the ingest run again exited with {rerun.ExitCode}:\n{rerun.Error}\n{Tail(rerun.Output)}");
        var export = await WorkerProcess.RunCapturedAsync(crashed, environment, "export", "--out", "graph.json");
        Assert.True(export.ExitCode == 0, $"the export exited with {export.ExitCode}:\n{export.Error}");

        Assert.Equal(
            await File.ReadAllTextAsync(Path.Combine(reference, "graph.json")),
            await File.ReadAllTextAsync(Path.Combine(crashed, "graph.json")));
    }

    private static string Tail(string text) => text.Length > 4000 ? text[^4000..] : text;

    private static async Task<long> DocumentsAsync(Neo4jOptions options)
    {
        await using var client = Neo4jHttpClient.Create(options);
        var result = await client.RunAsync("MATCH (document:Document) RETURN count(document) AS documents");
        return result.Records.Single().Long("documents");
    }
}
