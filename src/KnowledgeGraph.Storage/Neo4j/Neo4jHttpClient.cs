using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// <see cref="INeo4jClient"/> over Neo4j's HTTP Query API v2, as documented at
/// https://neo4j.com/docs/query-api/current/ (pages "Query the database", "Run transactions",
/// "Authorize requests", "Result formats"):
/// <list type="bullet">
/// <item>implicit transaction: POST /db/{db}/query/v2 with {"statement","parameters"};</item>
/// <item>explicit: POST /db/{db}/query/v2/tx (may carry the first statement) answers transaction.id and a
/// neo4j-cluster-affinity header, which every later request of the transaction replays; POST .../tx/{id} runs a
/// statement, POST .../tx/{id}/commit commits, DELETE .../tx/{id} rolls back;</item>
/// <item>basic authentication (RFC 7617, UTF-8); plain JSON results {"data":{"fields","values"}};
/// errors {"errors":[{"code","message"}]}, with 202 or an error status (401 for authentication).</item>
/// </list>
/// Does not retry: <see cref="Neo4jResilience"/> retries whole units of work.
/// </summary>
public sealed class Neo4jHttpClient : INeo4jClient
{
    public const string ClusterAffinityHeader = "neo4j-cluster-affinity";

    private readonly HttpClient _http;
    private readonly bool _ownsHttpClient;
    private readonly AuthenticationHeaderValue _authorization;
    private readonly Uri _queryUri;
    private readonly string _transactionBase;
    private readonly int _requestTimeoutSeconds;
    private readonly Neo4jErrors _errors;
    private readonly ILogger _logger;

    public Neo4jHttpClient(HttpClient http, Neo4jOptions options, ILogger<Neo4jHttpClient>? logger = null, bool ownsHttpClient = false)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        options.EnsureValid();
        _http = http;
        _ownsHttpClient = ownsHttpClient;
        _logger = logger ?? NullLogger<Neo4jHttpClient>.Instance;
        _requestTimeoutSeconds = options.RequestTimeoutSeconds;

        var server = options.Uri.TrimEnd('/');
        var database = Uri.EscapeDataString(options.Database);
        _queryUri = new Uri($"{server}/db/{database}/query/v2");
        _transactionBase = $"{server}/db/{database}/query/v2/tx";
        Description = $"{server} db {options.Database}";
        _authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
        _errors = new Neo4jErrors(Description, options.User, options.Password);
    }

    /// <summary>A client with its own HttpClient (disposed with it).</summary>
    public static Neo4jHttpClient Create(Neo4jOptions options, ILogger<Neo4jHttpClient>? logger = null) =>
        new(new HttpClient { Timeout = Timeout.InfiniteTimeSpan }, options, logger, ownsHttpClient: true);

    public string Description { get; }

    public Neo4jCounters Counters { get; } = new();

    internal Uri BeginUri => new(_transactionBase);

    internal Uri TransactionUri(string id) => new($"{_transactionBase}/{Uri.EscapeDataString(id)}");

    internal Uri CommitUri(string id) => new($"{_transactionBase}/{Uri.EscapeDataString(id)}/commit");

    public async Task<Neo4jResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        Counters.AddStatement();
        var exchange = await SendAsync(HttpMethod.Post, _queryUri, QueryApiJson.Request(statement, parameters), null, cancellationToken).ConfigureAwait(false);
        return exchange.Result;
    }

    /// <summary>
    /// Cleaning up after an abandoned transaction must not fail for the short timeout that made it abandoned: these
    /// requests wait at least <see cref="CleanupTimeout"/>.
    /// </summary>
    internal async Task<Neo4jResult> RunCleanupAsync(string statement, IReadOnlyDictionary<string, object?> parameters)
    {
        Counters.AddStatement();
        var exchange = await SendAsync(HttpMethod.Post, _queryUri, QueryApiJson.Request(statement, parameters), null, CancellationToken.None, CleanupTimeout).ConfigureAwait(false);
        return exchange.Result;
    }

    internal TimeSpan CleanupTimeout => TimeSpan.FromSeconds(Math.Max(_requestTimeoutSeconds, 15));

    /// <summary>The transaction opens on the server with its first statement, which saves a request.</summary>
    public Task<INeo4jTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default) => BeginTransactionAsync(null, cancellationToken);

    public Task<INeo4jTransaction> BeginTransactionAsync(IReadOnlyDictionary<string, object?>? metadata, CancellationToken cancellationToken = default) =>
        Task.FromResult<INeo4jTransaction>(new Neo4jHttpTransaction(this, metadata, _logger));

    /// <summary>One request and its answer: the result, and the transaction it opened or continued.</summary>
    internal sealed record Exchange(Neo4jResult Result, string? TransactionId, string? Affinity);

    internal async Task<Exchange> SendAsync(HttpMethod method, Uri uri, byte[]? body, string? affinity, CancellationToken cancellationToken, TimeSpan? timeLimit = null)
    {
        var limit = timeLimit ?? TimeSpan.FromSeconds(_requestTimeoutSeconds);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.Authorization = _authorization;
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(ClusterAffinityHeader, affinity);
        }
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        Counters.AddRequest();
        _logger.LogDebug("Neo4j {Method} {Uri} ({Bytes} bytes)", method, uri, body?.Length ?? 0);
        HttpResponseMessage response;
        string text;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
            text = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Our own deadline (or HttpClient.Timeout), not the caller's cancellation.
            throw _errors.TimedOut((int)Math.Ceiling(limit.TotalSeconds));
        }
        catch (HttpRequestException exception)
        {
            throw _errors.Unreachable(exception);
        }
        catch (IOException exception)
        {
            throw _errors.Unreachable(exception);
        }

        using (response)
        {
            var answer = QueryApiJson.Parse(text);
            if (answer is { Errors.Count: > 0 })
            {
                throw _errors.FromErrors(response.StatusCode, answer.Errors);
            }
            if (!response.IsSuccessStatusCode)
            {
                throw _errors.FromStatus(response.StatusCode);
            }
            if (answer is null && text.Trim().Length > 0)
            {
                throw _errors.Unexpected(response.StatusCode, "a body that is not the Query API's JSON");
            }
            var echoedAffinity = response.Headers.TryGetValues(ClusterAffinityHeader, out var values) ? values.FirstOrDefault() : null;
            return new Exchange(answer?.Result ?? Neo4jResult.Empty, answer?.TransactionId, echoedAffinity);
        }
    }

    public ValueTask DisposeAsync()
    {
        if (_ownsHttpClient)
        {
            _http.Dispose();
        }
        return ValueTask.CompletedTask;
    }
}
