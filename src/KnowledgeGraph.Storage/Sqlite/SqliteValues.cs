using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Model;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>How model values are written to and read from columns.</summary>
internal static class SqliteValues
{
    private const string DateFormat = "yyyy-MM-dd";

    // Arabic stays readable in the file (sqlite3 CLI, json_each) instead of \uXXXX escapes.
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static object OrNull(string? value) => value is null ? DBNull.Value : value;

    public static object OrNull(double? value) => value is { } number ? number : DBNull.Value;

    public static EntityLinks ReadLinks(SqliteDataReader reader, int first) => new()
    {
        NameSource = NameSources.Parse(ReadString(reader, first)),
        Wikidata = ReadString(reader, first + 1),
        GeoNames = ReadString(reader, first + 2),
        Point = reader.IsDBNull(first + 3) || reader.IsDBNull(first + 4) ? null : new GeoPoint(reader.GetDouble(first + 3), reader.GetDouble(first + 4)),
        Country = ReadString(reader, first + 5),
    };

    public static object Date(DateOnly? date) =>
        date is { } value ? value.ToString(DateFormat, CultureInfo.InvariantCulture) : DBNull.Value;

    public static DateOnly? ReadDate(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateOnly.ParseExact(reader.GetString(ordinal), DateFormat, CultureInfo.InvariantCulture);

    public static string? ReadString(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static string Aliases(IEnumerable<string> aliases)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, JsonOptions))
        {
            writer.WriteStartArray();
            foreach (var alias in aliases)
            {
                writer.WriteStringValue(alias);
            }
            writer.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    public static void ReadAliases(string json, List<string> into)
    {
        using var document = JsonDocument.Parse(json);
        foreach (var alias in document.RootElement.EnumerateArray())
        {
            into.Add(alias.GetString() ?? string.Empty);
        }
    }
}
