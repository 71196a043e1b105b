using System.CommandLine;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Model;
using KnowledgeGraph.Worker.Batch;
using KnowledgeGraph.Worker.Hosting;

namespace KnowledgeGraph.Worker.Cli;

/// <summary>`extract files-or-folders... --format F --out path`: one-shot extraction to an export, no store.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Article files (.txt, .json article arrays, .zip of either) or folders of them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = ExportOptions.Format();
        var output = ExportOptions.Output("Where to write the graph; default graph.<ext> in the current folder.");
        var command = new Command("extract", "Extract entities and relations from articles and write the graph (JSON by default), without a store. Exit code 0: every input read; 2: some inputs failed; 1: nothing extracted.")
        {
            inputs, output, format, CommonOptions.Threads,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var pipeline = CommonOptions.Pipeline(parse);
            var builder = new GraphBuilder();
            var failures = new List<BatchItem>();
            var skipped = 0;
            var extractor = new BatchExtractor(pipeline, parse.GetValue(CommonOptions.Threads), WorkerHost.ReaderOptions(parse));
            await foreach (var item in extractor.RunAsync(parse.GetValue(inputs)!, cancellationToken))
            {
                if (item.Graph is { } graph)
                {
                    builder.Add(graph);
                }
                else if (item.Skipped)
                {
                    skipped++;
                    Console.Error.WriteLine($"skipped {item.Name}: {item.Error}");
                }
                else
                {
                    failures.Add(item);
                    Console.Error.WriteLine($"failed {item.Name}: {item.Error}");
                }
            }
            var snapshot = builder.Build();
            var path = await ExportOptions.WriteAsync(snapshot, parse.GetValue(format)!, parse.GetValue(output), cancellationToken);
            Console.Error.WriteLine(
                $"{snapshot.Documents.Count} article(s), {snapshot.Entities.Count} entities, {snapshot.Relations.Count} relations -> {path}"
                + (skipped > 0 ? $"; {skipped} skipped (nothing to extract)" : "")
                + (failures.Count > 0 ? $"; {failures.Count} input(s) failed" : ""));
            return ExitCodes.For(snapshot.Documents.Count, failures.Count);
        });
        return command;
    }
}
