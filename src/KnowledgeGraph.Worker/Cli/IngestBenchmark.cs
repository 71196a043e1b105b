using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Extraction.Reading;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Worker.Hosting;
using KnowledgeGraph.Worker.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Worker.Cli;

/// <summary>
/// `bench --ingest`: the whole ingestion path (read, extract, write) into a store, timed, with the working
/// set sampled as it goes so a growing footprint shows. SQLite goes to a fresh file unless --sqlite names
/// one; neo4j goes to the configured server; neo4j-dry-run builds every request the Neo4j store would
/// send and counts it, sending nothing (batching figures without a server).
/// </summary>
public static class IngestBenchmark
{
    public static Option<string?> Target { get; } = new Option<string?>("--ingest")
    {
        Description = "Benchmark ingestion instead of extraction alone, into: sqlite (a fresh temporary file unless --sqlite is given), neo4j (the configured server) or neo4j-dry-run (requests built and counted, not sent).",
        Arity = ArgumentArity.ZeroOrOne,
    }.AcceptOnlyFromAmong("sqlite", "neo4j", "neo4j-dry-run");

    public static async Task<int> RunAsync(ParseResult parse, string target, DirectoryInfo corpus, int limit, CancellationToken cancellationToken)
    {
        var builder = WorkerHost.CreateBuilder(parse);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        using var host = builder.Build();
        var services = host.Services;
        var output = Console.Out;

        string? temporary = null;
        Neo4jCounters? counters = null;
        IGraphStore store;
        switch (target)
        {
            case "sqlite":
                var sqlite = services.GetRequiredService<IOptions<SqliteStoreOptions>>().Value;
                if (parse.GetValue(WorkerHost.SqlitePath) is null)
                {
                    temporary = Path.Combine(Path.GetTempPath(), $"kg-bench-{Guid.NewGuid():N}.db");
                    sqlite = new SqliteStoreOptions { Path = temporary, BusyTimeoutSeconds = sqlite.BusyTimeoutSeconds };
                }
                store = new SqliteGraphStore(Options.Create(sqlite), services.GetRequiredService<ILoggerFactory>().CreateLogger<SqliteGraphStore>());
                break;
            case "neo4j":
                var neo4j = Neo4jGraphStore.Create(services.GetRequiredService<IOptions<Neo4jOptions>>().Value, services.GetRequiredService<ILoggerFactory>());
                counters = neo4j.Counters;
                store = neo4j;
                break;
            default:
                var dryRun = new Neo4jDryRunClient();
                counters = dryRun.Counters;
                store = new Neo4jGraphStore(dryRun, services.GetRequiredService<IOptions<Neo4jOptions>>().Value, ownsClient: true);
                break;
        }

        try
        {
            await store.InitializeAsync(cancellationToken);
            var ingestor = new ArticleIngestor(services.GetRequiredService<Extraction.Pipeline.ExtractionPipeline>(), store,
                services.GetRequiredService<ILoggerFactory>().CreateLogger<ArticleIngestor>())
            {
                Parallelism = parse.GetValue(CommonOptions.Threads),
                ReaderOptions = services.GetRequiredService<IOptions<ArticleReaderOptions>>().Value,
            };

            var files = InputWalker.Expand([corpus.FullName]).Files;
            var serverCpuBefore = store is Neo4jGraphStore server && target == "neo4j" ? await ServerCpuAsync(server, cancellationToken) : null;
            long articles = 0, failures = 0, bytes = 0;
            var samples = new List<(long Articles, double Megabytes)>();
            var process = Process.GetCurrentProcess();
            var clock = Stopwatch.StartNew();
            var cpuBefore = process.TotalProcessorTime;
            var filesDone = 0;
            foreach (var file in files)
            {
                if (articles + failures >= limit || cancellationToken.IsCancellationRequested)
                {
                    break;
                }
                var outcome = await ingestor.IngestFileAsync(file, cancellationToken: cancellationToken);
                foreach (var article in outcome.Articles)
                {
                    if (article.Failed)
                    {
                        failures++;
                    }
                    else if (article.Stored)
                    {
                        articles++;
                        bytes += article.Bytes;
                    }
                }
                filesDone++;
                process.Refresh();
                samples.Add((articles, process.WorkingSet64 / 1048576.0));
            }
            clock.Stop();
            process.Refresh();
            var seconds = clock.Elapsed.TotalSeconds;
            var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
            var serverCpu = serverCpuBefore is { } before && store is Neo4jGraphStore measured
                ? await ServerCpuAsync(measured, cancellationToken) - before
                : null;
            // A dry run stores nothing to count.
            var statistics = target == "neo4j-dry-run" ? null : await store.GetStatisticsAsync(cancellationToken);

            string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
            output.WriteLine(Line($"ingest into      {store.Description}"));
            output.WriteLine(Line($"corpus           {corpus.FullName} ({filesDone} of {files.Count} file(s))"));
            output.WriteLine(Line($"articles         {articles} stored, {failures} failed, {bytes / 1_000_000.0:0.0} MB of text"));
            output.WriteLine(Line($"elapsed          {seconds:0.00} s wall, {cpu:0.00} s CPU, {ingestor.Parallelism} extraction thread(s), {Environment.ProcessorCount} core(s)"));
            output.WriteLine(Line($"throughput       {articles / seconds:0.0} articles/s, {bytes / 1_000_000.0 / seconds:0.00} MB/s"));
            output.WriteLine(Line($"peak memory      {process.PeakWorkingSet64 / 1048576.0:0} MB working set"));
            output.WriteLine(Line($"working set      {string.Join(", ", Quartiles(samples).Select(sample => $"{sample.Megabytes:0} MB after {sample.Articles} articles"))}"));
            if (statistics is not null)
            {
                output.WriteLine(Line($"graph            {statistics.Documents} documents, {statistics.Entities} entities, {statistics.Relations} relations, {statistics.Evidence} evidence, {statistics.Mentions} mentions"));
            }
            if (temporary is not null || store is SqliteGraphStore)
            {
                var path = temporary ?? services.GetRequiredService<IOptions<SqliteStoreOptions>>().Value.Path;
                output.WriteLine(Line($"database file    {new FileInfo(path).Length / 1048576.0:0} MB ({path}{(temporary is null ? "" : ", deleted after the run")})"));
            }
            if (serverCpu is { } serverSeconds)
            {
                output.WriteLine(Line($"server CPU       {serverSeconds:0.00} s ({serverSeconds * 1000 / Math.Max(1, articles):0.00} ms per article); client {cpu:0.00} s ({cpu * 1000 / Math.Max(1, articles):0.00} ms per article)"));
            }
            if (counters is not null)
            {
                output.WriteLine(Line($"neo4j requests   {counters.Requests} requests for {counters.Articles} articles: {counters.RequestsPerArticle:0.000} requests per article, {(double)counters.Rows / Math.Max(1, counters.Articles):0.0} rows per article"));
                output.WriteLine(Line($"neo4j rows       {counters.Rows} rows, {counters.RowsPerRequest:0.0} rows per request; {counters.Transactions} transactions, {counters.Retries} retries"));
                // A batch is what has been extracted while the previous one was written: up to Neo4j:BatchSize, and
                // fuller against a real server (each write takes round trips) than in a dry run (writes are instant).
                output.WriteLine(Line($"neo4j batches    {(double)counters.Articles / Math.Max(1, counters.Transactions):0.0} articles per transaction on average (at most {store.WriteBatchSize})"));
            }
            return 0;
        }
        finally
        {
            await store.DisposeAsync();
            if (temporary is not null)
            {
                foreach (var file in new[] { temporary, temporary + "-wal", temporary + "-shm" })
                {
                    File.Delete(file);
                }
            }
        }
    }

    /// <summary>The server's process CPU time in seconds (JMX java.lang:type=OperatingSystem), when it tells.</summary>
    private static async Task<double?> ServerCpuAsync(Neo4jGraphStore store, CancellationToken cancellationToken)
    {
        try
        {
            var result = await store.QueryAsync(
                "CALL dbms.queryJmx('java.lang:type=OperatingSystem') YIELD attributes RETURN attributes.ProcessCpuTime.value AS nanoseconds",
                new Dictionary<string, object?>(), cancellationToken);
            return result.Records.Select(record => record.Long("nanoseconds")).FirstOrDefault() / 1e9;
        }
        catch (Neo4jException)
        {
            return null;
        }
    }

    /// <summary>The samples at a quarter, half, three quarters and the end of the run.</summary>
    private static IEnumerable<(long Articles, double Megabytes)> Quartiles(List<(long Articles, double Megabytes)> samples) =>
        samples.Count == 0 ? [] : new[] { 0.25, 0.5, 0.75, 1.0 }.Select(fraction => samples[Math.Max(0, (int)Math.Ceiling(fraction * samples.Count) - 1)]).Distinct();
}
