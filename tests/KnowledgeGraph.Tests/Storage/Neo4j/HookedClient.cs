using KnowledgeGraph.Storage.Neo4j;

namespace KnowledgeGraph.Tests.Storage.Neo4j;

/// <summary>
/// An <see cref="INeo4jClient"/> over a real one that lets a test act at chosen moments of a transaction: after its
/// first statement (the store's check) and before its commit (to restart the server there, say).
/// </summary>
internal sealed class HookedClient(INeo4jClient inner) : INeo4jClient
{
    /// <summary>Called after a transaction's first statement answered; the number counts transactions from 1.</summary>
    public Func<int, Task>? AfterFirstStatement { get; set; }

    /// <summary>Called before each commit is sent; the number counts transactions from 1.</summary>
    public Func<int, Task>? BeforeCommit { get; set; }

    private int _transactions;

    public string Description => inner.Description;

    public Neo4jCounters Counters => inner.Counters;

    public Task<Neo4jResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default) =>
        inner.RunAsync(statement, parameters, cancellationToken);

    public async Task<INeo4jTransaction> BeginTransactionAsync(IReadOnlyDictionary<string, object?>? metadata, CancellationToken cancellationToken = default) =>
        new Transaction(this, Interlocked.Increment(ref _transactions), await inner.BeginTransactionAsync(metadata, cancellationToken));

    public ValueTask DisposeAsync() => inner.DisposeAsync();

    private sealed class Transaction(HookedClient client, int number, INeo4jTransaction inner) : INeo4jTransaction
    {
        private bool _first = true;

        public async Task<Neo4jResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
        {
            var result = await inner.RunAsync(statement, parameters, cancellationToken);
            if (_first)
            {
                _first = false;
                if (client.AfterFirstStatement is { } hook)
                {
                    await hook(number);
                }
            }
            return result;
        }

        public async Task CommitAsync(CancellationToken cancellationToken = default)
        {
            if (client.BeforeCommit is { } hook)
            {
                await hook(number);
            }
            await inner.CommitAsync(cancellationToken);
        }

        public Task RollbackAsync(CancellationToken cancellationToken = default) => inner.RollbackAsync(cancellationToken);

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
