using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Worker.Batch;
using KnowledgeGraph.Worker.Hosting;

namespace KnowledgeGraph.Worker.Cli;

/// <summary>`bench --corpus dir`: extraction throughput and peak memory over a whole corpus, streamed.</summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var corpus = new Option<DirectoryInfo>("--corpus") { Description = "Folder of articles (.txt, .json arrays, .zip).", Required = true };
        var limit = new Option<int?>("--limit") { Description = "Stop after this many articles." };
        var command = new Command("bench", "Measure extraction throughput (articles/s, MB/s per core) and peak memory on a corpus; with --ingest, the whole ingestion into a store.")
        {
            corpus, limit, CommonOptions.Threads, IngestBenchmark.Target, WorkerHost.SqlitePath, SizeBenchmark.Sizes, SizeBenchmark.OneLine,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetResult(SizeBenchmark.Sizes) is not null)
            {
                return await SizeBenchmark.RunAsync(parse, parse.GetValue(corpus)!, cancellationToken);
            }
            if (parse.GetResult(IngestBenchmark.Target) is not null)
            {
                return await IngestBenchmark.RunAsync(parse, parse.GetValue(IngestBenchmark.Target) ?? "sqlite", parse.GetValue(corpus)!, parse.GetValue(limit) ?? int.MaxValue, cancellationToken);
            }
            var threads = parse.GetValue(CommonOptions.Threads);
            var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
            var loading = Stopwatch.StartNew();
            var pipeline = CommonOptions.Pipeline(parse);
            pipeline.Timings = new PipelineTimings();
            loading.Stop();
            var dataMegabytes = (GC.GetTotalMemory(forceFullCollection: true) - heapBefore) / 1048576.0;

            var max = parse.GetValue(limit) ?? int.MaxValue;
            long articles = 0, characters = 0, bytes = 0, entities = 0, mentions = 0, relations = 0;
            var failures = new List<string>();
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var allocatedBefore = GC.GetTotalAllocatedBytes();
            var collectionsBefore = GC.CollectionCount(0);
            var clock = Stopwatch.StartNew();
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            try
            {
                await foreach (var item in new BatchExtractor(pipeline, threads).RunAsync([parse.GetValue(corpus)!.FullName], stop.Token))
                {
                    if (item.Graph is { } graph)
                    {
                        articles++;
                        characters += item.Characters;
                        bytes += item.Bytes;
                        entities += graph.Entities.Count;
                        mentions += graph.Entities.Sum(entity => entity.Mentions.Count);
                        relations += graph.Relations.Count;
                    }
                    else
                    {
                        failures.Add($"{item.Name}: {item.Error}");
                    }
                    if (articles + failures.Count >= max)
                    {
                        stop.Cancel();
                        break;
                    }
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }
            clock.Stop();
            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
            var allocatedMegabytes = (GC.GetTotalAllocatedBytes() - allocatedBefore) / 1048576.0;
            var collections = GC.CollectionCount(0) - collectionsBefore;
            var megabytes = bytes / 1_000_000.0;
            var seconds = clock.Elapsed.TotalSeconds;
            var output = Console.Out;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"corpus           {parse.GetValue(corpus)!.FullName}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"data loading     {loading.Elapsed.TotalSeconds:0.00} s, {dataMegabytes:0} MB managed heap (language data and model)"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"articles         {articles} extracted, {failures.Count} skipped"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"text             {characters:N0} characters, {megabytes:0.0} MB (UTF-8)"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"found            {entities:N0} entities ({mentions:N0} mentions), {relations:N0} relations"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"elapsed          {seconds:0.00} s wall, {cpu:0.00} s CPU, {threads} thread(s), {Environment.ProcessorCount} core(s)"));
            var extracting = pipeline.Timings!.Totals.Sum(step => step.Seconds);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"throughput       {articles / seconds:0.0} articles/s, {megabytes / seconds:0.00} MB/s (wall clock, {threads} extraction thread(s))"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"per core         {megabytes / Math.Max(extracting, 1e-9):0.00} MB/s of extraction (MB per second spent in pipeline steps, summed over threads)"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"process CPU      {megabytes / Math.Max(cpu, 1e-9):0.00} MB per CPU second, everything included (reading, unzipping, JSON, GC)"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak memory      {process.PeakWorkingSet64 / 1048576.0:0} MB working set; {GC.GetTotalMemory(false) / 1048576.0:0} MB managed heap at end"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"allocated        {allocatedMegabytes:N0} MB managed ({allocatedMegabytes * 1024 / Math.Max(articles, 1):0} KB per article), {collections} collections"));
            foreach (var (step, stepSeconds) in pipeline.Timings!.Totals)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  step           {step,-28} {stepSeconds,8:0.00} s"));
            }
            foreach (var failure in failures.Take(20))
            {
                output.WriteLine($"skipped          {failure}");
            }
            if (failures.Count > 20)
            {
                output.WriteLine($"skipped          ... and {failures.Count - 20} more");
            }
            return 0;
        });
        return command;
    }
}
