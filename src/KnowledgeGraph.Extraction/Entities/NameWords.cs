using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// Decides, word by word, whether a token can be part of a proper name: the lexicons say which
/// words are function words, common vocabulary, given names, titles and heads; a word none of
/// them lists is taken for a name (which is how transliterated foreign names are found).
/// The answers for one document are computed once (<see cref="For"/>).
/// </summary>
public sealed class NameWords
{
    private readonly LanguageResources _resources;

    public NameWords(LanguageResources resources) => _resources = resources;

    /// <summary>The word features of a document, computed on first use and kept on it.</summary>
    public WordFeatures For(Doc doc) => doc.WordFeatures ??= new WordFeatures(_resources, doc.Tokens, doc.Normalized);
}

/// <summary>Per-token lexical facts of one document.</summary>
public sealed class WordFeatures
{
    [Flags]
    private enum Flag : byte
    {
        None = 0,
        Stopword = 1,
        Common = 2,
        Connector = 4,
        Title = 8,
        Head = 16,
    }

    private readonly IReadOnlyList<Token> _tokens;
    private readonly NormalizedText? _text;
    private readonly Flag[] _flags;
    private readonly Matching.WordFrequencies _frequencies;
    private readonly Matching.WordLexicon _speechVerbLexicon;
    private readonly byte[] _givenName;

