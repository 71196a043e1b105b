using System.Net;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// Maps the Query API's answers to exceptions. The status code's classification (ClientError,
/// TransientError, DatabaseError: https://neo4j.com/docs/status-codes/current/) decides first; the
/// HTTP status decides when there is no code (a proxy's 503, an empty 401).
/// </summary>
internal sealed class Neo4jErrors
{
    private const string SecurityPrefix = "Neo.ClientError.Security.";
    private const string TransientPrefix = "Neo.TransientError.";
    private const string RequestInvalid = "Neo.ClientError.Request.Invalid";
    private const string TerminatedCode = "Neo.ClientError.Transaction.Terminated";
    private const string LockClientStoppedCode = "Neo.ClientError.Transaction.LockClientStopped";

    private readonly string _server;
    private readonly string _user;
    private readonly string _password;

    public Neo4jErrors(string server, string user, string password)
    {
        _server = server;
        _user = user;
        _password = password;
    }

    public Neo4jException FromErrors(HttpStatusCode status, IReadOnlyList<QueryApiJson.Error> errors)
    {
        var first = errors[0];
        var code = first.Code;
        var message = Scrub(string.Join(" | ", errors.Select(error => error.Message)));
        if (code.StartsWith(SecurityPrefix, StringComparison.Ordinal) || status == HttpStatusCode.Unauthorized)
        {
            return Authentication(code, message);
        }
        // A transaction terminated (by its own cleanup after a timeout, or an administrator) says: retry in a new one.
        if (code.StartsWith(TransientPrefix, StringComparison.Ordinal) || code is TerminatedCode or LockClientStoppedCode)
        {
            return new Neo4jTransientException($"Neo4j at {_server} reported a transient failure, {code}: {message}", code);
        }
        if (status == HttpStatusCode.NotFound && code == RequestInvalid)
        {
            return new Neo4jTransientException($"Neo4j at {_server} no longer knows the transaction, {code}: {message}", code, kind: Neo4jFailure.TransactionLost);
        }
        // Neo.DatabaseError.* is permanent whatever the HTTP status (a 500 for an invalid index option): retrying repeats it.
        if (code.Length == 0 && IsTransient(status))
        {
            return new Neo4jTransientException($"Neo4j at {_server} answered HTTP {(int)status}: {message}", code, kind: Neo4jFailure.Unreachable);
        }
        return new Neo4jQueryException($"Neo4j at {_server} rejected the statement, {code}: {message}", code, message);
    }

    public Neo4jException FromStatus(HttpStatusCode status)
    {
        if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            return Authentication(null, $"HTTP {(int)status} {status}");
        }
        if (IsTransient(status))
        {
            return new Neo4jTransientException($"Neo4j at {_server} answered HTTP {(int)status} {status}.", kind: Neo4jFailure.Unreachable);
        }
        var hint = status == HttpStatusCode.NotFound ? " Is the database name right, and is the Query API enabled (Neo4j 5.26 or later)?" : "";
        return new Neo4jQueryException($"Neo4j at {_server} answered HTTP {(int)status} {status}.{hint}", null, $"HTTP {(int)status}");
    }

    public Neo4jTransientException Unreachable(Exception exception) =>
        new($"Could not reach Neo4j at {_server}: {Scrub(exception.Message)}", null, exception, Neo4jFailure.Unreachable);

    public Neo4jTransientException TimedOut(int seconds) =>
        new($"Neo4j at {_server} did not answer within {seconds} s (Neo4j:RequestTimeoutSeconds).", kind: Neo4jFailure.TimedOut);

    public Neo4jException Unexpected(HttpStatusCode status, string what) =>
        new Neo4jQueryException($"Neo4j at {_server} answered HTTP {(int)status} with {what}.", null, what);

    private Neo4jAuthenticationException Authentication(string? code, string message) =>
        new($"Neo4j at {_server} refused user '{_user}' ({(code is null ? "" : code + ": ")}{message}). "
            + "Check Neo4j:User and Neo4j:Password (environment variables Neo4j__User and Neo4j__Password).", code);

    private static bool IsTransient(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout;

    /// <summary>Belt and braces: no message built here may carry the password, whatever a server or proxy echoes.</summary>
    private string Scrub(string text) =>
        _password.Length >= 3 ? text.Replace(_password, "***", StringComparison.Ordinal) : text;
}
