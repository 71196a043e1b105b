using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Tests.Worker;

/// <summary>A process killed in the middle of a batch, then restarted, ends with exactly the graph of an uninterrupted run.</summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "kg-crash-" + Guid.NewGuid().ToString("N"));

    public CrashRecoveryTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Killed_ingest_then_restart_gives_the_graph_of_an_uninterrupted_run()
    {
        var inputs = Path.Combine(_root, "inputs");
        Directory.CreateDirectory(inputs);
        for (var batch = 0; batch < 4; batch++)
        {
            ArticleFiles.WriteBatch(Path.Combine(inputs, $"batch{batch}.json"), batch * 400, 400);
        }

        var reference = Path.Combine(_root, "reference");
        Directory.CreateDirectory(reference);
        Assert.Equal(0, await WorkerProcess.RunAsync(reference, "ingest", inputs, "--threads", "2"));
        Assert.Equal(0, await WorkerProcess.RunAsync(reference, "export", "--out", "graph.json"));

        var crashed = Path.Combine(_root, "crashed");
        Directory.CreateDirectory(crashed);
        var database = Path.Combine(crashed, "data", "graph.db");
        using (var worker = WorkerProcess.Start(crashed, "ingest", inputs, "--threads", "2"))
        {
            // Kill it once some articles are in, and well before the end.
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (DateTime.UtcNow < deadline && !worker.HasExited && await DocumentsIn(database) < 200)
            {
                await Task.Delay(50);
            }
            Assert.False(worker.HasExited, "the ingest finished before it could be killed; give it more work");
            worker.Kill();
        }
        var afterCrash = await DocumentsIn(database);
        Assert.InRange(afterCrash, 1, 1599);

        Assert.Equal(0, await WorkerProcess.RunAsync(crashed, "ingest", inputs, "--threads", "2"));
        Assert.Equal(0, await WorkerProcess.RunAsync(crashed, "export", "--out", "graph.json"));

        Assert.Equal(
            await File.ReadAllTextAsync(Path.Combine(reference, "graph.json")),
            await File.ReadAllTextAsync(Path.Combine(crashed, "graph.json")));
    }

    private static async Task<int> DocumentsIn(string database)
    {
        if (!File.Exists(database))
        {
            return 0;
        }
        try
        {
            await using var store = new SqliteGraphStore(new SqliteStoreOptions { Path = database, BusyTimeoutSeconds = 1 });
            return (await store.GetStatisticsAsync()).Documents;
        }
        catch (Exception)
        {
            return 0; // not created yet, or busy: ask again
        }
    }
}
