using KnowledgeGraph.Storage.Neo4j;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace KnowledgeGraph.Tests.Storage.Neo4j;

/// <summary>The named Polly pipeline: retries transient failures with backoff, never permanent ones; breaks; times out.</summary>
public sealed class Neo4jResilienceTests
{
    [Fact]
    public async Task Transient_failures_are_retried_with_growing_delays_until_one_succeeds()
    {
        var calls = 0;
        await using var server = FakeQueryApi.Start(_ => Interlocked.Increment(ref calls) switch
        {
            1 => new FakeResponse(503, null),
            2 => FakeResponse.Error(202, "Neo.TransientError.Transaction.DeadlockDetected", "deadlock"),
            _ => FakeResponse.Data(["n"], [1]),
        });
        await using var client = Neo4jTestSetup.Client(server);
        var delays = new List<TimeSpan>();
        var pipeline = Neo4jTestSetup.Pipeline(onRetry: (_, delay, _) => delays.Add(delay));

        var result = await pipeline.ExecuteAsync(async token => await client.RunAsync("RETURN 1 AS n", null, token));

        Assert.Equal(1, result.Records.Single().Int("n"));
        Assert.Equal(3, server.Requests.Count);
        Assert.Equal(2, delays.Count);
        Assert.All(delays, delay => Assert.InRange(delay, TimeSpan.Zero, TimeSpan.FromMilliseconds(200)));
        Assert.True(delays.Sum(delay => delay.TotalMilliseconds) > 0);
    }

    [Fact]
    public async Task Retries_stop_after_the_configured_attempts()
    {
        await using var server = FakeQueryApi.Start(_ => new FakeResponse(503, null));
        await using var client = Neo4jTestSetup.Client(server);
        var pipeline = Neo4jTestSetup.Pipeline(Neo4jTestSetup.FastResilience(retries: 2));

        await Assert.ThrowsAsync<Neo4jTransientException>(async () =>
            await pipeline.ExecuteAsync(async token => await client.RunAsync("RETURN 1", null, token)));

        Assert.Equal(3, server.Requests.Count);
    }

    [Theory]
    [InlineData(401, "Neo.ClientError.Security.Unauthorized", typeof(Neo4jAuthenticationException))]
    [InlineData(400, "Neo.ClientError.Statement.SyntaxError", typeof(Neo4jQueryException))]
    [InlineData(400, "Neo.ClientError.Schema.ConstraintValidationFailed", typeof(Neo4jQueryException))]
    public async Task Permanent_failures_are_not_retried(int status, string code, Type expected)
    {
        await using var server = FakeQueryApi.Start(_ => FakeResponse.Error(status, code, "no"));
        await using var client = Neo4jTestSetup.Client(server);
        var retries = 0;
        var pipeline = Neo4jTestSetup.Pipeline(onRetry: (_, _, _) => retries++);

        var failure = await Record.ExceptionAsync(async () =>
            await pipeline.ExecuteAsync(async token => await client.RunAsync("RETURN 1", null, token)));

        Assert.IsType(expected, failure);
        Assert.Single(server.Requests);
        Assert.Equal(0, retries);
    }

    [Fact]
    public async Task The_circuit_opens_after_repeated_failures_and_then_spares_the_server()
    {
        await using var server = FakeQueryApi.Start(_ => new FakeResponse(503, null));
        await using var client = Neo4jTestSetup.Client(server);
        var options = Neo4jTestSetup.FastResilience(retries: 0);
        options.CircuitBreakerMinimumThroughput = 4;
        var pipeline = Neo4jTestSetup.Pipeline(options);

        for (var call = 0; call < 4; call++)
        {
            await Assert.ThrowsAsync<Neo4jTransientException>(async () =>
                await pipeline.ExecuteAsync(async token => await client.RunAsync("RETURN 1", null, token)));
        }
        var sent = server.Requests.Count;
        await Assert.ThrowsAsync<BrokenCircuitException>(async () =>
            await pipeline.ExecuteAsync(async token => await client.RunAsync("RETURN 1", null, token)));

        Assert.Equal(4, sent);
        Assert.Equal(sent, server.Requests.Count);
    }

    [Fact]
    public async Task An_attempt_that_outlasts_its_timeout_is_abandoned()
    {
        await using var server = FakeQueryApi.Start(_ => FakeResponse.Data(["n"], [1]) with { Delay = TimeSpan.FromSeconds(5) });
        await using var client = Neo4jTestSetup.Client(server);
        var options = Neo4jTestSetup.FastResilience(retries: 1);
        options.AttemptTimeoutMilliseconds = 200;
        var pipeline = Neo4jTestSetup.Pipeline(options);
        var started = DateTime.UtcNow;

        await Assert.ThrowsAsync<TimeoutRejectedException>(async () =>
            await pipeline.ExecuteAsync(async token => await client.RunAsync("RETURN 1", null, token)));

        Assert.Equal(2, server.Requests.Count);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(4));
    }

    [Fact]
    public void The_pipeline_is_named_and_checks_its_options()
    {
        Assert.Equal("neo4j", Neo4jResilience.PipelineName);
        var bad = Neo4jTestSetup.FastResilience();
        bad.CircuitBreakerMinimumThroughput = 1;
        Assert.Throws<ArgumentException>(() => Neo4jResilience.Create(bad));
        Assert.True(Neo4jResilience.IsTransient(new Neo4jTransientException("x")));
        Assert.False(Neo4jResilience.IsTransient(new Neo4jQueryException("x", "Neo.ClientError.Statement.SyntaxError", "x")));
    }
}
