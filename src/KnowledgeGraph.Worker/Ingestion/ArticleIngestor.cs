using System.Threading.Channels;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Reading;
using KnowledgeGraph.Extraction.Segments;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Worker.Ingestion;

/// <summary>What happened to one article of a file: stored, skipped (nothing to extract) or failed (with <see cref="Error"/> saying why).</summary>
/// <param name="Name">Where the article was read ("day1/articles.json#3").</param>
public sealed record ArticleOutcome(string Name, UpsertOutcome? Outcome, string? Error, int Entities, IReadOnlyDictionary<RelationType, int> Relations, long Bytes, bool Skipped = false)
{
    public bool Failed => Error is not null && !Skipped;

    public bool Stored => Outcome is not null;
}

/// <summary>What happened to one input file.</summary>
public sealed record FileOutcome(string Path, IReadOnlyList<ArticleOutcome> Articles)
{
    /// <summary>The file gave at least one article to store, every one is stored, and nothing in it failed.</summary>
    public bool Succeeded => Articles.Any(article => article.Stored) && !Articles.Any(article => article.Failed);

    /// <summary>Why the file is not <see cref="Succeeded"/>: its failures, or when it stored nothing, what was skipped.</summary>
    public string ErrorReport
    {
        get
        {
            var failed = Articles.Where(article => article.Failed).ToList();
            var reported = failed.Count > 0 ? failed : Articles.Where(article => article.Skipped).ToList();
            return reported.Count == 0
                ? "the file holds no article"
                : string.Join(Environment.NewLine, reported.Select(article => $"{article.Name}: {article.Error}"));
        }
    }
}

/// <summary>
/// Reads an input file, extracts its articles in parallel and writes them to the store in batches
/// of the store's <see cref="IGraphStore.WriteBatchSize"/> (one transaction per article for SQLite,
/// per batch for Neo4j). An article that cannot be read or extracted is reported and the others go
/// on; a batch the store refuses is written again article by article, so one bad article does not
/// take the others with it. Writing is idempotent, so a file read again after a crash changes
/// nothing it already wrote.
/// </summary>
public sealed class ArticleIngestor
{
    private readonly SegmentedExtractor _extractor;
    private readonly IGraphStore _store;
    private readonly ILogger<ArticleIngestor> _logger;

    public ArticleIngestor(ExtractionPipeline pipeline, IGraphStore store, ILogger<ArticleIngestor> logger)
    {
        _extractor = new SegmentedExtractor(pipeline);
        _store = store;
        _logger = logger;
    }

    public IGraphStore Store => _store;

    /// <summary>Articles of one file extracted at once.</summary>
    public int Parallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>Limits on what is read as one article.</summary>
    public ArticleReaderOptions ReaderOptions { get; set; } = new();

    /// <summary>Ingests one file, its articles named by its file name.</summary>
    public Task<FileOutcome> IngestFileAsync(string path, Action<ArticleOutcome>? onArticle = null, CancellationToken cancellationToken = default) =>
        IngestFileAsync(new InputFile(path, Path.GetFileName(path)), onArticle, cancellationToken);

