using System.Collections;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// Request and response bodies of the Query API in its default plain JSON format
/// (https://neo4j.com/docs/query-api/current/query/ and .../result-formats/): requests are
/// {"statement", "parameters"}; answers {"data":{"fields","values"},"bookmarks","transaction":{"id","expires"}}
/// or {"errors":[{"code","message"}]}.
/// </summary>
internal static class QueryApiJson
{
    /// <summary>The body of a commit: an empty JSON object (no final statement).</summary>
    public static byte[] EmptyObject { get; } = "{}"u8.ToArray();

    // Non-ASCII text as UTF-8 rather than \uXXXX escapes: Arabic takes a third of the bytes, and the server reads a
    // request body a byte at a time. Only JSON's own specials and control characters are escaped (the body is no HTML).
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Request(string statement, IReadOnlyDictionary<string, object?>? parameters)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartObject();
            // "statement" first: servers before 2026.08 needed the fields in this order (Query API changelog).
            writer.WriteString("statement", statement);
            if (parameters is { Count: > 0 })
            {
                writer.WritePropertyName("parameters");
                WriteMap(writer, parameters);
            }
            writer.WriteEndObject();
        }
        return stream.ToArray();
    }

    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case double number:
                writer.WriteNumberValue(number);
                break;
            case DateOnly date:
                writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case IReadOnlyDictionary<string, object?> map:
                WriteMap(writer, map);
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }
                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"A Neo4j parameter cannot be a {value.GetType().Name}.", nameof(value));
        }
    }

    private static void WriteMap(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> map)
    {
        writer.WriteStartObject();
        foreach (var (key, item) in map)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, item);
        }
        writer.WriteEndObject();
    }

    /// <summary>One error of an "errors" list.</summary>
    public readonly record struct Error(string Code, string Message);

    /// <summary>A parsed answer: errors, or data with the transaction it belongs to.</summary>
    public sealed record Answer(IReadOnlyList<Error> Errors, Neo4jResult Result, string? TransactionId);

    // The plan EXPLAIN or PROFILE returns nests one level per operator: deeper than the default 64 for a long statement.
    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 4096 };

    /// <summary>Parses a body; null when it is empty or not JSON (the status code then tells what happened).</summary>
    public static Answer? Parse(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body, ParseOptions);
            // Values outlive the document: clone them out of it.
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var errors = new List<Error>();
        if (root.TryGetProperty("errors", out var errorList) && errorList.ValueKind == JsonValueKind.Array)
        {
            foreach (var error in errorList.EnumerateArray())
            {
                // Some server versions name the code "error" (Neo4j Labs' Query API wrapper reads both).
                errors.Add(new Error(StringOf(error, "code") ?? StringOf(error, "error") ?? "", StringOf(error, "message") ?? ""));
            }
        }

        var fields = new List<string>();
        var rows = new List<IReadOnlyList<JsonElement>>();
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            if (data.TryGetProperty("fields", out var fieldList) && fieldList.ValueKind == JsonValueKind.Array)
            {
                fields.AddRange(fieldList.EnumerateArray().Select(field => field.GetString() ?? ""));
            }
            if (data.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array)
            {
                foreach (var row in values.EnumerateArray())
                {
                    rows.Add(row.ValueKind == JsonValueKind.Array ? row.EnumerateArray().ToList() : [row]);
                }
            }
        }

        var bookmarks = root.TryGetProperty("bookmarks", out var bookmarkList) && bookmarkList.ValueKind == JsonValueKind.Array
            ? bookmarkList.EnumerateArray().Select(bookmark => bookmark.GetString() ?? "").ToList()
            : [];

        var notifications = root.TryGetProperty("notifications", out var notificationList) && notificationList.ValueKind == JsonValueKind.Array
            ? notificationList.EnumerateArray()
                .Where(item => item.ValueKind == JsonValueKind.Object)
                .Select(item => new Neo4jNotification(StringOf(item, "code") ?? "", StringOf(item, "severity") ?? "", StringOf(item, "description") ?? ""))
                .ToList()
            : [];

        string? transactionId = null;
        if (root.TryGetProperty("transaction", out var transaction) && transaction.ValueKind == JsonValueKind.Object)
        {
            transactionId = StringOf(transaction, "id");
        }

        return new Answer(errors, new Neo4jResult(fields, rows, bookmarks, notifications), transactionId);
    }

    private static string? StringOf(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
