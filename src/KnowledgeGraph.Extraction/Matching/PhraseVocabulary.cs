using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Matching;

/// <summary>
/// The first words of every phrase in a set of <see cref="PhraseIndex{T}"/>, each with the phrases of every index that
/// start with it (<see cref="PhraseStarts"/>): a token's readings are looked up here once, and each index then finds
/// its phrases for the token in an array instead of a lookup of its own. Most tokens start no phrase at all, and this
/// rules them out for every index at once. The answers are kept on the token.
/// </summary>
public sealed class PhraseVocabulary
{
    private readonly Dictionary<string, PhraseStarts> _firstWords = new(StringComparer.Ordinal);
    private int _indexes;

    /// <summary>A number for a new index, by which it finds its phrases in a <see cref="PhraseStarts"/>.</summary>
    internal int Register() => _indexes++;

    /// <summary>Records that the phrases of index <paramref name="index"/> starting with <paramref name="firstWord"/> are <paramref name="phrases"/>.</summary>
    internal void Add(string firstWord, int index, object phrases)
    {
        if (!_firstWords.TryGetValue(firstWord, out var starts))
        {
            starts = new PhraseStarts();
            _firstWords.Add(firstWord, starts);
        }
        starts.Set(index, phrases);
    }

    /// <summary>
    /// The phrases starting with each of the token's readings (null where none does), or null when no reading starts a
    /// phrase. Worked out on the token's first call and kept on it.
    /// </summary>
    public PhraseStarts?[]? Starts(Token token)
    {
        if (token.PhraseStartsKnown)
        {
            return token.PhraseStarts;
        }
        var found = Find(token.Text, token.Readings);
        token.SetPhraseStarts(found);
        return found;
    }

    /// <summary>The answer of <see cref="Starts"/> for a word with these readings (<see cref="CliticAnalyzer.Analyze"/>).</summary>
    public PhraseStarts?[]? Find(string word, CliticAnalysis[] readings)
    {
        PhraseStarts?[]? found = null;
        var any = false;
        for (var r = 0; r < readings.Length; r++)
        {
            if (!_firstWords.TryGetValue(readings[r].Stem, out var starts))
            {
                continue;
            }
            found ??= new PhraseStarts?[readings.Length];
            found[r] = starts;
            // The ل + ال reading of a word of 64 letters or more does not make it start a phrase on its own (an old
            // limit of this check, kept so that matches stay as they were).
            any |= !readings[r].ArticleRestored || word.Length - readings[r].PrefixLength < 64;
        }
        return any ? found : null;
    }
}

/// <summary>The phrases of each index of a <see cref="PhraseVocabulary"/> that start with one word.</summary>
public sealed class PhraseStarts
{
    private object?[] _byIndex = [];

    /// <summary>The phrases of index <paramref name="index"/> starting with the word, or null when it has none.</summary>
    internal object? For(int index) => index < _byIndex.Length ? _byIndex[index] : null;

    internal void Set(int index, object phrases)
    {
        if (index >= _byIndex.Length)
        {
            Array.Resize(ref _byIndex, index + 1);
        }
        _byIndex[index] = phrases;
    }
}