    internal WordFeatures(LanguageResources resources, IReadOnlyList<Token> tokens, NormalizedText? text = null)
    {
        _tokens = tokens;
        _text = text;
        _frequencies = resources.WordFrequencies;
        _speechVerbLexicon = resources.SpeechVerbs;
        _flags = new Flag[tokens.Count];
        _givenName = new byte[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }
            var given = resources.GivenNames.Match(tokens, i, allowClitics: true,
                acceptReading: reading => reading.PrefixLength <= 1 && !reading.ArticleRestored);
            _givenName[i] = (byte)(given?.TokenCount ?? 0);
            // "عبد" with one of the names of God after it is a compound given name ("عبد القادر"، "عبد الرحمن").
            if (_givenName[i] == 0 && token.Text is "عبد" or "وعبد" && i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Word
                && tokens[i + 1].Text.StartsWith("ال", StringComparison.Ordinal) && !tokens[i + 1].LineBreakBefore)
            {
                _givenName[i] = 2;
            }
            var flags = Flag.None;
            if (resources.Stopwords.Contains(token.Text))
            {
                flags |= Flag.Stopword | Flag.Common;
            }
            else if (text is not null && HasIndefiniteEnding(text, token)
                     || resources.CommonWords.Contains(token.Text)
                     || (_givenName[i] == 0 && (CommonInPrepositionReading(resources, token) || CommonWithPronoun(resources, token.Text)
                                                || CommonVerbForm(resources, token.Text) || CommonPlural(resources, token.Text))))
            {
                flags |= Flag.Common;
            }
            if (resources.NameConnectors.ContainsExact(token.Text))
            {
                flags |= Flag.Connector;
            }
            if (resources.Cues.Titles.Match(tokens, i) is not null)
            {
                flags |= Flag.Title;
            }
            if (resources.Cues.OrganizationHeads.Match(tokens, i) is not null || resources.Cues.PlaceHeads.Match(tokens, i) is not null)
            {
                flags |= Flag.Head;
            }
            _flags[i] = flags;
        }
        for (var i = 0; i < tokens.Count; i++)
        {
            if (IsBlessingVerb(i))
            {
                _givenName[i] = 0;
                _flags[i] |= Flag.Common;
                continue;
            }
            if (_givenName[i] == 0 && tokens[i].Kind == TokenKind.Word && IsAmbiguousGivenName(resources, tokens[i].Text)
                && SpelledAsTheName(resources, i) && InNameContext(resources, i))
            {
                _givenName[i] = 1;
            }
        }
        for (var i = 0; i < tokens.Count; i++)
        {
            if (IsTitleUsedAsGivenName(resources, i))
            {
                _flags[i] &= ~Flag.Title;
            }
        }
    }

    /// <summary>
    /// "سلطان بن زاحم"، "الشيخ سلطان بن محمد"، "الدكتور سلطان الشايع": a ruler's title without the article that is also a
    /// given name is the name before a name connector or a family name (an ال-word no lexicon lists, rare in the corpus, or
    /// right after another title); "سلطان عمان"، "أمير منطقة الرياض"، "أمير الكويت" keep the title.
    /// </summary>
    private bool IsTitleUsedAsGivenName(LanguageResources resources, int index)
    {
        var next = index + 1;
        if ((_flags[index] & Flag.Title) == 0 || _givenName[index] != 1 || _tokens[index].Text.StartsWith("ال", StringComparison.Ordinal)
            || next >= _tokens.Count || _tokens[next].LineBreakBefore || _tokens[next].Kind != TokenKind.Word
            || resources.Cues.Titles.Match(_tokens, index) is not { Value.Class: TitleClass.Royal or TitleClass.Nobility } title || title.EndToken != next)
        {
            return false;
        }
        if ((_flags[next] & Flag.Connector) != 0)
        {
            return true;
        }
        var familyName = _tokens[next].Text.StartsWith("ال", StringComparison.Ordinal) && (_flags[next] & (Flag.Common | Flag.Title | Flag.Head | Flag.Stopword)) == 0;
        return familyName && (FrequencyLevel(next) <= RareFamilyNameLevel || AfterTitle(resources, index));
    }

    private bool AfterTitle(LanguageResources resources, int index)
    {
        for (var k = Math.Max(0, index - 6); k < index; k++)
        {
            if ((_flags[k] & Flag.Title) != 0 && resources.Cues.Titles.Match(_tokens, k) is { } title && title.EndToken == index)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "على" and "علي", "منى" and "مني" are one word each once ى is normalised to ي; the name is
    /// written with the final letter its list entry has, and the other spelling is the other word.
    /// </summary>
    private bool SpelledAsTheName(LanguageResources resources, int index)
    {
        var word = _tokens[index].Text;
        if (!word.EndsWith('ي'))
        {
            return true;
        }
        return WrittenWithAlefMaqsura(index) == Listed(resources.AmbiguousGivenNamesWithAlefMaqsura, word);
    }

    /// <summary>
    /// "رحمه الله"، "يرحمها الله": a word written with a final ه (an object pronoun, not the ة of the name "رحمة")
    /// before God's name is a blessing.
    /// </summary>
    private bool IsBlessingVerb(int index) =>
        index + 1 < _tokens.Count && _tokens[index + 1].Text is "الله" && !_tokens[index + 1].LineBreakBefore
        && _tokens[index].Text.EndsWith('ه') && WrittenLastLetter(index) == 'ه';

    /// <summary>Whether the article wrote the token with a final ى (normalised to ي).</summary>
    public bool WrittenWithAlefMaqsura(int index) => WrittenLastLetter(index) == 'ى';

    /// <summary>The word's last letter as the article wrote it, before normalisation; '\0' when not known.</summary>
    private char WrittenLastLetter(int index)
    {
        if (_text is null || _tokens[index].Kind != TokenKind.Word)
        {
            return '\0';
        }
        var (_, end) = _text.ToOriginal(_tokens[index].Start, _tokens[index].End);
        return end > 0 ? _text.Original[end - 1] : '\0';
    }

    private static bool IsAmbiguousGivenName(LanguageResources resources, string word) => Listed(resources.AmbiguousGivenNames, word);

    /// <summary>The word, or the word after a conjunction و, is in the list.</summary>
    private static bool Listed(Matching.WordLexicon list, string word) =>
        list.ContainsExact(word) || word.Length > 3 && word[0] == 'و' && list.ContainsExact(word.AsSpan(1));

    /// <summary>
    /// Where a word that is also an ordinary word is a given name: right after a title ("الفنان جميل"),
    /// after a name connector ("أحمد بن علي"), before one ("صالح بن")، another given name ("منى محمد") or a rare family name.
    /// </summary>
    private bool InNameContext(LanguageResources resources, int index)
    {
        // "أحمد بن علي": after بن or أبو the word is the father's name, not the preposition.
        if (index > 0 && (_flags[index - 1] & Flag.Connector) != 0 && !_tokens[index].LineBreakBefore)
        {
            return true;
        }
        if (AfterTitle(resources, index))
        {
            return true;
        }
        var next = index + 1;
        if (next >= _tokens.Count || _tokens[next].LineBreakBefore || _tokens[next].Kind != TokenKind.Word)
        {
            return false;
        }
        return (_flags[next] & Flag.Connector) != 0 || _givenName[next] > 0
               || _tokens[next].Text.StartsWith("ال", StringComparison.Ordinal) && (_flags[next] & (Flag.Common | Flag.Title | Flag.Head)) == 0
                  && FrequencyLevel(next) <= RareFamilyNameLevel
               || (_flags[next] & (Flag.Common | Flag.Title | Flag.Head)) == 0 && AfterNameInList(index);
    }

    /// <summary>
    /// "ياسر القحطاني وكامل الموسى"، "ياسر القحطاني، كامل الموسى": the next item of a list whose item before is a
    /// given name and a family name.
    /// </summary>
    private bool AfterNameInList(int index)
    {
        var before = index - 1;
        if (_tokens[index].Text[0] != 'و')
        {
            if (before < 0 || _tokens[before].Text is not ("،" or ","))
            {
                return false;
            }
            before--;
        }
        return before >= 1 && _tokens[before].Kind == TokenKind.Word && !_tokens[before].LineBreakBefore && !_tokens[index].LineBreakBefore
               && (_flags[before] & (Flag.Common | Flag.Title | Flag.Head | Flag.Stopword)) == 0 && _givenName[before - 1] > 0;
    }

    /// <summary>A family name after an ambiguous given name is a word of fewer than 2^(level-1) corpus articles.</summary>
    private const int RareFamilyNameLevel = 6;

    private int _firstLineEnd = -1;

    /// <summary>Whether a token is on the article's first line (its headline), when more lines follow.</summary>
    public bool InFirstLine(int index)
    {
        if (_firstLineEnd < 0)
        {
            _firstLineEnd = _tokens.Count;
            for (var k = 1; k < _tokens.Count; k++)
            {
                if (_tokens[k].LineBreakBefore)
                {
                    _firstLineEnd = k;
                    break;
                }
            }
        }
        return index < _firstLineEnd && _firstLineEnd < _tokens.Count;
    }

    // Each token's level once looked up, -1 until then: most tokens are never asked about (function
    // and common words), and the lookup in a large table is costly.
    private int[]? _levels;

    /// <summary>How common the token is in news text (<see cref="Matching.WordFrequencies.Level"/>), looked up once per token.</summary>
    public int FrequencyLevel(int index)
    {
        if (_levels is null)
        {
            _levels = new int[_tokens.Count];
            Array.Fill(_levels, -1);
        }
        var level = _levels[index];
        if (level < 0)
        {
            level = _frequencies.Level(_tokens[index]);
            _levels[index] = level;
        }
        return level;
    }

    // Whether each token is a verb of saying, filled on first use: the person cues, two relation frames and the mention
    // features all look for them, and the lexicon lookup goes through up to four readings.
    private bool[]? _speechVerbs;

    /// <summary>Whether the token is in <see cref="LanguageResources.SpeechVerbs"/>, looked up once per document.</summary>
    public bool IsSpeechVerb(int index)
    {
        if (_speechVerbs is null)
        {
            _speechVerbs = new bool[_tokens.Count];
            for (var k = 0; k < _tokens.Count; k++)
            {
                _speechVerbs[k] = _speechVerbLexicon.Contains(_tokens[k].Text);
            }
        }
        return _speechVerbs[index];
    }

    public bool IsStopword(int index) => (_flags[index] & Flag.Stopword) != 0;

    /// <summary>A function word or common vocabulary in some clitic reading (وقال، بالحرب), unless a given name.</summary>
    public bool IsCommon(int index) => (_flags[index] & Flag.Common) != 0;

    public bool IsConnector(int index) => (_flags[index] & Flag.Connector) != 0;

    public bool StartsTitle(int index) => (_flags[index] & Flag.Title) != 0;

    public bool StartsHead(int index) => (_flags[index] & Flag.Head) != 0;

    /// <summary>A function word, or the first word of a title or of a head noun: a word that cannot continue a name's item.</summary>
    public bool IsStopwordTitleOrHead(int index) => (_flags[index] & (Flag.Stopword | Flag.Title | Flag.Head)) != 0;

    /// <summary>Tokens in the given name starting here (0 when none).</summary>
    public int GivenNameLength(int index) => _givenName[index];

    /// <summary>
    /// Whether a token can continue (or, with <paramref name="first"/>, start) a personal name:
    /// a Latin word, a given name, or an Arabic word no lexicon lists. Words with the definite
    /// article are family names only inside a name ("عادل الجبير"), never its first word.
    /// </summary>
    public bool IsNameWord(int index, bool first)
    {
        var token = _tokens[index];
        if (token.Kind == TokenKind.Latin)
        {
            return true;
        }
        if (token.Kind != TokenKind.Word || token.Text.Length < 2)
        {
            return false;
        }
        if (_givenName[index] > 0)
        {
            return true;
        }
        if (HasPrepositionAndArticle(token.Text))
        {
            return false; // "للغاية"، "بالقطار": a preposition with the article is never part of a name
        }
        if ((_flags[index] & (Flag.Common | Flag.Connector | Flag.Title | Flag.Head)) != 0)
        {
            return false;
        }
        return !(first && token.Text.StartsWith("ال", StringComparison.Ordinal));
    }

    private static readonly string[] VerbSuffixes = ["ان", "ون", "وا", "ين", "ا", "ت", "ن"];

    /// <summary>"سيواصلان"، "يواصلون": a common verb with the future prefix or a person ending is not a name.</summary>
    private static bool CommonVerbForm(LanguageResources resources, string word)
    {
        var stem = word.AsSpan();
        if (stem.Length > 4 && stem[0] == 'س' && stem[1] is 'ي' or 'ت' or 'ن')
        {
            stem = stem[1..];
            if (resources.CommonWords.ContainsExact(stem))
            {
                return true;
            }
        }
        else if (stem.Length < 5 || stem[0] is not ('ي' or 'ت'))
        {
            return false;
        }
        foreach (var suffix in VerbSuffixes)
        {
            if (stem.Length - suffix.Length >= 3 && stem.EndsWith(suffix) && resources.CommonWords.ContainsExact(stem[..^suffix.Length]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"نفيه"، "زيارته": a common word with an attached pronoun is not a name.</summary>
    private static bool CommonWithPronoun(LanguageResources resources, string word)
    {
        Span<char> buffer = stackalloc char[64];
        foreach (var suffix in PronounSuffixes)
        {
            if (word.Length - suffix.Length < 3 || word.Length > buffer.Length || !word.EndsWith(suffix, StringComparison.Ordinal))
            {
                continue;
            }
            var stem = word.AsSpan(0, word.Length - suffix.Length);
            if (resources.CommonWords.ContainsExact(stem))
            {
                return true;
            }
            if (CommonPlural(resources, stem))
            {
                return true; // "تحياته" → "تحيات" → "تحية"
            }
            // "زيارته" → "زيارة" (ta marbuta, normalised to ه).
            if (stem[^1] == 'ت')
            {
                stem[..^1].CopyTo(buffer);
                buffer[stem.Length - 1] = 'ه';
                if (resources.CommonWords.ContainsExact(buffer[..stem.Length]))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>"تشريعاً"، "مجروحاً": a written indefinite case ending (tanween) marks a common word, never a name.</summary>
    private static bool HasIndefiniteEnding(NormalizedText text, Token token)
    {
        var (start, end) = text.ToOriginal(token.Start, token.End);
        // A mark dropped by normalisation may stand just after the last kept letter ("اً").
        while (end < text.Original.Length && text.Original[end] is >= '\u064B' and <= '\u0652')
        {
            end++;
        }
        var original = text.Original.AsSpan(start, end - start);
        return original.IndexOfAny('\u064B', '\u064C', '\u064D') >= 0;
    }

    private static readonly string[] PronounSuffixes = ["هما", "هم", "هن", "ها", "نا", "ه"];

    /// <summary>"تحيات"، "اجتماعات": the feminine plural of a common noun is common too, and so is its dual ("مباراتين").</summary>
    private static bool CommonPlural(LanguageResources resources, ReadOnlySpan<char> word)
    {
        var suffix = word.EndsWith("ات") ? 2 : word.EndsWith("تين") || word.EndsWith("تان") ? 3 : 0;
        if (suffix == 0 || word.Length < suffix + 3)
        {
            return false;
        }
        if (suffix == 3)
        {
            Span<char> singular = stackalloc char[word.Length - 2];
            word[..^3].CopyTo(singular);
            singular[^1] = 'ه';
            return resources.CommonWords.ContainsExact(singular);
        }
        var stem = word[..^2];
        Span<char> buffer = stackalloc char[stem.Length + 1];
        stem.CopyTo(buffer);
        buffer[^1] = 'ه';
        return resources.CommonWords.ContainsExact(stem) || resources.CommonWords.ContainsExact(buffer);
    }

    private static bool HasPrepositionAndArticle(string word)
    {
        var at = word.Length > 3 && word[0] is 'و' or 'ف' ? 1 : 0;
        return word.Length - at > 4
               && (word.AsSpan(at).StartsWith("لل", StringComparison.Ordinal)
                   || word.AsSpan(at).StartsWith("بال", StringComparison.Ordinal)
                   || word.AsSpan(at).StartsWith("كال", StringComparison.Ordinal)
                   || at == 1 && word.AsSpan(at).StartsWith("ال", StringComparison.Ordinal));
    }

    private static bool CommonInPrepositionReading(LanguageResources resources, Token token)
    {
        foreach (var reading in token.Readings)
        {
            if (reading.PrefixLength == 0 || reading.Stem.Length < 3)
            {
                continue;
            }
            var stem = reading.Stem.AsSpan();
            var bare = stem.Length > 4 && stem.StartsWith("ال") ? stem[2..] : [];
            // "بوعده": ب + a common word with a pronoun.
            if (reading.Stem.Length > 3 && CommonWithPronoun(resources, reading.Stem))
            {
                return true;
            }
            if (resources.CommonWords.ContainsExact(stem) || resources.Stopwords.ContainsExact(stem)
                || !bare.IsEmpty && (resources.CommonWords.ContainsExact(bare) || resources.Stopwords.ContainsExact(bare)))
            {
                return true;
            }
        }
        return false;
    }
}
