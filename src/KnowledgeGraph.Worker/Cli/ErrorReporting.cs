using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Sqlite;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Worker.Cli;

/// <summary>
/// Failures a user can act on (an unreachable or misconfigured store, a bad file) end the
/// command with one clear line, not a stack trace; KG_TRACE=1 shows the trace as well.
/// </summary>
public static class ErrorReporting
{
    public const int Failure = 1;

    public static bool IsUserFacing(Exception exception) => exception is Neo4jException
        or SqliteStoreException
        or OptionsValidationException
        or InvalidDataException
        or IOException
        or UnauthorizedAccessException
        or ArgumentException;

    private static string? Hint(Exception exception) => exception switch
    {
        Neo4jTransientException => "Is Neo4j running? Start it with `docker compose up -d neo4j`, or point Neo4j__Uri at your server.",
        Neo4jAuthenticationException => "Check Neo4j__User and Neo4j__Password (docker compose takes the password from .env).",
        _ => null,
    };

    public static int Report(Exception exception, TextWriter error)
    {
        // One line: what went wrong and, where there is one, what to do about it.
        var message = exception.Message.ReplaceLineEndings(" ").Trim();
        error.WriteLine(Hint(exception) is { } hint ? $"kg: {message} {hint}" : $"kg: {message}");
        if (Environment.GetEnvironmentVariable("KG_TRACE") is "1" or "true")
        {
            error.WriteLine(exception);
        }
        return Failure;
    }
}
