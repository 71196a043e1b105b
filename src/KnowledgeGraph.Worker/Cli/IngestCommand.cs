using System.CommandLine;
using System.Diagnostics;
using KnowledgeGraph.Extraction.Reading;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Worker.Hosting;
using KnowledgeGraph.Worker.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace KnowledgeGraph.Worker.Cli;

/// <summary>
/// `ingest files-or-folders...`: one-shot ingestion into the configured store, with progress and a summary.
/// Returns <see cref="ExitCodes"/>: 0 when every input was read, 2 when some failed, 1 when nothing was stored.
/// </summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Article files (.txt, .json, .zip) or folders of them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("ingest", "Extract articles and write them to the configured store (SQLite by default), with progress and a summary table. Exit code 0: every input read; 2: some inputs failed; 1: nothing stored.")
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

            var input = InputWalker.Expand(parse.GetValue(inputs)!);
            var summary = new IngestSummary();
            foreach (var notice in input.Notices)
            {
                summary.AddNotice(notice);
            }
            var console = Terminal.Create();
            var clock = Stopwatch.StartNew();
            if (Terminal.IsInteractive)
            {
                await IngestWithBarAsync(console, ingestor, store, input.Files, summary, cancellationToken);
            }
            else
            {
                await IngestWithLinesAsync(ingestor, input.Files, summary, clock, cancellationToken);
            }
            clock.Stop();
            summary.Print(console, store.Description, clock.Elapsed);
            return ExitCodes.For(summary.Articles, summary.Failures.Count);
        });
        return command;
    }

    /// <summary>
    /// The bar moves article by article: the articles of the inputs are counted beside the ingestion (a zip of
    /// thousands of articles is one file), and the bar is indeterminate until the count is known.
    /// </summary>
    private static async Task IngestWithBarAsync(IAnsiConsole console, ArticleIngestor ingestor, IGraphStore store, IReadOnlyList<InputFile> files, IngestSummary summary, CancellationToken cancellationToken)
    {
        var counting = Task.Run(() => ArticleCounter.Count(files.Select(file => file.Path), cancellationToken), cancellationToken);
        await console.Progress()
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
                    summary.AddFile(await ingestor.IngestFileAsync(file, Advance, cancellationToken));
                }
                task.IsIndeterminate = false;
                task.MaxValue = Math.Max(1, task.Value);
                task.Value = task.MaxValue;
            });
    }

    /// <summary>
    /// Without a terminal a bar cannot redraw: a line on standard error every few seconds (also within a file, so a
    /// large zip shows its articles moving), and one at the end.
    /// </summary>
    private static async Task IngestWithLinesAsync(ArticleIngestor ingestor, IReadOnlyList<InputFile> files, IngestSummary summary, Stopwatch clock, CancellationToken cancellationToken)
    {
        var interval = TimeSpan.FromSeconds(5);
        var next = interval;
        var done = 0;
        void Line()
        {
            next = clock.Elapsed + interval;
            Console.Error.WriteLine($"ingest: {done} of {files.Count} file(s), {summary.Articles} article(s) stored, {summary.Failures.Count} failed, {clock.Elapsed.TotalSeconds:0} s");
        }
        void Advance(ArticleOutcome article)
        {
            summary.Add(article);
            if (clock.Elapsed >= next)
            {
                Line();
            }
        }
        foreach (var file in files)
        {
            summary.AddFile(await ingestor.IngestFileAsync(file, Advance, cancellationToken));
            done++;
            if (clock.Elapsed >= next || done == files.Count)
            {
                Line();
            }
        }
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
        public List<string> Skipped { get; } = [];

        public void Add(ArticleOutcome article)
        {
            lock (_lock)
            {
                if (article.Skipped)
                {
                    Skipped.Add($"{article.Name}: {article.Error}");
                    return;
                }
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

        public void AddNotice(InputNotice notice)
        {
            lock (_lock)
            {
                (notice.Failed ? Failures : Skipped).Add($"{notice.Path}: {notice.Reason}");
            }
        }

        public void AddFile(FileOutcome file)
        {
            if (file.Articles.Count == 0)
            {
                lock (_lock)
                {
                    Skipped.Add($"{file.Path}: no article in it");
                }
            }
        }

        public void Print(IAnsiConsole console, string store, TimeSpan elapsed)
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
            table.AddRow("skipped (nothing to extract)", Skipped.Count.ToString());
            table.AddRow("failures", Failures.Count.ToString());
            console.Write(table);
            Report(console, "skipped", "yellow", Skipped);
            Report(console, "failed", "red", Failures);
        }

        private static void Report(IAnsiConsole console, string label, string colour, List<string> lines)
        {
            foreach (var line in lines.Take(50))
            {
                console.MarkupLine($"[{colour}]{label}[/] {Markup.Escape(line)}");
            }
            if (lines.Count > 50)
            {
                console.MarkupLine($"[{colour}]... and {lines.Count - 50} more {label}[/]");
            }
        }
    }
}
