namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// The few operations the store needs from Neo4j, shaped like the official driver's so that an
/// implementation over it can replace <see cref="Neo4jHttpClient"/>. Parameter values are null,
/// strings, numbers, booleans, lists of them and string-keyed maps of them.
/// </summary>
public interface INeo4jClient : IAsyncDisposable
{
    /// <summary>The server and database, for logs (never the credentials).</summary>
    string Description { get; }

    /// <summary>Requests and rows sent, for benchmarks.</summary>
    Neo4jCounters Counters { get; }

    /// <summary>Runs one statement in an implicit (auto-commit) transaction.</summary>
    Task<Neo4jResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default);

    /// <summary>Opens an explicit transaction; disposing it without committing rolls it back.</summary>
    Task<INeo4jTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default) => BeginTransactionAsync(null, cancellationToken);

    /// <summary>
    /// Opens an explicit transaction carrying <paramref name="metadata"/> (tx.setMetaData, as a driver's
    /// TransactionConfig), by which it can be found on the server and terminated when it must be abandoned.
    /// </summary>
    Task<INeo4jTransaction> BeginTransactionAsync(IReadOnlyDictionary<string, object?>? metadata, CancellationToken cancellationToken = default);
}

/// <summary>An explicit transaction: all its statements take effect at commit, or none does.</summary>
public interface INeo4jTransaction : IAsyncDisposable
{
    Task<Neo4jResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default);

    Task CommitAsync(CancellationToken cancellationToken = default);

    Task RollbackAsync(CancellationToken cancellationToken = default);
}
