using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Matching;

/// <summary>A phrase found in a document.</summary>
/// <param name="FirstToken">Index of the first token.</param>
/// <param name="EndToken">Index after the last token.</param>
/// <param name="Start">Normalised offset where the phrase starts (after any proclitics of the first token).</param>
/// <param name="End">Normalised offset where the phrase ends.</param>
/// <param name="Reading">The clitic reading of the first token that matched.</param>
public readonly record struct PhraseMatch<T>(int FirstToken, int EndToken, int Start, int End, CliticAnalysis Reading, IReadOnlyList<T> Values)
{
    public int TokenCount => EndToken - FirstToken;

    public T Value => Values[0];
}

/// <summary>
/// Multi-word phrases keyed by their normalised tokens. The first token of a phrase may carry
/// proclitics in the text (و، ف، ب، ل، ك, and لل for ل + ال); later tokens must match exactly.
/// Several values may share one phrase (an ambiguous name).
/// </summary>
public sealed class PhraseIndex<T>
{
    private readonly Dictionary<string, List<Phrase>> _byFirstToken = new(StringComparer.Ordinal);
    private readonly ArabicNormalizer _normalizer;
    private readonly PhraseVocabulary? _vocabulary;

    /// <param name="vocabulary">Shared by the indexes of one resource set, to rule out tokens that start no phrase at all.</param>
    public PhraseIndex(ArabicNormalizer normalizer, PhraseVocabulary? vocabulary = null)
    {
        _normalizer = normalizer;
        _vocabulary = vocabulary;
    }

    public int Count { get; private set; }

    /// <summary>Adds a phrase written in ordinary spelling; it is normalised and tokenised as text is.</summary>
    /// <returns>False when the phrase normalises to nothing.</returns>
    public bool Add(string phrase, T value)
    {
        var tokens = Tokenizer.Tokenize(_normalizer.NormalizeKey(phrase)).Select(token => token.Text).ToArray();
        if (tokens.Length == 0)
        {
            return false;
        }
        if (!_byFirstToken.TryGetValue(tokens[0], out var phrases))
        {
            phrases = [];
            _byFirstToken.Add(tokens[0], phrases);
            _vocabulary?.Add(tokens[0]);
        }
        var existing = phrases.Find(candidate => candidate.Tokens.AsSpan().SequenceEqual(tokens));
        if (existing is not null)
        {
            if (!existing.Values.Contains(value))
            {
                existing.Values.Add(value);
            }
            return true;
        }
        phrases.Add(new Phrase(tokens, [value]));
        // Longest first, so the first phrase that fits is the longest match.
        phrases.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
        Count++;
        return true;
    }

    /// <summary>Whether some phrase starts with this (normalised) word.</summary>
    public bool StartsWith(string word) => _byFirstToken.ContainsKey(word);

    /// <summary>The longest phrase starting at a token, the first token read with or without proclitics.</summary>
    public PhraseMatch<T>? Match(IReadOnlyList<Token> tokens, int index, bool allowClitics = true, Func<CliticAnalysis, bool>? acceptReading = null)
    {
        PhraseMatch<T>? best = null;
        var token = tokens[index];
        if (!token.IsWord && token.Kind != TokenKind.Number || _vocabulary is not null && !_vocabulary.MayStart(token))
        {
            return null;
        }
        var readings = token.Readings;
        var count = allowClitics ? readings.Length : 1;
        for (var r = 0; r < count; r++)
        {
            var reading = readings[r];
            if (acceptReading is not null && !acceptReading(reading))
            {
                continue;
            }
            if (!_byFirstToken.TryGetValue(reading.Stem, out var phrases))
            {
                continue;
            }
            foreach (var phrase in phrases)
            {
                if (best is { } current && current.TokenCount >= phrase.Tokens.Length)
                {
                    break;
                }
                if (Fits(tokens, index, phrase.Tokens))
                {
                    var end = index + phrase.Tokens.Length;
                    best = new PhraseMatch<T>(index, end, token.Start + reading.PrefixLength, tokens[end - 1].End, reading, phrase.Values);
                    break;
                }
            }
        }
        return best;
    }

    /// <summary>
    /// The longest phrase whose first word is <paramref name="firstStem"/> (a reading of the token at
    /// <paramref name="index"/> that the caller made, e.g. without an attached pronoun) and whose
    /// other words follow in the text.
    /// </summary>
    public (int EndToken, IReadOnlyList<T> Values)? MatchStem(IReadOnlyList<Token> tokens, int index, string firstStem)
    {
        if (firstStem.Length == 0 || !_byFirstToken.TryGetValue(firstStem, out var phrases))
        {
            return null;
        }
        foreach (var phrase in phrases)
        {
            if (Fits(tokens, index, phrase.Tokens))
            {
                return (index + phrase.Tokens.Length, phrase.Values);
            }
        }
        return null;
    }

    /// <summary>Whether the phrase is known exactly (normalised), as a whole.</summary>
    public IReadOnlyList<T> Lookup(string phrase)
    {
        var tokens = Tokenizer.Tokenize(_normalizer.NormalizeKey(phrase)).Select(token => token.Text).ToArray();
        if (tokens.Length > 0 && _byFirstToken.TryGetValue(tokens[0], out var phrases))
        {
            var found = phrases.Find(candidate => candidate.Tokens.AsSpan().SequenceEqual(tokens));
            if (found is not null)
            {
                return found.Values;
            }
        }
        return [];
    }

    private static bool Fits(IReadOnlyList<Token> tokens, int index, string[] phrase)
    {
        if (index + phrase.Length > tokens.Count)
        {
            return false;
        }
        for (var k = 1; k < phrase.Length; k++)
        {
            var token = tokens[index + k];
            if (!string.Equals(token.Text, phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
            // A phrase does not run across a line break: headlines and captions are separate units.
            if (token.LineBreakBefore)
            {
                return false;
            }
        }
        return true;
    }

    private sealed record Phrase(string[] Tokens, List<T> Values);
}
