using System.CommandLine;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Worker.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Worker.Cli;

/// <summary>`export --format F --out path`: the whole graph of the configured store.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var format = ExportOptions.Format();
        var output = ExportOptions.Output("The file (or folder, for neo4j-csv) to write; default graph.<ext> in the current folder.");
        var command = new Command("export", "Write the whole graph of the configured store to a file.")
        {
            format, output, WorkerHost.Store, WorkerHost.SqlitePath,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var builder = WorkerHost.CreateBuilder(parse);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            // Reading a store that is not there is a mistake (a typo in --sqlite), not an empty graph.
            builder.Configuration["Storage:Sqlite:CreateIfMissing"] = "false";
            using var host = builder.Build();
            var store = host.Services.GetRequiredService<IGraphStore>();
            await store.InitializeAsync(cancellationToken);
            var graph = await store.ExportAsync(cancellationToken);
            var path = await ExportOptions.WriteAsync(graph, parse.GetValue(format)!, parse.GetValue(output), cancellationToken);
            Console.Error.WriteLine($"{graph.Documents.Count} document(s), {graph.Entities.Count} entities, {graph.Relations.Count} relations from {store.Description} -> {path}");
            return 0;
        });
        return command;
    }
}
