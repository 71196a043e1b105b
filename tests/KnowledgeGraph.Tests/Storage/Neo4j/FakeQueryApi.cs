using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Tests.Storage.Neo4j;

/// <summary>A request the fake server received.</summary>
public sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;

    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();

    /// <summary>The statement, without the tx.setMetaData call a transaction's first statement carries.</summary>
    public string? Statement => Body.Length > 0 && Json.TryGetProperty("statement", out var statement) ? WithoutMetadata(statement.GetString()) : null;

    /// <summary>Whether the statement opened a transaction carrying its metadata.</summary>
    public bool CarriesMetadata => Body.Length > 0 && Json.TryGetProperty("statement", out var statement)
        && statement.GetString()!.StartsWith(MetadataCall, StringComparison.Ordinal);

    private const string MetadataCall = "CALL tx.setMetaData($kgTransactionMetadata) ";

    private static string? WithoutMetadata(string? statement) =>
        statement is not null && statement.StartsWith(MetadataCall, StringComparison.Ordinal) ? statement[MetadataCall.Length..] : statement;

    public JsonElement? Parameters => Body.Length > 0 && Json.TryGetProperty("parameters", out var parameters) ? parameters : null;

    public override string ToString() => $"{Method} {Path} {Body}";
}

/// <summary>What the fake server answers.</summary>
public sealed record FakeResponse(int Status, string? Body, IReadOnlyDictionary<string, string>? Headers = null, TimeSpan Delay = default)
{
    public const string Affinity = "MTAuOC41Ljc6MTc0NzQ=";

    /// <summary>A result as the Query API shows it: 202, {"data":{"fields","values"},"bookmarks"}.</summary>
    public static FakeResponse Data(string[] fields, params object?[][] rows) => new(202, DataBody(fields, rows, null));

    /// <summary>The answer that opens or continues a transaction: transaction id, expiry and the affinity header.</summary>
    public static FakeResponse Transaction(string id, string[] fields, params object?[][] rows) =>
        new(202, DataBody(fields, rows, id), new Dictionary<string, string> { ["neo4j-cluster-affinity"] = Affinity });

    public static FakeResponse Committed() =>
        new(202, """{"bookmarks":["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ"]}""", new Dictionary<string, string> { ["neo4j-cluster-affinity"] = Affinity });

    public static FakeResponse Error(int status, string code, string message) =>
        new(status, new JsonObject { ["errors"] = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message }) }.ToJsonString());

    private static string DataBody(string[] fields, object?[][] rows, string? transactionId)
    {
        var body = new JsonObject
        {
            ["data"] = new JsonObject
            {
                ["fields"] = new JsonArray(fields.Select(field => (JsonNode?)JsonValue.Create(field)).ToArray()),
                ["values"] = new JsonArray(rows.Select(row => (JsonNode?)JsonSerializer.SerializeToNode(row)).ToArray()),
            },
            ["bookmarks"] = new JsonArray((JsonNode?)JsonValue.Create("FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ")),
        };
        if (transactionId is not null)
        {
            body["transaction"] = new JsonObject { ["id"] = transactionId, ["expires"] = "2024-10-22T15:48:29Z" };
        }
        return body.ToJsonString();
    }
}

/// <summary>
/// A stand-in for Neo4j's Query API on 127.0.0.1 (a free port), answering as
/// https://neo4j.com/docs/query-api/current/ shows, or as a test scripts it. Records every request.
/// </summary>
public sealed class FakeQueryApi : IAsyncDisposable
{
    public const string Database = "neo4j";
    public const string QueryPath = "/db/neo4j/query/v2";
    public const string TransactionPath = "/db/neo4j/query/v2/tx";

    private readonly HttpListener _listener;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;

    private FakeQueryApi(HttpListener listener, Uri uri, Func<RecordedRequest, FakeResponse> handler)
    {
        _listener = listener;
        Uri = uri;
        Handler = handler;
        _loop = Task.Run(LoopAsync);
    }

    public Uri Uri { get; }

    public Func<RecordedRequest, FakeResponse> Handler { get; set; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public static FakeQueryApi Start(Func<RecordedRequest, FakeResponse>? handler = null)
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return new FakeQueryApi(listener, new Uri($"http://127.0.0.1:{port}"), handler ?? Emulate);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    /// <summary>A port nothing listens on (to be refused).</summary>
    public static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    /// <summary>The documented happy path: every statement answers one row, transactions are "tx1".</summary>
    public static FakeResponse Emulate(RecordedRequest request) => request switch
    {
        { Method: "POST", Path: QueryPath } => FakeResponse.Data(["n"], [1]),
        { Method: "POST", Path: TransactionPath } => FakeResponse.Transaction("tx1", ["n"], [1]),
        { Method: "POST", Path: TransactionPath + "/tx1" } => FakeResponse.Transaction("tx1", ["n"], [2]),
        { Method: "POST", Path: TransactionPath + "/tx1/commit" } => FakeResponse.Committed(),
        { Method: "DELETE", Path: TransactionPath + "/tx1" } => new FakeResponse(202, "{}", new Dictionary<string, string> { ["neo4j-cluster-affinity"] = FakeResponse.Affinity }),
        _ => FakeResponse.Error(404, "Neo.ClientError.Request.Invalid", "Not found: " + request.Path),
    };

    private async Task LoopAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        try
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync().ConfigureAwait(false);
            var headers = context.Request.Headers.AllKeys.OfType<string>()
                .ToDictionary(key => key.ToLowerInvariant(), key => context.Request.Headers[key] ?? "");
            var request = new RecordedRequest(context.Request.HttpMethod, context.Request.Url?.AbsolutePath ?? "", headers, body);
            Requests.Enqueue(request);
            var response = Handler(request);
            if (response.Delay > TimeSpan.Zero)
            {
                await Task.Delay(response.Delay, _stopping.Token).ConfigureAwait(false);
            }
            context.Response.StatusCode = response.Status;
            foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
            {
                context.Response.Headers[name] = value;
            }
            var bytes = Encoding.UTF8.GetBytes(response.Body ?? "");
            if (response.Body is not null)
            {
                context.Response.ContentType = "application/json";
            }
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
            context.Response.Close();
        }
        catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or OperationCanceledException or IOException or InvalidOperationException)
        {
            // The client gave up (a timeout test) or the server is stopping.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        _listener.Close();
        await _loop.ConfigureAwait(false);
        _stopping.Dispose();
    }
}