    /// <param name="file">The file and the name its articles take (its path relative to the input root).</param>
    /// <param name="onArticle">Called once per article after its fate is settled (stored or failed); called from one thread at a time.</param>
    /// <param name="cancellationToken">Stops before the next article; the articles in hand are finished (or rolled back by the store).</param>
    public async Task<FileOutcome> IngestFileAsync(InputFile file, Action<ArticleOutcome>? onArticle = null, CancellationToken cancellationToken = default)
    {
        var parallelism = Math.Max(1, Parallelism);
        var batchSize = Math.Max(1, _store.WriteBatchSize);
        var outcomes = new List<(int Order, ArticleOutcome Outcome)>();
        var read = Channel.CreateBounded<(int, ArticleReadResult)>(new BoundedChannelOptions(parallelism * 2) { SingleWriter = true });
        var extracted = Channel.CreateBounded<Extracted>(new BoundedChannelOptions(Math.Max(parallelism * 2, batchSize)) { SingleReader = true });
        // Stops reading and extracting when asked to, or when the writer fails (nobody would take what they make).
        using var abort = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        var reader = Task.Run(async () =>
        {
            var order = 0;
            try
            {
                await foreach (var result in new ArticleReader(ReaderOptions).ReadFileAsync(file, abort.Token).ConfigureAwait(false))
                {
                    await read.Writer.WriteAsync((order++, result), abort.Token).ConfigureAwait(false);
                }
                read.Writer.Complete();
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Whatever reading the file throws is the file's failure, not the batch's: the file is named and set aside.
                _logger.LogWarning(exception, "Reading {File} failed", file.Path);
                read.Writer.TryWrite((order, ArticleReadResult.Failure(file.Name, $"cannot be read: {exception.Message}")));
                read.Writer.Complete();
            }
            catch (Exception exception)
            {
                read.Writer.Complete(exception);
            }
        }, CancellationToken.None);

        var extractors = Enumerable.Range(0, parallelism).Select(_ => Task.Run(async () =>
        {
            await foreach (var (order, result) in read.Reader.ReadAllAsync(abort.Token).ConfigureAwait(false))
            {
                abort.Token.ThrowIfCancellationRequested();
                await extracted.Writer.WriteAsync(Extract(order, result), abort.Token).ConfigureAwait(false);
            }
        }, CancellationToken.None)).ToList();
        var extracting = Task.WhenAll(extractors.Append(reader)).ContinueWith(
            task => extracted.Writer.Complete(task.Exception?.InnerException ?? (task.IsCanceled ? new OperationCanceledException() : null)),
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

        void Settle(int order, ArticleOutcome outcome)
        {
            outcomes.Add((order, outcome));
            onArticle?.Invoke(outcome);
        }

        // One writer: batches are what is waiting (up to the store's batch size), so a lone article is not held back.
        var batch = new List<Extracted>(batchSize);
        try
        {
            while (await extracted.Reader.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
            {
                while (extracted.Reader.TryRead(out var item))
                {
                    if (item.Graph is null)
                    {
                        Settle(item.Order, item.Failure!);
                        continue;
                    }
                    batch.Add(item);
                    if (batch.Count == batchSize)
                    {
                        await WriteAsync(batch, Settle).ConfigureAwait(false);
                    }
                }
                await WriteAsync(batch, Settle).ConfigureAwait(false);
            }
        }
        catch
        {
            await abort.CancelAsync().ConfigureAwait(false);
            throw;
        }
        finally
        {
            await extracting.ConfigureAwait(false);
        }
        return new FileOutcome(file.Path, outcomes.OrderBy(item => item.Order).Select(item => item.Outcome).ToList());
    }

    /// <summary>An article ready to write, or the reason it will not be.</summary>
    private sealed record Extracted(int Order, DocumentGraph? Graph, ArticleOutcome? Failure, long Bytes, string Origin);

    private Extracted Extract(int order, ArticleReadResult result)
    {
        if (result.Article is not { } article)
        {
            _logger.Log(result.Skipped ? LogLevel.Information : LogLevel.Warning, "{Verdict} {Article}: {Reason}", result.Skipped ? "Skipped" : "Could not read", result.Name, result.Error);
            return new Extracted(order, null, new ArticleOutcome(result.Name, null, result.Error, 0, Empty, 0, result.Skipped), 0, result.Name);
        }
        var bytes = System.Text.Encoding.UTF8.GetByteCount(article.Text);
        try
        {
            return new Extracted(order, _extractor.Extract(article), null, bytes, result.Name);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _logger.LogError(exception, "Extraction failed for {Article}", article.Name);
            return new Extracted(order, null, new ArticleOutcome(result.Name, null, $"extraction failed: {exception.Message}", 0, Empty, bytes), bytes, result.Name);
        }
    }

    /// <summary>
    /// Writes and empties the batch. The write in hand is not cancelled: a graceful stop lets it commit. A batch the
    /// store refuses (an invalid article, a statement the server rejects, retries exhausted while it answers) is
    /// written again one article at a time, and an article refused alone is reported as failed; a store that is out
    /// of reach fails the whole file (it stays where it is, to be tried again).
    /// </summary>
    private async Task WriteAsync(List<Extracted> batch, Action<int, ArticleOutcome> settle)
    {
        if (batch.Count == 0)
        {
            return;
        }
        var graphs = batch.Select(item => item.Graph!).ToList();
        try
        {
            var stored = batch.Count == 1
                ? [await _store.UpsertAsync(graphs[0], CancellationToken.None).ConfigureAwait(false)]
                : await _store.UpsertBatchAsync(graphs, CancellationToken.None).ConfigureAwait(false);
            for (var index = 0; index < batch.Count; index++)
            {
                settle(batch[index].Order, Stored(batch[index], stored[index]));
            }
        }
        catch (Exception exception) when (batch.Count > 1 && StoreFailures.IsRefusal(exception))
        {
            _logger.LogWarning("The store refused a batch of {Articles} articles ({Reason}); writing them one by one", batch.Count, exception.Message);
            foreach (var item in batch)
            {
                await WriteOneAsync(item, settle).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (StoreFailures.IsRefusal(exception))
        {
            Refused(batch[0], exception, settle);
        }
        batch.Clear();
    }

    private async Task WriteOneAsync(Extracted item, Action<int, ArticleOutcome> settle)
    {
        try
        {
            var stored = await _store.UpsertAsync(item.Graph!, CancellationToken.None).ConfigureAwait(false);
            settle(item.Order, Stored(item, stored));
        }
        catch (Exception exception) when (StoreFailures.IsRefusal(exception))
        {
            Refused(item, exception, settle);
        }
    }

    private void Refused(Extracted item, Exception exception, Action<int, ArticleOutcome> settle)
    {
        _logger.LogError("The store refused {Article}: {Reason}", item.Origin, exception.Message);
        settle(item.Order, new ArticleOutcome(item.Origin, null, $"refused by the store: {exception.Message}", 0, Empty, item.Bytes));
    }

    private ArticleOutcome Stored(Extracted item, UpsertOutcome outcome)
    {
        var graph = item.Graph!;
        _logger.LogDebug("{Outcome} {Article}: {Entities} entities, {Relations} relations", outcome, graph.Document.Name, graph.Entities.Count, graph.Relations.Count);
        var relations = graph.Relations.GroupBy(relation => relation.Type).ToDictionary(group => group.Key, group => group.Count());
        return new ArticleOutcome(item.Origin, outcome, null, graph.Entities.Count, relations, item.Bytes);
    }

    private static readonly IReadOnlyDictionary<RelationType, int> Empty = new Dictionary<RelationType, int>();
}
