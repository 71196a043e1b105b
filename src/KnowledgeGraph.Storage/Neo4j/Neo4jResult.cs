using System.Text.Json;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>A notification the server attached to an answer (a warning about the statement, a deprecation...).</summary>
public sealed record Neo4jNotification(string Code, string Severity, string Description);

/// <summary>What a statement returned: its fields, and one list of values (in field order) per row, and the server's notifications.</summary>
public sealed record Neo4jResult(
    IReadOnlyList<string> Fields,
    IReadOnlyList<IReadOnlyList<JsonElement>> Rows,
    IReadOnlyList<string> Bookmarks,
    IReadOnlyList<Neo4jNotification>? Notifications = null)
{
    public static Neo4jResult Empty { get; } = new([], [], []);

    /// <summary>The index of a field; throws when the statement did not return it.</summary>
    public int FieldIndex(string field)
    {
        for (var index = 0; index < Fields.Count; index++)
        {
            if (string.Equals(Fields[index], field, StringComparison.Ordinal))
            {
                return index;
            }
        }
        throw new KeyNotFoundException($"The result has no field '{field}' (fields: {string.Join(", ", Fields)}).");
    }

    /// <summary>The rows as field → value maps.</summary>
    public IEnumerable<Neo4jRecord> Records => Rows.Select(row => new Neo4jRecord(this, row));
}

/// <summary>One row of a <see cref="Neo4jResult"/>, read by field name.</summary>
public readonly struct Neo4jRecord
{
    private readonly Neo4jResult _result;
    private readonly IReadOnlyList<JsonElement> _values;

    public Neo4jRecord(Neo4jResult result, IReadOnlyList<JsonElement> values)
    {
        _result = result;
        _values = values;
    }

    public JsonElement this[string field] => _values[_result.FieldIndex(field)];

    public string? String(string field) => this[field] is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    public string RequiredString(string field) =>
        String(field) ?? throw new InvalidDataException($"Neo4j returned no string for '{field}'.");

    public int Int(string field) => (int)Long(field);

    public long Long(string field) => this[field] is { ValueKind: JsonValueKind.Number } value ? Integer(value) : 0;

    public double? Double(string field) => this[field] is { ValueKind: JsonValueKind.Number } value ? value.GetDouble() : null;

    public IReadOnlyList<string> Strings(string field) =>
        this[field] is { ValueKind: JsonValueKind.Array } array
            ? array.EnumerateArray().Select(item => item.GetString() ?? "").ToList()
            : [];

    public IReadOnlyList<int> Ints(string field) =>
        this[field] is { ValueKind: JsonValueKind.Array } array
            ? array.EnumerateArray().Select(item => (int)Integer(item)).ToList()
            : [];

    /// <summary>Plain JSON carries Cypher integers as numbers; accept one written as 12.0 too.</summary>
    private static long Integer(JsonElement value) => value.TryGetInt64(out var integer) ? integer : (long)value.GetDouble();
}
