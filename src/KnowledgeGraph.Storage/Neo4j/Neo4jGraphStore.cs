using System.Diagnostics;
using System.Text.Json;
using KnowledgeGraph.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// The graph in Neo4j, in the shape of cypher/README.md, reached through an <see cref="INeo4jClient"/>.
/// A batch of up to <see cref="Neo4jOptions.BatchSize"/> articles is one unit of work: one explicit
/// transaction that reads which articles are stored, writes the new and changed ones in one statement, and
/// commits (three requests); an unchanged batch costs two (read, roll back). A unit that fails transiently
/// is re-run whole by the resilience pipeline.
/// </summary>
public sealed class Neo4jGraphStore : IGraphStore
{
    private readonly INeo4jClient _client;
    private readonly bool _ownsClient;
    private readonly int _batchSize;
    private readonly Neo4jBatchBudget _budget;
    private readonly ResiliencePipeline _pipeline;
    private readonly ILogger _logger;

    public Neo4jGraphStore(INeo4jClient client, Neo4jOptions options, ILogger<Neo4jGraphStore>? logger = null, ResiliencePipeline? pipeline = null, bool ownsClient = false)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        options.EnsureValid();
        _client = client;
        _ownsClient = ownsClient;
        _batchSize = options.BatchSize;
        _budget = new Neo4jBatchBudget(options);
        _logger = logger ?? NullLogger<Neo4jGraphStore>.Instance;
        _pipeline = pipeline ?? Neo4jResilience.Create(options.Resilience, _logger, client.Counters);
    }

    public Neo4jGraphStore(INeo4jClient client, IOptions<Neo4jOptions> options, ILogger<Neo4jGraphStore>? logger = null)
        : this(client, options.Value, logger)
    {
    }

    /// <summary>A store over its own <see cref="Neo4jHttpClient"/>.</summary>
    public static Neo4jGraphStore Create(Neo4jOptions options, ILoggerFactory? loggerFactory = null)
    {
        loggerFactory ??= NullLoggerFactory.Instance;
        var client = Neo4jHttpClient.Create(options, loggerFactory.CreateLogger<Neo4jHttpClient>());
        return new Neo4jGraphStore(client, options, loggerFactory.CreateLogger<Neo4jGraphStore>(), ownsClient: true);
    }

    public string Description => "Neo4j " + _client.Description;

    /// <summary>Requests, statements and rows sent so far (shared with the client).</summary>
    public Neo4jCounters Counters => _client.Counters;

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        // Schema commands cannot share a transaction with each other or with writes: one implicit transaction each.
        foreach (var statement in SchemaScript.Statements())
        {
            await _pipeline.ExecuteAsync(
                async token => await _client.RunAsync(statement, null, token).ConfigureAwait(false),
                cancellationToken).ConfigureAwait(false);
        }
        _logger.LogInformation("{Store}: schema ready", Description);
    }

    public async Task<UpsertOutcome> UpsertAsync(DocumentGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var outcomes = await UpsertBatchAsync([graph], cancellationToken).ConfigureAwait(false);
        return outcomes[0];
    }

    /// <summary>Articles handed to <see cref="UpsertBatchAsync"/> at once; it cuts them into transactions by rows and bytes.</summary>
    public int WriteBatchSize => _batchSize;

    /// <summary>The row budget of the next transaction (it shrinks after slow writes).</summary>
    internal long BatchRowBudget => _budget.Rows;

    public async Task<IReadOnlyList<UpsertOutcome>> UpsertBatchAsync(IReadOnlyList<DocumentGraph> graphs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graphs);
        foreach (var graph in graphs)
        {
            UpsertStatements.Validate(graph);
        }
        var outcomes = new UpsertOutcome[graphs.Count];
        for (var start = 0; start < graphs.Count;)
        {
            var chunk = _budget.Next(graphs, start);
            await WriteAsync(graphs, chunk, outcomes, cancellationToken).ConfigureAwait(false);
            start += chunk.Count;
        }
        return outcomes;
    }

    /// <summary>One transaction, re-run whole on a transient failure; one that times out with several articles is split in two.</summary>
    private async Task WriteAsync(IReadOnlyList<DocumentGraph> graphs, List<int> chunk, UpsertOutcome[] outcomes, CancellationToken cancellationToken)
    {
        var articles = chunk.Select(index => graphs[index]).ToList();
        // The first attempt's outcomes stand: a redone batch whose first commit did land reads its articles as unchanged.
        var first = new UpsertOutcome?[articles.Count];
        var clock = Stopwatch.StartNew();
        long rows;
        try
        {
            rows = await _pipeline.ExecuteAsync(
                async token => await WriteChunkAsync(articles, first, articles.Count > 1, token).ConfigureAwait(false),
                cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jBatchTooLargeException exception)
        {
            _budget.Shrink(articles.Sum(graph => Neo4jBatchBudget.Size(graph).Rows));
            _logger.LogWarning("{Store}: a write of {Articles} articles timed out ({Message}); writing them in two halves", Description, articles.Count, exception.Message);
            var half = chunk.Count / 2;
            await WriteAsync(graphs, chunk[..half], outcomes, cancellationToken).ConfigureAwait(false);
            await WriteAsync(graphs, chunk[half..], outcomes, cancellationToken).ConfigureAwait(false);
            return;
        }
        _budget.Observe(rows, clock.Elapsed);
        for (var position = 0; position < chunk.Count; position++)
        {
            outcomes[chunk[position]] = first[position]!.Value;
        }
        Counters.AddArticles(chunk.Count);
    }

    /// <summary>
    /// One unit of work. The check locks the articles' Document nodes (creating those that are new), so that two
    /// writers of one article take turns and the second sees what the first wrote. Returns the rows written.
    /// </summary>
    private async Task<long> WriteChunkAsync(IReadOnlyList<DocumentGraph> graphs, UpsertOutcome?[] first, bool splittable, CancellationToken cancellationToken)
    {
        try
        {
            await using var transaction = await _client.BeginTransactionAsync(null, cancellationToken).ConfigureAwait(false);

            var check = UpsertStatements.Check(graphs.Select(graph => graph.Document.Name).ToList());
            Counters.AddRows(check.Rows);
            var stored = await transaction.RunAsync(check.Text, check.Parameters, cancellationToken).ConfigureAwait(false);
            var storedIds = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var record in stored.Records)
            {
                storedIds[record.RequiredString("name")] = record.String("id");
            }

            var toWrite = new List<DocumentGraph>();
            var replaced = new List<string>();
            for (var index = 0; index < graphs.Count; index++)
            {
                var document = graphs[index].Document;
                var storedId = storedIds.GetValueOrDefault(document.Name);
                var outcome = storedId is null ? UpsertOutcome.Added
                    : storedId == document.Id ? UpsertOutcome.Unchanged
                    : UpsertOutcome.Replaced;
                first[index] ??= outcome;
                if (outcome == UpsertOutcome.Replaced)
                {
                    replaced.Add(document.Name);
                }
                if (outcome != UpsertOutcome.Unchanged)
                {
                    toWrite.Add(graphs[index]);
                }
            }

            if (toWrite.Count == 0)
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                return 0;
            }

            var write = UpsertStatements.Write(toWrite, replaced);
            Counters.AddRows(write.Rows);
            await transaction.RunAsync(write.Text, write.Parameters, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            _logger.LogDebug("{Store}: wrote {Written} of {Articles} articles ({Replaced} replaced, {Rows} rows)",
                Description, toWrite.Count, graphs.Count, replaced.Count, write.Rows);
            return write.Rows;
        }
        catch (Neo4jTransientException exception) when (splittable && exception.Kind == Neo4jFailure.TimedOut)
        {
            // The transaction was rolled back (or terminated) on leaving the block above.
            throw new Neo4jBatchTooLargeException(exception);
        }
    }

    public async Task<bool> ContainsAsync(string documentName, string documentId, CancellationToken cancellationToken = default)
    {
        var statement = ReadStatements.Contains(documentName);
        var result = await RunAsync(statement, cancellationToken).ConfigureAwait(false);
        return result.Records.Any(record => record.String("id") == documentId);
    }

    public async Task<GraphSnapshot> ExportAsync(CancellationToken cancellationToken = default) =>
        await _pipeline.ExecuteAsync(
            async token => await Neo4jSnapshotReader.ReadAsync(_client, token).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);

    public async Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        var result = await RunAsync(ReadStatements.Statistics, cancellationToken).ConfigureAwait(false);
        var record = result.Records.Single();
        var entitiesByType = EntityTypes.All.ToDictionary(type => type, _ => 0);
        foreach (var (type, count) in Counts(record["entitiesByType"]))
        {
            if (EntityTypes.TryParse(type, out var entityType))
            {
                entitiesByType[entityType] += count;
            }
        }
        var relationsByType = RelationTypes.All.ToDictionary(type => type, _ => 0);
        foreach (var (type, count) in Counts(record["relationsByType"]))
        {
            if (RelationTypes.TryParse(type, out var relationType))
            {
                relationsByType[relationType] += count;
            }
        }
        return new StoreStatistics(
            (int)record.Long("documents"),
            entitiesByType.Values.Sum(),
            relationsByType.Values.Sum(),
            (int)record.Long("mentions"),
            (int)record.Long("evidence"),
            entitiesByType,
            relationsByType);
    }

    private static IEnumerable<(string? Type, int Count)> Counts(JsonElement list) =>
        list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(item => (
                item.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString() : null,
                item.TryGetProperty("count", out var count) && count.ValueKind == JsonValueKind.Number ? (int)count.GetDouble() : 0))
            : [];

    /// <summary>
    /// Runs a query of the user's (a pack query) in its own transaction, with the store's retries. The statement is
    /// sent as it is; its values must come in <paramref name="parameters"/>.
    /// </summary>
    public async Task<Neo4jResult> QueryAsync(string statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(statement);
        ArgumentNullException.ThrowIfNull(parameters);
        return await _pipeline.ExecuteAsync(
            async token => await _client.RunAsync(statement, parameters, token).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
    }

    private async Task<Neo4jResult> RunAsync(Neo4jStatement statement, CancellationToken cancellationToken) =>
        await _pipeline.ExecuteAsync(
            async token => await _client.RunAsync(statement.Text, statement.Parameters, token).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);

    public async ValueTask DisposeAsync()
    {
        if (_ownsClient)
        {
            await _client.DisposeAsync().ConfigureAwait(false);
        }
    }
}
