using KnowledgeGraph.Tests.Storage.Neo4j;

namespace KnowledgeGraph.Tests.Worker;

/// <summary>
/// `kg run` against a live Neo4j that goes away for 30 s (killed) and comes back (restarted on its folder): the
/// worker says it is waiting, sets nothing aside, and ends with the graph an uninterrupted SQLite run makes.
/// </summary>
[Collection(LiveNeo4jCollection.Name)]
public sealed class Neo4jOutageTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "kg-neo4j-outage-" + Guid.NewGuid().ToString("N"));

    public Neo4jOutageTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Neo4jServerFact]
    public async Task The_worker_waits_for_a_server_that_is_down_for_30_seconds_and_loses_nothing()
    {
        var options = LiveNeo4j.Options();
        await LiveNeo4j.WipeAsync(options);
        var inputs = Path.Combine(_root, "inputs");
        Directory.CreateDirectory(inputs);
        for (var batch = 0; batch < 3; batch++)
        {
            ArticleFiles.WriteBatch(Path.Combine(inputs, $"batch{batch}.json"), batch * 40, 40);
        }
        var reference = Path.Combine(_root, "reference");
        Directory.CreateDirectory(reference);
        Assert.Equal(0, await WorkerProcess.RunAsync(reference, "ingest", inputs));
        Assert.Equal(0, await WorkerProcess.RunAsync(reference, "export", "--out", "graph.json"));

        var environment = LiveNeo4j.KgEnvironment(options);
        environment["Inbox__ScanIntervalSeconds"] = "2";
        environment["Inbox__SettleMilliseconds"] = "200";
        var inbox = Path.Combine(_root, "inbox");
        var processed = Path.Combine(inbox, "processed");
        var failed = Path.Combine(inbox, "failed");
        using (var worker = WorkerProcess.Start(_root, environment, "run", "--inbox", inbox))
        {
            await Until(() => worker.Output.Contains("Watching", StringComparison.Ordinal), TimeSpan.FromSeconds(60), worker);
            Drop(inputs, "batch0.json", inbox);
            await Until(() => Count(processed) == 1, TimeSpan.FromSeconds(90), worker);

            await Neo4jServer.KillAsync();
            Drop(inputs, "batch1.json", inbox);
            Drop(inputs, "batch2.json", inbox);
            await Task.Delay(TimeSpan.FromSeconds(30));
            Assert.Equal(0, Count(failed));
            Assert.Contains("waiting for it", worker.Output, StringComparison.Ordinal);
            await Neo4jServer.StartAsync();

            await Until(() => Count(processed) == 3, TimeSpan.FromSeconds(120), worker);
            Assert.Equal(0, await worker.TerminateAsync(TimeSpan.FromSeconds(30)));
        }
        Assert.Equal(0, Count(failed));

        var exported = await WorkerProcess.RunCapturedAsync(_root, environment, "export", "--out", "graph.json");
        Assert.True(exported.ExitCode == 0, exported.Error);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(reference, "graph.json")), await File.ReadAllTextAsync(Path.Combine(_root, "graph.json")));
    }

    private void Drop(string from, string name, string inbox)
    {
        Directory.CreateDirectory(inbox);
        var staging = Path.Combine(_root, name + ".part");
        File.Copy(Path.Combine(from, name), staging);
        File.Move(staging, Path.Combine(inbox, name));
    }

    private static int Count(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder).Count(file => !file.EndsWith(".error", StringComparison.Ordinal)) : 0;

    private static async Task Until(Func<bool> condition, TimeSpan timeout, WorkerProcess worker)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            Assert.False(worker.HasExited, "kg run exited:\n" + worker.Output);
            Assert.True(DateTime.UtcNow < deadline, "timed out; kg run printed:\n" + worker.Output);
            await Task.Delay(200);
        }
    }
}
