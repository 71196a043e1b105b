using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// An explicit transaction of the Query API ("Run transactions",
/// https://neo4j.com/docs/query-api/current/transactions/). The first statement opens it (POST .../tx), carrying
/// the transaction's metadata (CALL tx.setMetaData); later requests go to .../tx/{id} with the
/// neo4j-cluster-affinity header the server sent. An error the server reports closes the transaction on the
/// server. A transaction abandoned without an answer (a request that timed out, a commit that failed on the way)
/// is rolled back, and when the server refuses that because a statement of it is still running, terminated by
/// its metadata, so that it holds no lock the next attempt would wait on. Not thread-safe, like a driver's transaction.
/// </summary>
internal sealed class Neo4jHttpTransaction : INeo4jTransaction
{
    public const string TagKey = "kgTransaction";

    private enum State
    {
        NotStarted,
        Open,
        Closed,
    }

    private readonly Neo4jHttpClient _client;
    private readonly ILogger _logger;
    private readonly Dictionary<string, object?> _metadata;
    private readonly string _tag = Guid.NewGuid().ToString("N");
    private State _state = State.NotStarted;
    private bool _sent;
    private string? _id;
    private string? _affinity;

    public Neo4jHttpTransaction(Neo4jHttpClient client, IReadOnlyDictionary<string, object?>? metadata, ILogger logger)
    {
        _client = client;
        _logger = logger;
        _metadata = new Dictionary<string, object?>(metadata ?? new Dictionary<string, object?>(), StringComparer.Ordinal) { [TagKey] = _tag };
    }

    public async Task<Neo4jResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        if (_state == State.Closed)
        {
            throw new InvalidOperationException("The Neo4j transaction is already closed.");
        }
        _client.Counters.AddStatement();
        try
        {
            if (_state == State.NotStarted)
            {
                // The metadata goes with the first statement: no request of its own.
                var opening = new Dictionary<string, object?>(parameters ?? new Dictionary<string, object?>(), StringComparer.Ordinal) { [MetadataParameter] = _metadata };
                _sent = true;
                var opened = await _client.SendAsync(HttpMethod.Post, _client.BeginUri, QueryApiJson.Request($"CALL tx.setMetaData(${MetadataParameter}) {statement}", opening), null, cancellationToken).ConfigureAwait(false);
                _id = opened.TransactionId
                    ?? throw new Neo4jQueryException("Neo4j opened no transaction: its answer had no transaction.id.", null, "no transaction id");
                _affinity = opened.Affinity;
                _state = State.Open;
                _client.Counters.AddTransaction();
                return opened.Result;
            }
            var exchange = await _client.SendAsync(HttpMethod.Post, _client.TransactionUri(_id!), QueryApiJson.Request(statement, parameters), _affinity, cancellationToken).ConfigureAwait(false);
            return exchange.Result;
        }
        catch (Neo4jException exception) when (exception.Code is not null)
        {
            _state = State.Closed;
            throw;
        }
    }

    /// <summary>The parameter that carries the metadata on the first statement.</summary>
    public const string MetadataParameter = "kgTransactionMetadata";

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        switch (_state)
        {
            case State.Closed:
                throw new InvalidOperationException("The Neo4j transaction is already closed.");
            case State.NotStarted:
                // Nothing was sent: there is nothing to commit.
                _state = State.Closed;
                return;
        }
        try
        {
            await _client.SendAsync(HttpMethod.Post, _client.CommitUri(_id!), QueryApiJson.EmptyObject, _affinity, cancellationToken).ConfigureAwait(false);
            _state = State.Closed;
        }
        catch (Neo4jException exception) when (exception.Code is not null)
        {
            // The server answered: committed or not, the transaction is gone (a 404 leaves the outcome unknown).
            _state = State.Closed;
            throw;
        }
        // Without an answer the transaction may still be open: it stays Open, so disposing it rolls it back.
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (_state == State.NotStarted && _sent)
        {
            // The opening request got no answer: the transaction may exist on the server, known only by its metadata.
            _state = State.Closed;
            await TerminateAsync().ConfigureAwait(false);
            return;
        }
        if (_state != State.Open)
        {
            _state = State.Closed;
            return;
        }
        _state = State.Closed;
        try
        {
            await _client.SendAsync(HttpMethod.Delete, _client.TransactionUri(_id!), null, _affinity, cancellationToken, _client.CleanupTimeout).ConfigureAwait(false);
        }
        catch (Neo4jTransientException exception) when (exception.Kind == Neo4jFailure.TransactionLost)
        {
            // It timed out, or an error or a restart ended it: rolled back already.
            _logger.LogDebug("Neo4j rollback of transaction {Id}: {Message}", _id, exception.Message);
        }
        catch (Neo4jException exception)
        {
            // A statement of it still runs (the server answers 500 then), or the server did not answer: terminate it.
            _logger.LogDebug("Neo4j rollback of transaction {Id} failed ({Message}); terminating it", _id, exception.Message);
            await TerminateAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Terminates the server transactions carrying this transaction's tag (TERMINATE TRANSACTIONS), if any.</summary>
    private async Task TerminateAsync()
    {
        try
        {
            var found = await _client.RunCleanupAsync(
                $"SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.{TagKey} = $tag RETURN transactionId",
                new Dictionary<string, object?> { ["tag"] = _tag }).ConfigureAwait(false);
            var ids = found.Records.Select(record => record.RequiredString("transactionId")).ToList();
            if (ids.Count > 0)
            {
                await _client.RunCleanupAsync("TERMINATE TRANSACTIONS $ids", new Dictionary<string, object?> { ["ids"] = ids }).ConfigureAwait(false);
                _logger.LogWarning("Terminated abandoned Neo4j transaction {Ids}", string.Join(", ", ids));
            }
        }
        catch (Neo4jException exception)
        {
            // The server is out of reach: it ends the transaction itself when it expires or restarts.
            _logger.LogWarning("Could not terminate abandoned Neo4j transaction {Id}: {Message}", _id, exception.Message);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_state == State.Closed || (_state == State.NotStarted && !_sent))
        {
            return;
        }
        try
        {
            await RollbackAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is Neo4jException or InvalidOperationException)
        {
            _logger.LogWarning("Could not roll back Neo4j transaction {Id}: {Message}", _id, exception.Message);
        }
    }
}
