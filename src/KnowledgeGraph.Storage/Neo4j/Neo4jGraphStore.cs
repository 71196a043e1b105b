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

    /// <summary>Articles per transaction (<see cref="Neo4jOptions.BatchSize"/>): each transaction costs three HTTP round trips.</summary>
    public int WriteBatchSize => _batchSize;

    public async Task<IReadOnlyList<UpsertOutcome>> UpsertBatchAsync(IReadOnlyList<DocumentGraph> graphs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graphs);
        foreach (var graph in graphs)
        {
            UpsertStatements.Validate(graph);
        }
        var outcomes = new UpsertOutcome[graphs.Count];
        foreach (var chunk in Chunks(graphs, _batchSize))
        {
            var written = await _pipeline.ExecuteAsync(
                async token => await WriteChunkAsync(chunk.Select(index => graphs[index]).ToList(), token).ConfigureAwait(false),
                cancellationToken).ConfigureAwait(false);
            for (var position = 0; position < chunk.Count; position++)
            {
                outcomes[chunk[position]] = written[position];
            }
            Counters.AddArticles(chunk.Count);
        }
        return outcomes;
    }

    /// <summary>
    /// Consecutive runs of at most <paramref name="size"/> articles with distinct names, as indexes: a name
    /// that comes again starts a new run, so that writing run by run is writing article by article, in order.
    /// </summary>
    internal static IEnumerable<List<int>> Chunks(IReadOnlyList<DocumentGraph> graphs, int size)
    {
        var chunk = new List<int>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < graphs.Count; index++)
        {
            var name = graphs[index].Document.Name;
            if (chunk.Count == size || names.Contains(name))
            {
                yield return chunk;
                chunk = [];
                names.Clear();
            }
            chunk.Add(index);
            names.Add(name);
        }
        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }

    /// <summary>One unit of work: the whole of it runs again when an attempt fails transiently.</summary>
    private async Task<UpsertOutcome[]> WriteChunkAsync(IReadOnlyList<DocumentGraph> graphs, CancellationToken cancellationToken)
    {
        await using var transaction = await _client.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        var check = UpsertStatements.Check(graphs.Select(graph => graph.Document.Name).ToList());
        Counters.AddRows(check.Rows);
        var stored = await transaction.RunAsync(check.Text, check.Parameters, cancellationToken).ConfigureAwait(false);
        var storedIds = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var record in stored.Records)
        {
            storedIds[record.RequiredString("name")] = record.String("id");
        }

        var outcomes = new UpsertOutcome[graphs.Count];
        var toWrite = new List<DocumentGraph>();
        var replaced = new List<string>();
        for (var index = 0; index < graphs.Count; index++)
        {
            var document = graphs[index].Document;
            var storedId = storedIds.GetValueOrDefault(document.Name);
            outcomes[index] = storedId is null ? UpsertOutcome.Added
                : storedId == document.Id ? UpsertOutcome.Unchanged
                : UpsertOutcome.Replaced;
            if (outcomes[index] == UpsertOutcome.Replaced)
            {
                replaced.Add(document.Name);
            }
            if (outcomes[index] != UpsertOutcome.Unchanged)
            {
                toWrite.Add(graphs[index]);
            }
        }

        if (toWrite.Count == 0)
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            return outcomes;
        }

        var write = UpsertStatements.Write(toWrite, replaced);
        Counters.AddRows(write.Rows);
        await transaction.RunAsync(write.Text, write.Parameters, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        _logger.LogDebug("{Store}: wrote {Written} of {Articles} articles ({Replaced} replaced, {Rows} rows)",
            Description, toWrite.Count, graphs.Count, replaced.Count, write.Rows);
        return outcomes;
    }

    public async Task<bool> ContainsAsync(string documentName, string documentId, CancellationToken cancellationToken = default)
    {
        var statement = ReadStatements.Contains(documentName);
        var result = await RunAsync(statement, cancellationToken).ConfigureAwait(false);
        return result.Records.Any(record => record.String("id") == documentId);
    }

    public async Task<GraphSnapshot> ExportAsync(CancellationToken cancellationToken = default) =>
        await _pipeline.ExecuteAsync(async token =>
        {
            // One transaction, so the four reads see one state of the graph.
            await using var transaction = await _client.BeginTransactionAsync(token).ConfigureAwait(false);
            var documents = await RunAsync(transaction, ReadStatements.Documents, token).ConfigureAwait(false);
            var entities = await RunAsync(transaction, ReadStatements.Entities, token).ConfigureAwait(false);
            var relations = await RunAsync(transaction, ReadStatements.Relations, token).ConfigureAwait(false);
            var evidence = await RunAsync(transaction, ReadStatements.Evidence, token).ConfigureAwait(false);
            await transaction.CommitAsync(token).ConfigureAwait(false);
            return SnapshotAssembler.Assemble(documents, entities, relations, evidence);
        }, cancellationToken).ConfigureAwait(false);

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

    private static Task<Neo4jResult> RunAsync(INeo4jTransaction transaction, Neo4jStatement statement, CancellationToken cancellationToken) =>
        transaction.RunAsync(statement.Text, statement.Parameters, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_ownsClient)
        {
            await _client.DisposeAsync().ConfigureAwait(false);
        }
    }
}
