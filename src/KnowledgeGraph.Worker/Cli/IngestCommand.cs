using System.CommandLine;
using KnowledgeGraph.Extraction.Reading;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Worker.Hosting;
using KnowledgeGraph.Worker.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace KnowledgeGraph.Worker.Cli;

/// <summary>`ingest files-or-folders...`: one-shot ingestion into the configured store, with progress and a summary.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Article files (.txt, .json, .zip) or folders of them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("ingest", "Extract articles and write them to the configured store (SQLite by default), with a progress bar and a summary table.")
        {
            inputs, WorkerHost.Store, WorkerHost.SqlitePath, CommonOptions.Threads,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var builder = WorkerHost.CreateBuilder(parse);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            using var host = builder.Build();
            var ingestor = host.Services.GetRequiredService<ArticleIngestor>();
            ingestor.Parallelism = parse.GetValue(CommonOptions.Threads);
            var store = host.Services.GetRequiredService<IGraphStore>();
            await store.InitializeAsync(cancellationToken);

            var files = ArticleReader.ExpandPaths(parse.GetValue(inputs)!).ToList();
            // Articles are counted beside the ingestion: a zip of thousands of articles moves the bar article by article.
            var counting = Task.Run(() => ArticleCounter.Count(files, cancellationToken), cancellationToken);
            var summary = new IngestSummary();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask($"ingesting into {Markup.Escape(store.Description)}", maxValue: double.MaxValue);
                    task.IsIndeterminate = true;
                    void Advance(ArticleOutcome article)
                    {
                        summary.Add(article);
                        if (counting.IsCompletedSuccessfully && task.IsIndeterminate)
                        {
                            task.MaxValue = Math.Max(1, counting.Result);
                            task.IsIndeterminate = false;
                        }
                        task.Increment(1);
                    }
                    foreach (var file in files)
                    {
                        var outcome = await ingestor.IngestFileAsync(file, Advance, cancellationToken);
                        summary.AddFile(outcome);
                    }
                    task.IsIndeterminate = false;
                    task.MaxValue = Math.Max(1, task.Value);
                    task.Value = task.MaxValue;
                });
            clock.Stop();
            summary.Print(store.Description, clock.Elapsed);
            return summary.Articles == 0 && summary.Failures.Count > 0 ? 1 : 0;
        });
        return command;
    }

    /// <summary>Counts for the table printed at the end (thread-safe: articles come from several threads).</summary>
    private sealed class IngestSummary
    {
        private readonly Lock _lock = new();
        private readonly Dictionary<RelationType, int> _relations = RelationTypes.All.ToDictionary(type => type, _ => 0);
        private readonly Dictionary<UpsertOutcome, int> _outcomes = Enum.GetValues<UpsertOutcome>().ToDictionary(outcome => outcome, _ => 0);

        public int Articles { get; private set; }
        public int Entities { get; private set; }
        public List<string> Failures { get; } = [];

        public void Add(ArticleOutcome article)
        {
            lock (_lock)
            {
                if (article.Failed)
                {
                    Failures.Add($"{article.Name}: {article.Error}");
                    return;
                }
                Articles++;
                Entities += article.Entities;
                _outcomes[article.Outcome!.Value]++;
                foreach (var (type, count) in article.Relations)
                {
                    _relations[type] += count;
                }
            }
        }

        public void AddFile(FileOutcome file)
        {
            if (file.Articles.Count == 0)
            {
                lock (_lock)
                {
                    Failures.Add($"{file.Path}: no article in it");
                }
            }
        }

        public void Print(string store, TimeSpan elapsed)
        {
            var table = new Table().Title($"[bold]Ingested into {Markup.Escape(store)}[/] in {elapsed.TotalSeconds:0.0} s");
            table.AddColumn("");
            table.AddColumn(new TableColumn("count").RightAligned());
            table.AddRow("articles", Articles.ToString());
            foreach (var (outcome, count) in _outcomes)
            {
                table.AddRow($"  {outcome.ToString().ToLowerInvariant()}", count.ToString());
            }
            table.AddRow("entities (counted per article)", Entities.ToString());
            foreach (var (type, count) in _relations)
            {
                table.AddRow($"relations {type.ToWire()}", count.ToString());
            }
            table.AddRow("failures", Failures.Count.ToString());
            AnsiConsole.Write(table);
            foreach (var failure in Failures.Take(50))
            {
                AnsiConsole.MarkupLine($"[red]failed[/] {Markup.Escape(failure)}");
            }
            if (Failures.Count > 50)
            {
                AnsiConsole.MarkupLine($"[red]... and {Failures.Count - 50} more[/]");
            }
        }
    }
}
