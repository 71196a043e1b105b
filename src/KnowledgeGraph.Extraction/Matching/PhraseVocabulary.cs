using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Matching;

/// <summary>
/// The first words of every phrase in a set of <see cref="PhraseIndex{T}"/>: most tokens start no
/// phrase at all, and this rules them out with one lookup per clitic reading instead of one per
/// index. The answer is kept on the token.
/// </summary>
public sealed class PhraseVocabulary
{
    private readonly HashSet<string> _firstWords = new(StringComparer.Ordinal);
    private HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _spans;

    public PhraseVocabulary() => _spans = _firstWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public void Add(string firstWord) => _firstWords.Add(firstWord);

    /// <summary>Checks the token's proclitic readings on spans (no strings are made for the many tokens that start nothing).</summary>
    public bool MayStart(Token token)
    {
        if (token.StartsPhrase is { } known)
        {
            return known;
        }
        var result = token.Kind == TokenKind.Word ? AnyReading(token.Text) : _spans.Contains(token.Text);
        token.StartsPhrase = result;
        return result;
    }

    private bool AnyReading(string word)
    {
        var text = word.AsSpan();
        if (_spans.Contains(text) || Preposition(text))
        {
            return true;
        }
        if (text.Length - 1 >= CliticAnalyzer.MinimumStem && text[0] is 'و' or 'ف')
        {
            return _spans.Contains(text[1..]) || Preposition(text[1..]);
        }
        return false;
    }

    /// <summary>The readings without ب، ل، ك (and لل read as ل + ال).</summary>
    private bool Preposition(ReadOnlySpan<char> text)
    {
        if (text.Length - 1 < CliticAnalyzer.MinimumStem || text[0] is not ('ب' or 'ل' or 'ك'))
        {
            return false;
        }
        if (_spans.Contains(text[1..]))
        {
            return true;
        }
        if (text[0] == 'ل' && text[1] == 'ل' && text.Length - 2 >= CliticAnalyzer.MinimumStem && text.Length < 64)
        {
            Span<char> restored = stackalloc char[text.Length];
            restored[0] = 'ا';
            text[1..].CopyTo(restored[1..]);
            return _spans.Contains(restored);
        }
        return false;
    }
}
