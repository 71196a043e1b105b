using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Export.Cypher;

/// <summary>Cypher literals and names, written so that no value can end a string or a statement early.</summary>
internal static class CypherText
{
    // Words a property key cannot be written bare as in every position (n.end, {end: 1}); such keys are backquoted.
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "all", "and", "as", "asc", "ascending", "by", "call", "case", "contains", "create", "delete", "desc",
        "descending", "detach", "distinct", "else", "end", "ends", "exists", "false", "foreach", "from", "in",
        "is", "limit", "match", "merge", "not", "null", "on", "optional", "or", "order", "remove", "return",
        "set", "skip", "start", "starts", "then", "true", "union", "unwind", "when", "where", "with", "xor", "yield",
    };

    /// <summary>A property key or map key, backquoted when it is a keyword.</summary>
    public static string Name(string name) => Reserved.Contains(name) ? $"`{name}`" : name;

    public static void AppendValue(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string text:
                AppendString(builder, text);
                break;
            case int number:
                builder.Append(number.ToString(CultureInfo.InvariantCulture));
                break;
            case double number:
                builder.Append(Number(number));
                break;
            case IReadOnlyList<string> texts:
                AppendList(builder, texts, AppendString);
                break;
            case IReadOnlyList<int> numbers:
                AppendList(builder, numbers, (b, number) => b.Append(number.ToString(CultureInfo.InvariantCulture)));
                break;
            case KnowledgeGraph.Model.GeoPoint point:
                builder.Append("point({latitude: ").Append(Number(point.Latitude))
                    .Append(", longitude: ").Append(Number(point.Longitude)).Append("})");
                break;
            default:
                throw new ArgumentException($"No Cypher literal for a {value.GetType().Name}.", nameof(value));
        }
    }

    /// <summary>A float literal: round-trip digits, always with a decimal point or exponent.</summary>
    public static string Number(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') ? text : text + ".0";
    }

    /// <summary>
    /// A single-quoted string: backslash and quote escaped, and every control, line or paragraph
    /// separator and lone surrogate written as an escape, so a literal never spans lines.
    /// </summary>
    public static void AppendString(StringBuilder builder, string text)
    {
        builder.Append('\'');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\': builder.Append(@"\\"); break;
                case '\'': builder.Append(@"\'"); break;
                case '\n': builder.Append(@"\n"); break;
                case '\r': builder.Append(@"\r"); break;
                case '\t': builder.Append(@"\t"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[++i]);
                    }
                    else if (char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\uFEFF')
                    {
                        builder.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }
                    break;
            }
        }
        builder.Append('\'');
    }

    public static string String(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        AppendString(builder, text);
        return builder.ToString();
    }

    private static void AppendList<T>(StringBuilder builder, IReadOnlyList<T> items, Action<StringBuilder, T> append)
    {
        builder.Append('[');
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }
            append(builder, items[i]);
        }
        builder.Append(']');
    }
}
