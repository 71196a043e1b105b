using System.Globalization;
using System.Text;
using KnowledgeGraph.Extraction.LanguageData;

namespace KnowledgeGraph.Extraction.Text;

/// <summary>
/// Per-character replacement table for matching normalisation, built from Data/text/charmap.tsv
/// (which also lists the NFKC foldings of the Arabic presentation forms) plus one rule cheaper
/// in code than as rows: ASCII letters fold to lower case.
/// </summary>
public sealed class CharacterMap
{
    public const string DataFile = "text/charmap.tsv";

    // null: keep the character; "": delete it; otherwise replace it with the string.
    private readonly string?[] _table = new string?[char.MaxValue + 1];

    private CharacterMap()
    {
    }

    public static CharacterMap Load(IDataSource source)
    {
        var map = new CharacterMap();
        map.AddComputedRules();
        foreach (var row in DataFiles.ReadTable(source, DataFile).Rows)
        {
            var (first, last) = ParseRange(row.Required("from"), row.Where);
            var replacement = ParseReplacement(row["to"], row.Where);
            for (var c = first; c <= last; c++)
            {
                map._table[c] = replacement;
            }
        }
        return map;
    }

    /// <summary>The replacement for a character: null to keep it, "" to delete it.</summary>
    public string? this[char c] => _table[c];

    private void AddComputedRules()
    {
        for (var c = 'A'; c <= 'Z'; c++)
        {
            _table[c] = ((char)(c + 32)).ToString();
        }
    }

    private static (int First, int Last) ParseRange(string text, string where)
    {
        var parts = text.Split('-');
        var first = ParseCodePoint(parts[0], where);
        var last = parts.Length > 1 ? ParseCodePoint(parts[1], where) : first;
        if (parts.Length > 2 || last < first)
        {
            throw new InvalidDataException($"{where}: bad range '{text}'.");
        }
        return (first, last);
    }

    private static string ParseReplacement(string text, string where)
    {
        if (text.Length == 0)
        {
            return "";
        }
        var builder = new StringBuilder();
        foreach (var part in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append((char)ParseCodePoint(part, where));
        }
        return builder.ToString();
    }

    private static int ParseCodePoint(string text, string where)
    {
        if (!text.StartsWith("U+", StringComparison.Ordinal)
            || !int.TryParse(text.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code)
            || code > char.MaxValue)
        {
            throw new InvalidDataException($"{where}: '{text}' is not a BMP code point like U+0627.");
        }
        return code;
    }
}
