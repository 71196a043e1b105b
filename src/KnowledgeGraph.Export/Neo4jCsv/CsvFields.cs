using System.Globalization;
using System.Text;
using KnowledgeGraph.Export.Cypher;

namespace KnowledgeGraph.Export.Neo4jCsv;

/// <summary>
/// Fields of neo4j-admin import CSV (RFC 4180): every string is quoted, a quote inside doubled;
/// numbers are bare; an absent value is an empty, unquoted field, which the importer leaves
/// out, while <c>""</c> is an empty string. An empty list is absent too: the importer cannot
/// import an empty array from CSV.
/// </summary>
internal static class CsvFields
{
    public const char Delimiter = ',';

    public static string Quoted(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        AppendQuoted(builder, text);
        return builder.ToString();
    }

    public static void AppendQuoted(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            builder.Append(c == '"' ? "\"\"" : c);
        }
        builder.Append('"');
    }

    /// <summary>A property value of the given type; lists joined with the array delimiter.</summary>
    public static void AppendValue(StringBuilder builder, Neo4jType type, object? value, char arrayDelimiter)
    {
        switch (type, value)
        {
            case (_, null):
            case (Neo4jType.StringList, IReadOnlyList<string> { Count: 0 }):
            case (Neo4jType.IntList, IReadOnlyList<int> { Count: 0 }):
                break;
            case (Neo4jType.String, string text):
                AppendQuoted(builder, text);
                break;
            case (Neo4jType.Int, int number):
                builder.Append(number.ToString(CultureInfo.InvariantCulture));
                break;
            case (Neo4jType.Float, double number):
                builder.Append(CypherText.Number(number));
                break;
            case (Neo4jType.StringList, IReadOnlyList<string> texts):
                AppendQuoted(builder, string.Join(arrayDelimiter, texts));
                break;
            case (Neo4jType.IntList, IReadOnlyList<int> numbers):
                builder.Append(string.Join(arrayDelimiter, numbers.Select(number => number.ToString(CultureInfo.InvariantCulture))));
                break;
            case (Neo4jType.Point, KnowledgeGraph.Model.GeoPoint point):
                // The importer's point syntax, a map in a quoted field (its commas are inside the quotes).
                AppendQuoted(builder, $"{{latitude:{CypherText.Number(point.Latitude)}, longitude:{CypherText.Number(point.Longitude)}}}");
                break;
            default:
                throw new ArgumentException($"A {value.GetType().Name} is not a {type} value.", nameof(value));
        }
    }

    /// <summary>The header type suffix: strings are the importer's default and carry none.</summary>
    public static string TypeSuffix(Neo4jType type) => type switch
    {
        Neo4jType.Int => ":int",
        Neo4jType.Float => ":double",
        Neo4jType.StringList => ":string[]",
        Neo4jType.IntList => ":int[]",
        Neo4jType.Point => ":point",
        _ => "",
    };
}
