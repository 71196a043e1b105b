using KnowledgeGraph.Storage.Neo4j;
using Polly;

namespace KnowledgeGraph.Tests.Storage.Neo4j;

/// <summary>Options, clients and fast pipelines for the tests against <see cref="FakeQueryApi"/>.</summary>
internal static class Neo4jTestSetup
{
    public const string User = "kg-writer";
    public const string Password = "pw-Zq7!never-shown";

    public static Neo4jOptions Options(Uri uri, int requestTimeoutSeconds = 30, int batchSize = 50) => new()
    {
        Uri = uri.ToString(),
        User = User,
        Password = Password,
        Database = FakeQueryApi.Database,
        RequestTimeoutSeconds = requestTimeoutSeconds,
        BatchSize = batchSize,
        Resilience = FastResilience(),
    };

    /// <summary>Retries after 20 ms, 40 ms, ... (with jitter); a circuit that needs 8 calls to judge.</summary>
    public static Neo4jResilienceOptions FastResilience(int retries = 3) => new()
    {
        MaxRetryAttempts = retries,
        RetryBaseDelayMilliseconds = 20,
        RetryMaxDelayMilliseconds = 200,
        AttemptTimeoutMilliseconds = 10_000,
        CircuitBreakerMinimumThroughput = 8,
        CircuitBreakerFailureRatio = 0.5,
        CircuitBreakerSamplingMilliseconds = 30_000,
        CircuitBreakerBreakMilliseconds = 30_000,
    };

    public static Neo4jHttpClient Client(FakeQueryApi server, int requestTimeoutSeconds = 30) =>
        Neo4jHttpClient.Create(Options(server.Uri, requestTimeoutSeconds));

    public static ResiliencePipeline Pipeline(Neo4jResilienceOptions? options = null, Action<int, TimeSpan, Exception?>? onRetry = null) =>
        Neo4jResilience.Create(options ?? FastResilience(), onRetry: onRetry);
}
