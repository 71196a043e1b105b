using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// The resilience pipeline every Neo4j unit of work runs in: from outside in, a retry with exponential
/// backoff and jitter (transient failures only), a circuit breaker, and a timeout per attempt. A unit of
/// work is a whole transaction (begin … commit), so a retry re-runs all of it, never half of one.
/// </summary>
public static class Neo4jResilience
{
    public const string PipelineName = "neo4j";

    /// <summary>Transient failures: what a retry may cure and what counts against the circuit.</summary>
    public static bool IsTransient(Exception exception) =>
        exception is Neo4jTransientException or TimeoutRejectedException;

    public static ResiliencePipeline Create(
        Neo4jResilienceOptions options,
        ILogger? logger = null,
        Neo4jCounters? counters = null,
        Action<int, TimeSpan, Exception?>? onRetry = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", errors), nameof(options));
        }
        logger ??= NullLogger.Instance;
        var transient = new PredicateBuilder().Handle<Exception>(IsTransient);

        var builder = new ResiliencePipelineBuilder { Name = PipelineName };
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                Name = PipelineName + "-retry",
                ShouldHandle = transient,
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(options.RetryBaseDelayMilliseconds),
                MaxDelay = TimeSpan.FromMilliseconds(options.RetryMaxDelayMilliseconds),
                OnRetry = arguments =>
                {
                    counters?.AddRetry();
                    onRetry?.Invoke(arguments.AttemptNumber + 1, arguments.RetryDelay, arguments.Outcome.Exception);
                    logger.LogWarning("Neo4j attempt {Attempt} failed ({Message}); retrying in {Delay} ms",
                        arguments.AttemptNumber + 1, arguments.Outcome.Exception?.Message, (int)arguments.RetryDelay.TotalMilliseconds);
                    return default;
                },
            });
        }
        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions
        {
            Name = PipelineName + "-circuit-breaker",
            ShouldHandle = transient,
            FailureRatio = options.CircuitBreakerFailureRatio,
            MinimumThroughput = options.CircuitBreakerMinimumThroughput,
            SamplingDuration = TimeSpan.FromMilliseconds(options.CircuitBreakerSamplingMilliseconds),
            BreakDuration = TimeSpan.FromMilliseconds(options.CircuitBreakerBreakMilliseconds),
            OnOpened = arguments =>
            {
                logger.LogError("Neo4j circuit opened for {Duration} ms after repeated failures ({Message})",
                    (int)arguments.BreakDuration.TotalMilliseconds, arguments.Outcome.Exception?.Message);
                return default;
            },
            OnClosed = _ =>
            {
                logger.LogInformation("Neo4j circuit closed");
                return default;
            },
        });
        builder.AddTimeout(new TimeoutStrategyOptions
        {
            Name = PipelineName + "-attempt-timeout",
            Timeout = TimeSpan.FromMilliseconds(options.AttemptTimeoutMilliseconds),
        });
        return builder.Build();
    }
}
