using System.CommandLine;
using KnowledgeGraph.Export.Json;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Worker.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Worker.Cli;

/// <summary>`export --format json --out file`: the whole graph of the configured store.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "json", DefaultValueFactory = _ => "json" };
        var output = new Option<FileInfo>("--out", "-o") { Description = "The file to write.", Required = true };
        var command = new Command("export", "Write the whole graph of the configured store to a file.")
        {
            format, output, WorkerHost.Store, WorkerHost.SqlitePath,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var builder = WorkerHost.CreateBuilder(parse);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            using var host = builder.Build();
            var store = host.Services.GetRequiredService<IGraphStore>();
            await store.InitializeAsync(cancellationToken);
            var graph = await store.ExportAsync(cancellationToken);
            var path = parse.GetValue(output)!.FullName;
            switch (parse.GetValue(format))
            {
                case "json":
                    await JsonGraphWriter.WriteFileAsync(graph, path, cancellationToken);
                    break;
                default:
                    Console.Error.WriteLine($"Unknown format '{parse.GetValue(format)}'.");
                    return 2;
            }
            Console.Error.WriteLine($"{graph.Documents.Count} document(s), {graph.Entities.Count} entities, {graph.Relations.Count} relations from {store.Description} -> {path}");
            return 0;
        });
        return command;
    }
}
