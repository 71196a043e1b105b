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
    private readonly Dictionary<string, PhraseList> _byFirstToken = new(StringComparer.Ordinal);
    private readonly ArabicNormalizer _normalizer;
    private readonly PhraseVocabulary? _vocabulary;

    // This index's number in the vocabulary's PhraseStarts.
    private readonly int _id;

    /// <param name="vocabulary">
    /// Shared by the indexes of one resource set: a token's readings are looked up there once for all of them, and
    /// tokens that start no phrase at all are ruled out.
    /// </param>
    public PhraseIndex(ArabicNormalizer normalizer, PhraseVocabulary? vocabulary = null)
    {
        _normalizer = normalizer;
        _vocabulary = vocabulary;
        _id = vocabulary?.Register() ?? -1;
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
        if (!_byFirstToken.TryGetValue(tokens[0], out var list))
        {
            list = new PhraseList();
            _byFirstToken.Add(tokens[0], list);
            _vocabulary?.Add(tokens[0], _id, list);
        }
        var phrases = list.Phrases;
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
        list.Changed();
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
        if (!token.IsWord && token.Kind != TokenKind.Number)
        {
            return null;
        }
        var starts = _vocabulary?.Starts(token);
        if (_vocabulary is not null && starts is null)
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
            if (!PhrasesStarting(starts, r, reading.Stem, out var list))
            {
                continue;
            }
            // The phrases in their order (longest first) that can fit: the first that does is the longest match.
            foreach (var phrase in list.Candidates(tokens, index))
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
        if (firstStem.Length == 0 || !_byFirstToken.TryGetValue(firstStem, out var list))
        {
            return null;
        }
        foreach (var phrase in list.Phrases)
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
        if (tokens.Length > 0 && _byFirstToken.TryGetValue(tokens[0], out var list))
        {
            var found = list.Phrases.Find(candidate => candidate.Tokens.AsSpan().SequenceEqual(tokens));
            if (found is not null)
            {
                return found.Values;
            }
        }
        return [];
    }

    /// <summary>This index's phrases starting with a reading: from the token's vocabulary answer when there is one, else looked up.</summary>
    private bool PhrasesStarting(PhraseStarts?[]? starts, int reading, string stem, out PhraseList list)
    {
        if (starts is null)
        {
            return _byFirstToken.TryGetValue(stem, out list!);
        }
        // Only this index writes its own number's slot, always with its own lists.
        list = System.Runtime.CompilerServices.Unsafe.As<PhraseList>(starts[reading]?.For(_id))!;
        return list is not null;
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

    /// <summary>
    /// The phrases that start with one word, longest first. A long list (a common first word: "جامعة"، "وادي") also
    /// has its phrases grouped by their second word, so that a match tries only those that can fit after it.
    /// </summary>
    private sealed class PhraseList
    {
        private const int ShortList = 8;

        private BySecondWord? _bySecondWord;

        public List<Phrase> Phrases { get; } = [];

        /// <summary>Called after the phrases changed: the groups are made again when next needed.</summary>
        public void Changed() => Volatile.Write(ref _bySecondWord, null);

        /// <summary>
        /// The phrases, in their order, except some that cannot fit at <paramref name="index"/> because their second
        /// word is not the next token's text, or a line break comes before it.
        /// </summary>
        public ReadOnlySpan<Phrase> Candidates(IReadOnlyList<Token> tokens, int index)
        {
            if (Phrases.Count <= ShortList)
            {
                return System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Phrases);
            }
            var groups = Volatile.Read(ref _bySecondWord);
            if (groups is null)
            {
                // Threads that get here at once each build the same groups; either is kept.
                groups = new BySecondWord(Phrases);
                Volatile.Write(ref _bySecondWord, groups);
            }
            var next = index + 1;
            if (next < tokens.Count && !tokens[next].LineBreakBefore && groups.Phrases.TryGetValue(tokens[next].Text, out var fitting))
            {
                return fitting;
            }
            return groups.OneWord;
        }

        private sealed class BySecondWord
        {
            public BySecondWord(List<Phrase> phrases)
            {
                var oneWord = phrases.Where(phrase => phrase.Tokens.Length == 1).ToArray();
                var groups = new Dictionary<string, List<Phrase>>(StringComparer.Ordinal);
                foreach (var phrase in phrases.Where(phrase => phrase.Tokens.Length > 1))
                {
                    if (!groups.TryGetValue(phrase.Tokens[1], out var group))
                    {
                        group = [];
                        groups.Add(phrase.Tokens[1], group);
                    }
                    group.Add(phrase);
                }
                // The one-word phrase (the shortest, so last) follows the longer ones of every group.
                Phrases = groups.ToDictionary(pair => pair.Key, pair => (Phrase[])[.. pair.Value, .. oneWord], StringComparer.Ordinal);
                OneWord = oneWord;
            }

            public Dictionary<string, Phrase[]> Phrases { get; }

            public Phrase[] OneWord { get; }
        }
    }
}
