using KnowledgeGraph.Extraction.LanguageData;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Matching;

/// <summary>A set of normalised single words loaded from a list file, looked up through clitic readings.</summary>
public sealed class WordLexicon
{
    private readonly HashSet<string> _words;

    public WordLexicon(IEnumerable<string> entries, ArabicNormalizer normalizer)
    {
        _words = new HashSet<string>(entries.Select(normalizer.NormalizeKey).Where(entry => entry.Length > 0), StringComparer.Ordinal);
    }

    public static WordLexicon Load(IDataSource source, string path, ArabicNormalizer normalizer) =>
        new(DataFiles.ReadList(source, path), normalizer);

    public int Count => _words.Count;

    /// <summary>The exact normalised word.</summary>
    public bool ContainsExact(string word) => _words.Contains(word);

    /// <summary>The word itself, without its definite article, or without و/ف and then ال.</summary>
    public bool Contains(string word)
    {
        if (_words.Contains(word))
        {
            return true;
        }
        if (CliticAnalyzer.WithoutArticle(word) is { } bare && _words.Contains(bare))
        {
            return true;
        }
        if (word.Length > 3 && word[0] is 'و' or 'ف')
        {
            var rest = word[1..];
            return _words.Contains(rest) || (CliticAnalyzer.WithoutArticle(rest) is { } restBare && _words.Contains(restBare));
        }
        return false;
    }

    /// <summary>Any clitic reading of the word (also ب، ل، ك and لل), with or without ال.</summary>
    public bool ContainsAnyReading(string word)
    {
        foreach (var reading in CliticAnalyzer.Analyze(word))
        {
            if (_words.Contains(reading.Stem)
                || (CliticAnalyzer.WithoutArticle(reading.Stem) is { } bare && _words.Contains(bare)))
            {
                return true;
            }
        }
        return false;
    }
}
