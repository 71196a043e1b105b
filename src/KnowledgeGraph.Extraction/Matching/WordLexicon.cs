using KnowledgeGraph.Extraction.LanguageData;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Matching;

/// <summary>A set of normalised single words loaded from a list file, looked up through clitic readings.</summary>
public sealed class WordLexicon
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _spans;

    public WordLexicon(IEnumerable<string> entries, ArabicNormalizer normalizer)
    {
        _words = new HashSet<string>(entries.Select(normalizer.NormalizeKey).Where(entry => entry.Length > 0), StringComparer.Ordinal);
        _spans = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static WordLexicon Load(IDataSource source, string path, ArabicNormalizer normalizer) =>
        new(DataFiles.ReadList(source, path), normalizer);

    public int Count => _words.Count;

    /// <summary>The exact normalised word.</summary>
    public bool ContainsExact(string word) => _words.Contains(word);

    public bool ContainsExact(ReadOnlySpan<char> word) => _spans.Contains(word);

    /// <summary>The word itself, without its definite article, or without و/ف and then ال.</summary>
    public bool Contains(string word) => Contains(word.AsSpan());

    /// <inheritdoc cref="Contains(string)"/>
    public bool Contains(ReadOnlySpan<char> word)
    {
        if (_spans.Contains(word) || WithoutArticle(word) is { IsEmpty: false } bare && _spans.Contains(bare))
        {
            return true;
        }
        if (word.Length >= 3 && word[0] is 'و' or 'ف')
        {
            var rest = word[1..];
            return _spans.Contains(rest) || WithoutArticle(rest) is { IsEmpty: false } restBare && _spans.Contains(restBare);
        }
        return false;
    }

    private static ReadOnlySpan<char> WithoutArticle(ReadOnlySpan<char> word) =>
        word.Length - 2 >= CliticAnalyzer.MinimumStem && word.StartsWith("ال") ? word[2..] : [];

    /// <summary>Any clitic reading of the word (also ب، ل، ك and لل), with or without ال.</summary>
    public bool ContainsAnyReading(string word)
    {
        foreach (var reading in CliticAnalyzer.Analyze(word))
        {
            if (_spans.Contains(reading.Stem) || WithoutArticle(reading.Stem) is { IsEmpty: false } bare && _spans.Contains(bare))
            {
                return true;
            }
        }
        return false;
    }
}
