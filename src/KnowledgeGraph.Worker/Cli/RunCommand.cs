using System.CommandLine;
using System.Runtime.ExceptionServices;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Worker.Hosting;
using KnowledgeGraph.Worker.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KnowledgeGraph.Worker.Cli;

/// <summary>`run`: the long-running worker that watches the inbox folder.</summary>
public static class RunCommand
{
    public static Command Create()
    {
        var inbox = new Option<DirectoryInfo?>("--inbox") { Description = "The folder to watch (default: inbox, or Inbox:Path)." };
        var command = new Command("run", "Watch an inbox folder and ingest every article file dropped in it into the configured store, until stopped (Ctrl-C, SIGTERM).")
        {
            inbox, WorkerHost.Store, WorkerHost.SqlitePath,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var builder = WorkerHost.CreateBuilder(parse);
            if (parse.GetValue(inbox) is { } folder)
            {
                builder.Configuration["Inbox:Path"] = folder.FullName;
            }
            builder.Services.AddHostedService<InboxWorker>();
            using var host = builder.Build();
            // A store that cannot be opened (not a database, Neo4j down) ends the command here: one line, exit 1, inbox untouched.
            await host.Services.GetRequiredService<IGraphStore>().InitializeAsync(cancellationToken);
            var worker = host.Services.GetServices<IHostedService>().OfType<InboxWorker>().Single();
            await host.RunAsync(cancellationToken);
            if (worker.ExecuteTask is { IsFaulted: true } failed)
            {
                ExceptionDispatchInfo.Throw(failed.Exception!.InnerException ?? failed.Exception);
            }
            return 0;
        });
        return command;
    }
}
