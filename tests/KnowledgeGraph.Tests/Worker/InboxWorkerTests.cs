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

    [Fact]
    public async Task A_json_array_still_being_written_is_left_alone_then_stored_whole()
    {
        var inbox = Path.Combine(_root, "inbox");
        Directory.CreateDirectory(inbox);
        ArticleFiles.WriteBatch(Path.Combine(_root, "whole.json"), 0, 12);
        var whole = await File.ReadAllTextAsync(Path.Combine(_root, "whole.json"));
        var path = Path.Combine(inbox, "day.json");
        var cut = whole.IndexOf("},{", whole.Length / 2, StringComparison.Ordinal) + 2;

        using var worker = WorkerProcess.Start(_root, Fast, "run", "--inbox", inbox);
        // A writer that pauses for several settle windows halfway through the array.
        await File.WriteAllTextAsync(path, whole[..cut]);
        await Task.Delay(TimeSpan.FromSeconds(4));
        Assert.Empty(Files(Path.Combine(inbox, "processed")));
        Assert.Empty(Files(Path.Combine(inbox, "failed")));
        await File.AppendAllTextAsync(path, whole[cut..]);

        await Until(() => Files(Path.Combine(inbox, "processed")).Count == 1, TimeSpan.FromSeconds(60));
        Assert.Equal(0, await worker.TerminateAsync(TimeSpan.FromSeconds(60)));
        Assert.Equal(12, await DocumentCount());
    }

    [Fact]
    public async Task A_zip_with_a_corrupt_entry_is_set_aside_naming_the_entry_and_not_retried()
    {
        var inbox = Path.Combine(_root, "inbox");
        Directory.CreateDirectory(inbox);
        KnowledgeGraph.Tests.Reading.InputRobustnessTests.WriteZipWithCorruptEntry("news.zip", directory: _root);

        using var worker = WorkerProcess.Start(_root, Fast, "run", "--inbox", inbox);
        File.Move(Path.Combine(_root, "news.zip"), Path.Combine(inbox, "news.zip"));
        var failed = Path.Combine(inbox, "failed");
        await Until(() => Files(failed).Contains("news.zip.error"), TimeSpan.FromSeconds(60));

        Assert.Contains("news.zip/b-corrupt.txt", await File.ReadAllTextAsync(Path.Combine(failed, "news.zip.error")));
        Assert.Empty(Files(inbox));
        Assert.Equal(0, await worker.TerminateAsync(TimeSpan.FromSeconds(60)));
        Assert.Equal(2, await DocumentCount());
    }

    [Fact]
    public async Task A_store_that_cannot_be_opened_stops_the_worker_with_one_line_and_exit_code_1_keeping_the_files()
    {
        var inbox = Path.Combine(_root, "inbox");
        Directory.CreateDirectory(inbox);
        await File.WriteAllTextAsync(Path.Combine(inbox, "a.txt"), ArticleFiles.Article(1));
        await File.WriteAllTextAsync(Path.Combine(_root, "not-a-database.db"), "just some text, not SQLite");

        var (exitCode, output, error) = await WorkerProcess.RunCapturedAsync(_root, new Dictionary<string, string>(), "run", "--inbox", inbox, "--sqlite", "not-a-database.db");

        Assert.Equal(1, exitCode);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("not a SQLite database", line);
        Assert.DoesNotContain("   at ", output + error);
        Assert.Equal(["a.txt"], Files(inbox));
    }

    [Fact]
    public async Task Neo4j_down_at_start_stops_the_worker_with_a_failure_code_keeping_the_files()
    {
        var inbox = Path.Combine(_root, "inbox");
        Directory.CreateDirectory(inbox);
        await File.WriteAllTextAsync(Path.Combine(inbox, "a.txt"), ArticleFiles.Article(1));
        var environment = new Dictionary<string, string>
        {
            ["Neo4j__Uri"] = "http://127.0.0.1:9",
            ["Neo4j__Resilience__MaxRetryAttempts"] = "0",
        };

        var (exitCode, output, error) = await WorkerProcess.RunCapturedAsync(_root, environment, "run", "--inbox", inbox, "--store", "neo4j");

        Assert.Equal(1, exitCode);
        Assert.StartsWith("kg: ", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Contains("Is Neo4j running?", error);
        Assert.DoesNotContain("   at ", output + error);
        Assert.Equal(["a.txt"], Files(inbox));
    }

    [Fact]
    public async Task A_folder_of_small_files_waits_one_settle_window_not_one_per_file()
    {
        var inbox = Path.Combine(_root, "inbox");
        var staging = Path.Combine(_root, "staging");
        Directory.CreateDirectory(inbox);
        Directory.CreateDirectory(staging);
        const int Count = 40;
        for (var index = 0; index < Count; index++)
        {
            await File.WriteAllTextAsync(Path.Combine(staging, $"article-{index:D3}.txt"), ArticleFiles.Article(index));
        }
        var settle = new Dictionary<string, string> { ["Inbox__SettleMilliseconds"] = "1000", ["Inbox__ScanIntervalSeconds"] = "30" };

        using var worker = WorkerProcess.Start(_root, settle, "run", "--inbox", inbox);
        await Until(() => Directory.Exists(Path.Combine(inbox, "processed")), TimeSpan.FromSeconds(60));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var file in Directory.EnumerateFiles(staging))
        {
            File.Copy(file, Path.Combine(inbox, Path.GetFileName(file)));
        }
        await Until(() => Files(Path.Combine(inbox, "processed")).Count == Count, TimeSpan.FromSeconds(90));
        clock.Stop();

        // One settle window a file, two files at a time, took Count / 2 seconds and more; one window for all, a few.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(Count / 4), $"{Count} files took {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal(0, await worker.TerminateAsync(TimeSpan.FromSeconds(60)));
    }

    /// <summary>Settle and scan windows short enough for a test.</summary>
    private static readonly Dictionary<string, string> Fast = new()
    {
        ["Inbox__SettleMilliseconds"] = "300",
        ["Inbox__ScanIntervalSeconds"] = "30",
    };

    private async Task<int> DocumentCount()
    {
        Assert.Equal(0, await WorkerProcess.RunAsync(_root, "export", "--out", "graph.json"));
        using var graph = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_root, "graph.json")));
        return graph.RootElement.GetProperty("documents").GetArrayLength();
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
