using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Tests.Export.Formats;
using KnowledgeGraph.Worker.Ingestion;
using Microsoft.Extensions.Logging.Abstractions;

namespace KnowledgeGraph.Tests.Worker;

public sealed class ArticleIngestorTests
{
    [Fact]
    public async Task Articles_go_to_the_store_in_batches_of_its_size_and_every_article_is_reported_once()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("batch.json");
        ArticleFiles.WriteBatch(path, 0, 11);
        var store = new RecordingStore(batchSize: 4);

        var reported = new List<ArticleOutcome>();
        var outcome = await Ingestor(store).IngestFileAsync(path, reported.Add);

        Assert.True(outcome.Succeeded);
        Assert.Equal(11, outcome.Articles.Count);
        Assert.Equal(11, reported.Select(article => article.Name).Distinct().Count());
        Assert.All(store.Calls, call => Assert.InRange(call.Count, 1, 4));
        Assert.Equal(11, store.Calls.Sum(call => call.Count));
        // Read as batch.json#i, stored under their urls (what identifies them).
        Assert.Equal(outcome.Articles.Select(article => article.Name.Replace("batch.json#", "https://example.org/")).Order(StringComparer.Ordinal), store.Stored.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_article_the_store_refuses_fails_alone_and_its_batch_mates_are_stored()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("batch.json");
        ArticleFiles.WriteBatch(path, 0, 6);
        var refused = "https://example.org/2";
        var store = new RecordingStore(batchSize: 6) { Refuse = refused };

        var outcome = await Ingestor(store).IngestFileAsync(path);

        Assert.False(outcome.Succeeded);
        var failed = Assert.Single(outcome.Articles, article => article.Failed);
        Assert.Equal("batch.json#2", failed.Name);
        Assert.Contains("refused by the store", failed.Error);
        Assert.Equal(5, store.Stored.Count);
        Assert.DoesNotContain(refused, store.Stored);
    }

    [Fact]
    public async Task A_store_that_is_down_fails_the_file_instead_of_reporting_articles_as_stored()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("batch.json");
        ArticleFiles.WriteBatch(path, 0, 30);
        var store = new RecordingStore(batchSize: 2) { Down = true };

        await Assert.ThrowsAsync<IOException>(() => Ingestor(store).IngestFileAsync(path));
        Assert.Empty(store.Stored);
    }

    private static ArticleIngestor Ingestor(IGraphStore store) =>
        new(new ExtractionPipeline(LanguageResources.Default), store, NullLogger<ArticleIngestor>.Instance) { Parallelism = 2 };

    /// <summary>A store that records the batches it is given; it can refuse one article (as invalid) or be down.</summary>
    private sealed class RecordingStore(int batchSize) : IGraphStore
    {
        public List<List<string>> Calls { get; } = [];

        public List<string> Stored { get; } = [];

        public string? Refuse { get; init; }

        public bool Down { get; init; }

        public string Description => "recording";

        public int WriteBatchSize => batchSize;

        public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

        public async Task<UpsertOutcome> UpsertAsync(DocumentGraph graph, CancellationToken cancellationToken = default) =>
            (await UpsertBatchAsync([graph], cancellationToken))[0];

        public Task<IReadOnlyList<UpsertOutcome>> UpsertBatchAsync(IReadOnlyList<DocumentGraph> graphs, CancellationToken cancellationToken = default)
        {
            var names = graphs.Select(graph => graph.Document.Name).ToList();
            lock (Calls)
            {
                Calls.Add(names);
                if (Down)
                {
                    throw new IOException("the store is down");
                }
                if (Refuse is not null && names.Contains(Refuse))
                {
                    throw new ArgumentException($"refusing {Refuse}");
                }
                Stored.AddRange(names);
            }
            return Task.FromResult<IReadOnlyList<UpsertOutcome>>(names.Select(_ => UpsertOutcome.Added).ToList());
        }

        public Task<bool> ContainsAsync(string documentName, string documentId, CancellationToken cancellationToken = default) => Task.FromResult(false);

        public Task<GraphSnapshot> ExportAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
