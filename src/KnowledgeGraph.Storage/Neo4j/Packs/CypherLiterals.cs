using System.Globalization;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Storage.Neo4j.Packs;

/// <summary>The few Cypher literals pack headers use for example values: strings, integers, floats, booleans, null.</summary>
public static class CypherLiterals
{
    /// <summary>Reads a literal: "text" (JSON string escapes), 12, -1.5, true, false, null.</summary>
    public static bool TryParse(string text, out object? value)
    {
        value = null;
        text = text.Trim();
        if (text.Length >= 2 && text[0] == '"' && text[^1] == '"')
        {
            try
            {
                value = JsonSerializer.Deserialize<string>(text);
                return true;
            }
            catch (JsonException)
            {
                return false;
            }
        }
        switch (text)
        {
            case "null":
                return true;
            case "true":
                value = true;
                return true;
            case "false":
                value = false;
                return true;
        }
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            value = integer;
            return true;
        }
        if (double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            value = number;
            return true;
        }
        return false;
    }

    public static string Format(object? value) => value switch
    {
        null => "null",
        bool flag => flag ? "true" : "false",
        long integer => integer.ToString(CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        string text => Quote(text),
        _ => throw new ArgumentException($"Not a pack literal: {value.GetType().Name}.", nameof(value)),
    };

    /// <summary>A Cypher string literal in double quotes.</summary>
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var character in text)
        {
            builder.Append(character switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => character.ToString(),
            });
        }
        return builder.Append('"').ToString();
    }
}
