using System.Collections.Concurrent;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// Builds and counts what the store would send, and sends nothing: every statement answers with no
/// rows, so every article reads as new. Counts requests as <see cref="Neo4jHttpClient"/> makes them
/// (a transaction's first statement opens it, then one request per statement and one for the commit),
/// which is what `bench` reports for batching without a server. It can also keep the statements,
/// for checking them with Neo4j's Cypher front end.
/// </summary>
public sealed class Neo4jDryRunClient : INeo4jClient
{
    private readonly ConcurrentQueue<RecordedStatement> _statements = new();

    /// <param name="record">Keep every statement (text and parameter names); off for long benchmark runs.</param>
    public Neo4jDryRunClient(bool record = false) => Record = record;

    public bool Record { get; }

    public string Description => "dry run (nothing sent)";

    public Neo4jCounters Counters { get; } = new();

    /// <summary>The statements run so far, in order, when <see cref="Record"/> is on.</summary>
    public IReadOnlyList<RecordedStatement> Statements => _statements.ToList();

    public Task<Neo4jResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        Counters.AddRequest();
        Counters.AddStatement();
        Keep(statement, parameters);
        return Task.FromResult(Neo4jResult.Empty);
    }

    public Task<INeo4jTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default) => BeginTransactionAsync(null, cancellationToken);

    public Task<INeo4jTransaction> BeginTransactionAsync(IReadOnlyDictionary<string, object?>? metadata, CancellationToken cancellationToken = default) =>
        Task.FromResult<INeo4jTransaction>(new Transaction(this));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private void Keep(string statement, IReadOnlyDictionary<string, object?>? parameters)
    {
        if (Record)
        {
            _statements.Enqueue(new RecordedStatement(statement, parameters?.Keys.ToList() ?? []));
        }
    }

    private sealed class Transaction(Neo4jDryRunClient client) : INeo4jTransaction
    {
        private bool _opened;
        private bool _closed;

        public Task<Neo4jResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
        {
            ObjectDisposedException.ThrowIf(_closed, this);
            if (!_opened)
            {
                _opened = true;
                client.Counters.AddTransaction();
            }
            client.Counters.AddRequest();
            client.Counters.AddStatement();
            client.Keep(statement, parameters);
            return Task.FromResult(Neo4jResult.Empty);
        }

        public Task CommitAsync(CancellationToken cancellationToken = default) => Close();

        public Task RollbackAsync(CancellationToken cancellationToken = default) => Close();

        public ValueTask DisposeAsync()
        {
            _closed = true;
            return ValueTask.CompletedTask;
        }

        private Task Close()
        {
            if (_opened && !_closed)
            {
                client.Counters.AddRequest();
            }
            _closed = true;
            return Task.CompletedTask;
        }
    }
}

/// <summary>A statement a client ran: its text and the names of its parameters.</summary>
public sealed record RecordedStatement(string Text, IReadOnlyList<string> ParameterNames);
