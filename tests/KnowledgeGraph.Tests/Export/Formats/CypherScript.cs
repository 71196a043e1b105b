using KnowledgeGraph.Model;
using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Tests.Export.Formats;

/// <summary>
/// One statement of a script: its text (comments removed), its skeleton (the text with every
/// string literal emptied, for looking at names and clauses) and its string literals, decoded.
/// </summary>
internal sealed record CypherStatement(string Text, string Skeleton, IReadOnlyList<string> Strings)
{
    /// <summary>The rows of the statement's <c>UNWIND [...] AS row</c>, read by <see cref="CypherLiteral"/>.</summary>
    public List<Dictionary<string, object?>> Rows()
    {
        Assert.StartsWith("UNWIND [", Text, StringComparison.Ordinal);
        var position = "UNWIND ".Length;
        var list = Assert.IsType<List<object?>>(CypherLiteral.Read(Text, ref position));
        Assert.StartsWith(" AS row\n", Text[position..], StringComparison.Ordinal);
        return list.Select(item => Assert.IsType<Dictionary<string, object?>>(item)).ToList();
    }
}

/// <summary>
/// Splits a Cypher script into statements the way cypher-shell does (';' outside literals and
/// comments), failing on anything unbalanced: brackets per statement, an unterminated literal,
/// an escape Cypher does not define, a raw line break inside a string.
/// </summary>
internal static class CypherScript
{
    public static List<CypherStatement> Parse(string script)
    {
        var statements = new List<CypherStatement>();
        var text = new StringBuilder();
        var skeleton = new StringBuilder();
        var strings = new List<string>();
        var brackets = new Stack<char>();
        var i = 0;
        while (i < script.Length)
        {
            var c = script[i];
            if (c == '/' && i + 1 < script.Length && script[i + 1] == '/')
            {
                while (i < script.Length && script[i] != '\n')
                {
                    i++;
                }
                continue;
            }
            if (c is '\'' or '"')
            {
                var start = i;
                strings.Add(CypherLiteral.ReadString(script, ref i));
                text.Append(script, start, i - start);
                skeleton.Append("''");
                continue;
            }
            if (c == '`')
            {
                var end = script.IndexOf('`', i + 1);
                Assert.True(end > i, $"Unterminated backquoted name at {i}.");
                text.Append(script, i, end + 1 - i);
                skeleton.Append(script, i, end + 1 - i);
                i = end + 1;
                continue;
            }
            if (c is '(' or '[' or '{')
            {
                brackets.Push(c);
            }
            else if (c is ')' or ']' or '}')
            {
                Assert.True(brackets.Count > 0, $"'{c}' closes nothing at {i}.");
                var open = brackets.Pop();
                Assert.Equal(open switch { '(' => ')', '[' => ']', _ => '}' }, c);
            }
            if (c == ';')
            {
                Assert.True(brackets.Count == 0, $"Statement ends inside brackets at {i}: {text}");
                statements.Add(new CypherStatement(text.ToString().Trim(), skeleton.ToString().Trim(), strings.ToList()));
                text.Clear();
                skeleton.Clear();
                strings.Clear();
                i++;
                continue;
            }
            text.Append(c);
            skeleton.Append(c);
            i++;
        }
        Assert.True(text.ToString().Trim().Length == 0, "The script ends with a statement without ';'.");
        return statements;
    }
}

/// <summary>A reader of Cypher literals: strings, integers, null, booleans, lists and maps.</summary>
internal static class CypherLiteral
{
    public static object? Read(string text, ref int i)
    {
        SkipSpace(text, ref i);
        var c = text[i];
        if (c is '\'' or '"')
        {
            return ReadString(text, ref i);
        }
        if (c == '[')
        {
            var list = new List<object?>();
            i++;
            SkipSpace(text, ref i);
            if (text[i] == ']')
            {
                i++;
                return list;
            }
            while (true)
            {
                list.Add(Read(text, ref i));
                SkipSpace(text, ref i);
                if (text[i++] == ']')
                {
                    return list;
                }
                Assert.Equal(',', text[i - 1]);
            }
        }
        if (c == '{')
        {
            var map = new Dictionary<string, object?>(StringComparer.Ordinal);
            i++;
            while (true)
            {
                SkipSpace(text, ref i);
                var key = ReadName(text, ref i);
                SkipSpace(text, ref i);
                Assert.Equal(':', text[i++]);
                Assert.True(map.TryAdd(key, Read(text, ref i)), $"Key '{key}' twice in a map.");
                SkipSpace(text, ref i);
                if (text[i++] == '}')
                {
                    return map;
                }
                Assert.Equal(',', text[i - 1]);
            }
        }
        if (c == '-' || char.IsAsciiDigit(c))
        {
            var start = i++;
            while (char.IsAsciiDigit(text[i]) || text[i] is '.' or 'E' or 'e' || text[i] == '-' && text[i - 1] is 'E' or 'e')
            {
                i++;
            }
            var number = text[start..i];
            return number.Any(ch => ch is '.' or 'E' or 'e')
                ? double.Parse(number, CultureInfo.InvariantCulture)
                : (object)long.Parse(number, CultureInfo.InvariantCulture);
        }
        var word = ReadName(text, ref i);
        if (word == "point")
        {
            // point({latitude: 1.5, longitude: 2.5}): the one function call a value may be.
            Assert.Equal('(', text[i++]);
            var map = Assert.IsType<Dictionary<string, object?>>(Read(text, ref i));
            Assert.Equal(')', text[i++]);
            Assert.Equal(["latitude", "longitude"], map.Keys.Order());
            return new GeoPoint(Assert.IsType<double>(map["latitude"]), Assert.IsType<double>(map["longitude"]));
        }
        return word switch
        {
            "null" => null,
            "true" => true,
            "false" => false,
            _ => throw new Xunit.Sdk.XunitException($"Not a literal: '{word}'."),
        };
    }

    /// <summary>A quoted string from its opening quote, with Cypher's escapes decoded; i ends after the closing quote.</summary>
    public static string ReadString(string text, ref int i)
    {
        var quote = text[i++];
        var value = new StringBuilder();
        while (true)
        {
            Assert.True(i < text.Length, "Unterminated string literal.");
            var c = text[i++];
            if (c == quote)
            {
                return value.ToString();
            }
            Assert.False(c is '\n' or '\r', "A raw line break inside a string literal.");
            if (c != '\\')
            {
                value.Append(c);
                continue;
            }
            var escape = text[i++];
            switch (escape)
            {
                case '\\': value.Append('\\'); break;
                case '\'': value.Append('\''); break;
                case '"': value.Append('"'); break;
                case 'n': value.Append('\n'); break;
                case 'r': value.Append('\r'); break;
                case 't': value.Append('\t'); break;
                case 'b': value.Append('\b'); break;
                case 'f': value.Append('\f'); break;
                case 'u':
                    value.Append((char)int.Parse(text.AsSpan(i, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default:
                    throw new Xunit.Sdk.XunitException($"'\\{escape}' is not a Cypher escape.");
            }
        }
    }

    private static string ReadName(string text, ref int i)
    {
        if (text[i] == '`')
        {
            var end = text.IndexOf('`', i + 1);
            var name = text[(i + 1)..end];
            i = end + 1;
            return name;
        }
        var start = i;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
        {
            i++;
        }
        Assert.True(i > start, $"A name was expected at {start}.");
        return text[start..i];
    }

    private static void SkipSpace(string text, ref int i)
    {
        while (char.IsWhiteSpace(text[i]))
        {
            i++;
        }
    }
}
