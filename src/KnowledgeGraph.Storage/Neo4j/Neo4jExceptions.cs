namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>A failure reported by Neo4j or on the way to it. Never carries the password.</summary>
public abstract class Neo4jException : Exception
{
    protected Neo4jException(string message, string? code, Exception? innerException)
        : base(message, innerException)
    {
        Code = code;
    }

    /// <summary>The Neo4j status code (Neo.ClientError.Statement.SyntaxError, ...) when the server gave one.</summary>
    public string? Code { get; }

    /// <summary>Whether trying the same unit of work again may succeed.</summary>
    public abstract bool IsTransient { get; }
}

/// <summary>The server refused the credentials (HTTP 401 or Neo.ClientError.Security.*). Permanent: not retried.</summary>
public sealed class Neo4jAuthenticationException : Neo4jException
{
    public Neo4jAuthenticationException(string message, string? code, Exception? innerException = null)
        : base(message, code, innerException)
    {
    }

    public override bool IsTransient => false;
}

/// <summary>The server rejected a statement (Neo.ClientError.Statement.* and other client errors). Permanent: not retried.</summary>
public sealed class Neo4jQueryException : Neo4jException
{
    public Neo4jQueryException(string message, string? code, string serverMessage, Exception? innerException = null)
        : base(message, code, innerException)
    {
        ServerMessage = serverMessage;
    }

    /// <summary>The message exactly as the server gave it.</summary>
    public string ServerMessage { get; }

    public override bool IsTransient => false;
}

/// <summary>What kind of transient failure: the server is out of reach, or it answered but this attempt failed.</summary>
public enum Neo4jFailure
{
    /// <summary>Neo.TransientError.* (a deadlock, a lock wait, memory), HTTP 429.</summary>
    Transient,
    /// <summary>The connection was refused or reset, or the server (or a proxy) answered HTTP 5xx without a Neo4j code.</summary>
    Unreachable,
    /// <summary>No answer within Neo4j:RequestTimeoutSeconds: the server may still be working on it.</summary>
    TimedOut,
    /// <summary>
    /// The transaction is no longer known to the server (HTTP 404 Neo.ClientError.Request.Invalid): it expired, an
    /// error rolled it back, or the server restarted. On commit the outcome is unknown; the unit of work is redone.
    /// </summary>
    TransactionLost,
}

/// <summary>
/// A failure that may pass (Neo.TransientError.*, HTTP 5xx or 429, a refused or reset connection, a timeout, a
/// transaction the server forgot): the resilience pipeline retries the whole unit of work.
/// </summary>
public sealed class Neo4jTransientException : Neo4jException
{
    public Neo4jTransientException(string message, string? code = null, Exception? innerException = null, Neo4jFailure kind = Neo4jFailure.Transient)
        : base(message, code, innerException)
    {
        Kind = kind;
    }

    public Neo4jFailure Kind { get; }

    public override bool IsTransient => true;
}
