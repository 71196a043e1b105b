using System.Text.Json;

namespace KnowledgeGraph.Tests.Worker;

/// <summary>The `run` worker: files dropped in the inbox are ingested and moved; bad ones are set aside with a reason.</summary>
public sealed class InboxWorkerTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "kg-inbox-" + Guid.NewGuid().ToString("N"));

    public InboxWorkerTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Dropped_files_are_ingested_moved_and_bad_ones_set_aside()
    {
        var inbox = Path.Combine(_root, "inbox");
        Directory.CreateDirectory(inbox);
        // One file is there before the worker starts (left from an earlier run), others arrive while it runs.
        await File.WriteAllTextAsync(Path.Combine(inbox, "early.txt"), ArticleFiles.Article(1));

        using var worker = WorkerProcess.Start(_root, "run", "--inbox", inbox);
        await WriteAtomically(Path.Combine(inbox, "late.txt"), ArticleFiles.Article(2));
        await File.WriteAllBytesAsync(Path.Combine(inbox, "broken.txt"), [0xD3, 0xE1, 0xC7, 0xE3, 0xFF]);
        ArticleFiles.WriteBatch(Path.Combine(_root, "batch.json"), 10, 5);
        File.Move(Path.Combine(_root, "batch.json"), Path.Combine(inbox, "batch.json"));

        var processed = Path.Combine(inbox, "processed");
        var failed = Path.Combine(inbox, "failed");
        await Until(() => Files(processed).Count == 3 && Files(failed).Count(file => !file.EndsWith(".error")) == 1, TimeSpan.FromSeconds(90));

        Assert.Equal(["batch.json", "early.txt", "late.txt"], Files(processed));
        Assert.Contains("broken.txt", Files(failed));
        var reason = await File.ReadAllTextAsync(Path.Combine(failed, "broken.txt.error"));
        Assert.Contains("UTF-8", reason);
        Assert.DoesNotContain(Files(inbox), file => file.EndsWith(".txt") || file.EndsWith(".json"));

        // A graceful stop: SIGTERM ends the process cleanly.
        Assert.Equal(0, await worker.TerminateAsync(TimeSpan.FromSeconds(60)));

        Assert.Equal(0, await WorkerProcess.RunAsync(_root, "export", "--out", "graph.json"));
        using var graph = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_root, "graph.json")));
        Assert.Equal(7, graph.RootElement.GetProperty("documents").GetArrayLength());
    }

    private static async Task WriteAtomically(string path, string text)
    {
        await File.WriteAllTextAsync(path + ".part", text);
        File.Move(path + ".part", path);
    }

    private static List<string> Files(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList() : [];

    private static async Task Until(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("the worker did not get there in time");
            }
            await Task.Delay(200);
        }
    }
}
