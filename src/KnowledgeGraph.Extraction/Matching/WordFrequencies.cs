using KnowledgeGraph.Extraction.LanguageData;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Matching;

/// <summary>
/// How common each word is in news text (Data/lexicon/word-frequencies.tsv): in how many articles
/// of a large corpus it occurs, as a power of two. Rare words are where unknown names hide; a
/// word of thousands of articles is seldom part of one.
/// </summary>
public sealed class WordFrequencies
{
    private readonly Dictionary<string, byte> _log2Articles;
    private readonly Dictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> _spans;

    private WordFrequencies(Dictionary<string, byte> log2Articles)
    {
        _log2Articles = log2Articles;
        _spans = log2Articles.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static WordFrequencies Empty { get; } = new(new Dictionary<string, byte>(StringComparer.Ordinal));

    public int Count => _log2Articles.Count;

    public static WordFrequencies Load(IDataSource source, string path)
    {
        if (!source.Exists(path))
        {
            return Empty;
        }
        var table = DataFiles.ReadTable(source, path);
        var words = new Dictionary<string, byte>(table.Rows.Count, StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            words[row["word"]] = byte.Parse(row["log2_articles"], System.Globalization.CultureInfo.InvariantCulture);
        }
        return new WordFrequencies(words);
    }

    /// <summary>
    /// 0 for a word fewer than three articles use; otherwise 1 + log2 of the articles that use it,
    /// for the word as written or, failing that, without its proclitics.
    /// </summary>
    public int Level(Token token)
    {
        if (token.Kind != TokenKind.Word)
        {
            return 0;
        }
        if (_spans.TryGetValue(token.Text, out var level))
        {
            return level + 1;
        }
        foreach (var reading in token.Readings)
        {
            if (reading.PrefixLength > 0 && _spans.TryGetValue(reading.Stem, out level))
            {
                return level + 1;
            }
        }
        return 0;
    }
}
