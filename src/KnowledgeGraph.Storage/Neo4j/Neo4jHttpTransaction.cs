using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// An explicit transaction of the Query API ("Run transactions",
/// https://neo4j.com/docs/query-api/current/transactions/). The first statement opens it (POST .../tx);
/// later requests go to .../tx/{id} with the neo4j-cluster-affinity header the server sent.
/// An error the server reports closes the transaction on the server, so nothing is left to roll back.
/// Not thread-safe, like a driver's transaction.
/// </summary>
internal sealed class Neo4jHttpTransaction : INeo4jTransaction
{
    private enum State
    {
        NotStarted,
        Open,
        Closed,
    }

    private readonly Neo4jHttpClient _client;
    private readonly ILogger _logger;
    private State _state = State.NotStarted;
    private string? _id;
    private string? _affinity;

    public Neo4jHttpTransaction(Neo4jHttpClient client, ILogger logger)
    {
        _client = client;
        _logger = logger;
    }

    public async Task<Neo4jResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        if (_state == State.Closed)
        {
            throw new InvalidOperationException("The Neo4j transaction is already closed.");
        }
        var body = QueryApiJson.Request(statement, parameters);
        _client.Counters.AddStatement();
        try
        {
            if (_state == State.NotStarted)
            {
                var opened = await _client.SendAsync(HttpMethod.Post, _client.BeginUri, body, null, cancellationToken).ConfigureAwait(false);
                _id = opened.TransactionId
                    ?? throw new Neo4jQueryException("Neo4j opened no transaction: its answer had no transaction.id.", null, "no transaction id");
                _affinity = opened.Affinity;
                _state = State.Open;
                _client.Counters.AddTransaction();
                return opened.Result;
            }
            var exchange = await _client.SendAsync(HttpMethod.Post, _client.TransactionUri(_id!), body, _affinity, cancellationToken).ConfigureAwait(false);
            return exchange.Result;
        }
        catch (Neo4jException exception) when (exception.Code is not null)
        {
            _state = State.Closed;
            throw;
        }
    }

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
        }
        finally
        {
            _state = State.Closed;
        }
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (_state != State.Open)
        {
            _state = State.Closed;
            return;
        }
        _state = State.Closed;
        try
        {
            await _client.SendAsync(HttpMethod.Delete, _client.TransactionUri(_id!), null, _affinity, cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException exception) when (exception.Code is not null)
        {
            // Typically "transaction not found": it timed out, and so is rolled back already.
            _logger.LogDebug("Neo4j rollback of transaction {Id}: {Message}", _id, exception.Message);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_state != State.Open)
        {
            return;
        }
        try
        {
            await RollbackAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is Neo4jException or InvalidOperationException)
        {
            // The server rolls an abandoned transaction back when it expires.
            _logger.LogWarning("Could not roll back Neo4j transaction {Id}: {Message}", _id, exception.Message);
        }
    }
}
