using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Sqlite;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace KnowledgeGraph.Storage;

/// <summary>
/// What a failed write says about the work: the store is out of reach (the same work may succeed later, so a
/// worker waits and keeps its files), or the store refused this work (so a batch is tried article by article and
/// an article refused alone is set aside).
/// </summary>
public static class StoreFailures
{
    /// <summary>
    /// The store cannot be reached now: Neo4j refuses connections or answers 5xx without a Neo4j code, the circuit
    /// is open, a restart lost the transaction, or the SQLite file is busy or unwritable.
    /// </summary>
    public static bool IsUnavailable(Exception exception) => exception switch
    {
        Neo4jTransientException { Kind: Neo4jFailure.Unreachable or Neo4jFailure.TransactionLost } => true,
        BrokenCircuitException => true,
        SqliteStoreException => true,
        _ => false,
    };

    /// <summary>
    /// The store refused this work, or kept failing on it while answering: an invalid article, a statement the
    /// server rejects (Neo.ClientError, Neo.DatabaseError), retries exhausted on timeouts or transient errors.
    /// Bad credentials are neither: they stop the command.
    /// </summary>
    public static bool IsRefusal(Exception exception) => exception switch
    {
        ArgumentException => true,
        Neo4jAuthenticationException => false,
        Neo4jQueryException => true,
        Neo4jTransientException transient => !IsUnavailable(transient),
        TimeoutRejectedException => true,
        _ => false,
    };
}
