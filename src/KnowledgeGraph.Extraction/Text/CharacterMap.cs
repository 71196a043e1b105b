using System.Globalization;
using System.Text;
using KnowledgeGraph.Extraction.LanguageData;

namespace KnowledgeGraph.Extraction.Text;

/// <summary>
/// Per-character replacement table for matching normalisation, built from Data/text/charmap.tsv
/// plus two rules that are cheaper in code than as rows: Arabic presentation forms fold by
/// NFKC and ASCII letters fold to lower case.
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
        AddNfkc(0xFB50, 0xFDFF);
        AddNfkc(0xFE70, 0xFEFF);
    }

    private void AddNfkc(int first, int last)
    {
        for (var code = first; code <= last; code++)
        {
            var c = (char)code;
            if (char.GetUnicodeCategory(c) == UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }
            var folded = c.ToString().Normalize(NormalizationForm.FormKC);
            if (folded != c.ToString())
            {
                _table[c] = folded;
            }
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
