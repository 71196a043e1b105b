using System.Collections.Concurrent;
using System.Threading.Channels;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Reading;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Worker.Ingestion;

/// <summary>What happened to one article of a file.</summary>
public sealed record ArticleOutcome(string Name, UpsertOutcome? Outcome, string? Error, int Entities, IReadOnlyDictionary<RelationType, int> Relations, long Bytes)
{
    public bool Failed => Error is not null;
}

/// <summary>What happened to one input file.</summary>
public sealed record FileOutcome(string Path, IReadOnlyList<ArticleOutcome> Articles)
{
    /// <summary>The file gave at least one article and every article is stored.</summary>
    public bool Succeeded => Articles.Count > 0 && Articles.All(article => !article.Failed);

    public string ErrorReport => string.Join(Environment.NewLine, Articles.Where(article => article.Failed).Select(article => $"{article.Name}: {article.Error}"));
}

/// <summary>
/// Reads an input file, extracts each article and writes it to the store, one transaction per
/// article. An article that cannot be read or extracted is reported and the others go on. Writing
/// is idempotent, so a file read again after a crash changes nothing it already wrote.
/// </summary>
public sealed class ArticleIngestor
{
    private readonly ExtractionPipeline _pipeline;
    private readonly IGraphStore _store;
    private readonly ILogger<ArticleIngestor> _logger;

    public ArticleIngestor(ExtractionPipeline pipeline, IGraphStore store, ILogger<ArticleIngestor> logger)
    {
        _pipeline = pipeline;
        _store = store;
        _logger = logger;
    }

    public IGraphStore Store => _store;

    /// <summary>Articles of one file extracted at once (the store serialises its own writes).</summary>
    public int Parallelism { get; set; } = Environment.ProcessorCount;

    /// <param name="onArticle">Called after each article (progress); may be called from several threads.</param>
    /// <param name="cancellationToken">Stops before the next article; the articles in hand are finished (or rolled back by the store).</param>
    public async Task<FileOutcome> IngestFileAsync(string path, Action<ArticleOutcome>? onArticle = null, CancellationToken cancellationToken = default)
    {
        var outcomes = new ConcurrentQueue<(int Order, ArticleOutcome Outcome)>();
        var queue = Channel.CreateBounded<(int, ArticleReadResult)>(new BoundedChannelOptions(Math.Max(1, Parallelism) * 2) { SingleWriter = true });
        var reader = Task.Run(async () =>
        {
            try
            {
                var order = 0;
                await foreach (var result in new ArticleReader().ReadFileAsync(path, cancellationToken).ConfigureAwait(false))
                {
                    await queue.Writer.WriteAsync((order++, result), cancellationToken).ConfigureAwait(false);
                }
                queue.Writer.Complete();
            }
            catch (Exception exception)
            {
                queue.Writer.Complete(exception);
            }
        }, CancellationToken.None);
        var workers = Enumerable.Range(0, Math.Max(1, Parallelism)).Select(_ => Task.Run(async () =>
        {
            await foreach (var (order, result) in queue.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var outcome = await IngestAsync(result).ConfigureAwait(false);
                outcomes.Enqueue((order, outcome));
                onArticle?.Invoke(outcome);
            }
        }, CancellationToken.None)).ToList();
        await Task.WhenAll(workers.Append(reader)).ConfigureAwait(false);
        return new FileOutcome(path, outcomes.OrderBy(item => item.Order).Select(item => item.Outcome).ToList());
    }

    private async Task<ArticleOutcome> IngestAsync(ArticleReadResult result)
    {
        if (result.Article is not { } article)
        {
            _logger.LogWarning("Skipped {Article}: {Reason}", result.Name, result.Error);
            return new ArticleOutcome(result.Name, null, result.Error, 0, Empty, 0);
        }
        var bytes = System.Text.Encoding.UTF8.GetByteCount(article.Text);
        DocumentGraph graph;
        try
        {
            graph = _pipeline.Extract(article);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _logger.LogError(exception, "Extraction failed for {Article}", article.Name);
            return new ArticleOutcome(article.Name, null, $"extraction failed: {exception.Message}", 0, Empty, bytes);
        }
        // The write of the article in hand is not cancelled: a graceful stop lets it commit.
        var stored = await _store.UpsertAsync(graph, CancellationToken.None).ConfigureAwait(false);
        _logger.LogDebug("{Outcome} {Article}: {Entities} entities, {Relations} relations", stored, article.Name, graph.Entities.Count, graph.Relations.Count);
        var relations = graph.Relations.GroupBy(relation => relation.Type).ToDictionary(group => group.Key, group => group.Count());
        return new ArticleOutcome(article.Name, stored, null, graph.Entities.Count, relations, bytes);
    }

    private static readonly IReadOnlyDictionary<RelationType, int> Empty = new Dictionary<RelationType, int>();
}
