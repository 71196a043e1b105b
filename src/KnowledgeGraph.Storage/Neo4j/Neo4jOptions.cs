using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// Where and how to reach Neo4j: configuration section "Neo4j" (environment variables
/// <c>Neo4j__Uri</c>, <c>Neo4j__User</c>, <c>Neo4j__Password</c>, <c>Neo4j__Database</c>, ...).
/// <see cref="ToString"/> never shows the password.
/// </summary>
public sealed class Neo4jOptions
{
    public const string SectionName = "Neo4j";

    /// <summary>The server's HTTP address, e.g. http://localhost:7474 (no credentials in it).</summary>
    public string Uri { get; set; } = "http://localhost:7474";

    public string User { get; set; } = "neo4j";

    /// <summary>Sent only inside the Authorization header; never logged nor put in a message.</summary>
    public string Password { get; set; } = "";

    public string Database { get; set; } = "neo4j";

    /// <summary>How long one HTTP request may take before it counts as a transient failure.</summary>
    public int RequestTimeoutSeconds { get; set; } = 30;

    /// <summary>Articles written per transaction at most (<see cref="IGraphStore.UpsertBatchAsync"/>).</summary>
    public int BatchSize { get; set; } = 1000;

    /// <summary>
    /// Rows (documents, entities, mentions, evidence, relations) written per transaction at most; the store halves
    /// its budget after a write that takes more than a quarter of <see cref="RequestTimeoutSeconds"/>.
    /// </summary>
    public int BatchRows { get; set; } = 20_000;

    /// <summary>Bytes of parameters sent per transaction at most (estimated).</summary>
    public int BatchBytes { get; set; } = 16_000_000;

    public Neo4jResilienceOptions Resilience { get; set; } = new();

    public override string ToString() => $"Neo4j {Uri} db {Database} user {User}";

    /// <summary>What is wrong with these options, empty when nothing is.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (!System.Uri.TryCreate(Uri, UriKind.Absolute, out var uri) || (uri.Scheme != System.Uri.UriSchemeHttp && uri.Scheme != System.Uri.UriSchemeHttps))
        {
            // The value is not echoed: a mistyped address may hold credentials.
            errors.Add($"{SectionName}:Uri must be an absolute http or https address, e.g. http://localhost:7474.");
        }
        else if (uri.UserInfo.Length > 0)
        {
            errors.Add($"{SectionName}:Uri must not hold credentials: set {SectionName}:User and {SectionName}:Password.");
        }
        if (string.IsNullOrWhiteSpace(Database))
        {
            errors.Add($"{SectionName}:Database must name a database (default neo4j).");
        }
        if (RequestTimeoutSeconds <= 0)
        {
            errors.Add($"{SectionName}:RequestTimeoutSeconds must be positive.");
        }
        if (BatchSize <= 0 || BatchRows <= 0 || BatchBytes <= 0)
        {
            errors.Add($"{SectionName}:BatchSize, BatchRows and BatchBytes must be positive.");
        }
        errors.AddRange(Resilience.Validate());
        return errors;
    }

    /// <summary>Throws when the options cannot work.</summary>
    public void EnsureValid()
    {
        var errors = Validate();
        if (errors.Count > 0)
        {
            throw new OptionsValidationException(SectionName, typeof(Neo4jOptions), errors);
        }
    }
}

/// <summary>Retry, circuit breaker and per-attempt timeout of every unit of work sent to Neo4j.</summary>
public sealed class Neo4jResilienceOptions
{
    /// <summary>Retries after the first attempt (0: no retry).</summary>
    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>First retry delay; later ones grow exponentially, with jitter.</summary>
    public int RetryBaseDelayMilliseconds { get; set; } = 200;

    public int RetryMaxDelayMilliseconds { get; set; } = 10_000;

    /// <summary>How long one attempt of a unit of work (a whole transaction) may take.</summary>
    public int AttemptTimeoutMilliseconds { get; set; } = 120_000;

    /// <summary>Share of failed attempts within the sampling window that opens the circuit.</summary>
    public double CircuitBreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Attempts within the sampling window before the ratio counts (at least 2).</summary>
    public int CircuitBreakerMinimumThroughput { get; set; } = 8;

    public int CircuitBreakerSamplingMilliseconds { get; set; } = 30_000;

    /// <summary>How long an open circuit rejects calls before letting one through.</summary>
    public int CircuitBreakerBreakMilliseconds { get; set; } = 15_000;

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        var prefix = Neo4jOptions.SectionName + ":Resilience:";
        if (MaxRetryAttempts < 0)
        {
            errors.Add(prefix + "MaxRetryAttempts must be 0 or more.");
        }
        if (RetryBaseDelayMilliseconds < 0 || RetryMaxDelayMilliseconds < RetryBaseDelayMilliseconds)
        {
            errors.Add(prefix + "RetryBaseDelayMilliseconds must be 0 or more and at most RetryMaxDelayMilliseconds.");
        }
        if (AttemptTimeoutMilliseconds < 10)
        {
            errors.Add(prefix + "AttemptTimeoutMilliseconds must be at least 10.");
        }
        if (CircuitBreakerFailureRatio is <= 0 or > 1)
        {
            errors.Add(prefix + "CircuitBreakerFailureRatio must be in (0, 1].");
        }
        if (CircuitBreakerMinimumThroughput < 2)
        {
            errors.Add(prefix + "CircuitBreakerMinimumThroughput must be at least 2.");
        }
        if (CircuitBreakerSamplingMilliseconds < 500 || CircuitBreakerBreakMilliseconds < 500)
        {
            errors.Add(prefix + "CircuitBreakerSamplingMilliseconds and CircuitBreakerBreakMilliseconds must be at least 500.");
        }
        return errors;
    }
}

/// <summary>Validates <see cref="Neo4jOptions"/> when they are bound through Microsoft.Extensions.Options.</summary>
public sealed class Neo4jOptionsValidator : IValidateOptions<Neo4jOptions>
{
    public ValidateOptionsResult Validate(string? name, Neo4jOptions options)
    {
        var errors = options.Validate();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
