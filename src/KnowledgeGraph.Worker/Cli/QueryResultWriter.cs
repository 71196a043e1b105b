using System.Globalization;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Storage.Neo4j;

namespace KnowledgeGraph.Worker.Cli;

/// <summary>
/// Prints a query result as an aligned text table, JSON (one object per row, values as Neo4j returned
/// them) or CSV (RFC 4180). Table and CSV cells show nodes by name, relationships by type and paths as
/// chains; lists are joined with "; ".
/// </summary>
public static class QueryResultWriter
{
    public static IReadOnlyList<string> Formats { get; } = ["table", "json", "csv"];

    /// <summary>Table cells longer than this are cut (JSON and CSV keep everything).</summary>
    public const int MaxCellWidth = 70;

    public static void Write(Neo4jResult result, string format, TextWriter output)
    {
        switch (format)
        {
            case "json":
                WriteJson(result, output);
                break;
            case "csv":
                WriteCsv(result, output);
                break;
            default:
                WriteTable(result, output);
                break;
        }
    }

    public static void WriteTable(Neo4jResult result, TextWriter output)
    {
        var rows = result.Rows.Select(row => row.Select(value => Cut(Cell(value))).ToList()).ToList();
        var widths = result.Fields.Select((field, column) => Math.Max(Width(field), rows.Count == 0 ? 0 : rows.Max(row => Width(row[column])))).ToList();
        output.WriteLine(Line(result.Fields, widths));
        output.WriteLine(string.Join("  ", widths.Select(width => new string('-', width))));
        foreach (var row in rows)
        {
            output.WriteLine(Line(row, widths));
        }
        output.WriteLine(rows.Count == 1 ? "(1 row)" : $"({rows.Count} rows)");
    }

    public static void WriteJson(Neo4jResult result, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartArray();
            foreach (var row in result.Rows)
            {
                writer.WriteStartObject();
                for (var column = 0; column < result.Fields.Count; column++)
                {
                    writer.WritePropertyName(result.Fields[column]);
                    row[column].WriteTo(writer);
                }
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    public static void WriteCsv(Neo4jResult result, TextWriter output)
    {
        output.Write(string.Join(',', result.Fields.Select(Csv)) + "\r\n");
        foreach (var row in result.Rows)
        {
            output.Write(string.Join(',', row.Select(value => Csv(Cell(value)))) + "\r\n");
        }
    }

    /// <summary>A value as text: scalars as they are, nodes by name, relationships by type, paths as chains.</summary>
    public static string Cell(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Array when IsPath(value) => Path(value),
        JsonValueKind.Array => string.Join("; ", value.EnumerateArray().Select(Cell)),
        JsonValueKind.Object when IsNode(value) => $"({NodeName(value)})",
        JsonValueKind.Object when IsRelationship(value) => $"[:{value.GetProperty("type").GetString()}]",
        _ => value.GetRawText(),
    };

    private static bool IsNode(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object && value.TryGetProperty("elementId", out _) && value.TryGetProperty("labels", out _);

    private static bool IsRelationship(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object && value.TryGetProperty("startNodeElementId", out _) && value.TryGetProperty("type", out _);

    /// <summary>Plain JSON gives a path as its nodes and relationships, alternating, starting with a node.</summary>
    private static bool IsPath(JsonElement value)
    {
        var items = value.EnumerateArray().ToList();
        return items.Count >= 3 && items.Count % 2 == 1
               && items.Select((item, index) => index % 2 == 0 ? IsNode(item) : IsRelationship(item)).All(matches => matches);
    }

    private static string Path(JsonElement value)
    {
        var items = value.EnumerateArray().ToList();
        var builder = new StringBuilder($"({NodeName(items[0])})");
        for (var index = 1; index < items.Count; index += 2)
        {
            var relationship = items[index];
            var previous = items[index - 1].GetProperty("elementId").GetString();
            var forward = relationship.GetProperty("startNodeElementId").GetString() == previous;
            var type = relationship.GetProperty("type").GetString();
            builder.Append(forward ? $"-[:{type}]->" : $"<-[:{type}]-").Append($"({NodeName(items[index + 1])})");
        }
        return builder.ToString();
    }

    private static string NodeName(JsonElement node)
    {
        var properties = node.TryGetProperty("properties", out var found) ? found : default;
        foreach (var key in new[] { "name", "nameAr", "id", "key" })
        {
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(key, out var text) && text.ValueKind == JsonValueKind.String
                && text.GetString() is { Length: > 0 } name)
            {
                return name;
            }
        }
        return node.TryGetProperty("labels", out var labels) ? ":" + string.Join(':', labels.EnumerateArray().Select(label => label.GetString())) : "";
    }

    private static string Cut(string text)
    {
        text = text.ReplaceLineEndings(" ");
        return new StringInfo(text).LengthInTextElements <= MaxCellWidth ? text : new StringInfo(text).SubstringByTextElements(0, MaxCellWidth - 1) + "…";
    }

    private static int Width(string text) => new StringInfo(text).LengthInTextElements;

    private static string Line(IReadOnlyList<string> cells, IReadOnlyList<int> widths) =>
        string.Join("  ", cells.Select((cell, column) => cell + new string(' ', widths[column] - Width(cell)))).TrimEnd();

    private static string Csv(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
}
