using KnowledgeGraph.Extraction.Matching;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Entities.Candidates;

/// <summary>
/// Proposes the other extents a name could have, beside what the recognisers found, for a learned
/// decision to choose among: a given name and up to four words after it ("ناصر العريني"), the
/// words after a title or honorific ("الدكتور كي جوي"), a head noun and up to seven words of
/// complement ("مجلس محافظة بغداد"، "حارة الشام"), and the words inside quotation marks
/// (a body: «الكتلة الديمقراطية»), and short runs of rare words (a person no list holds:
/// "بنسون كيبوي"). Spans stop at punctuation, line breaks and function words. What it does not
/// propose was measured not to be worth judging (rare words read as places or bodies, quoted words
/// read as people or events, common words after a title).
/// </summary>
public sealed class MentionCandidateGenerator
{
    /// <summary>Name words in a personal name, not counting the connectors between them ("تركي بن بدر بن فهد بن سعود": 4).</summary>
    private const int MaxPersonWords = 5;
    private const int MaxAfterTitleTokens = 4;
    private const int MaxComplementTokens = 7;
    private const int MaxQuotedTokens = 5;
    private const int MaxRareTokens = 3;

    /// <summary>Words of fewer articles than 2^(RareLevel-1) in the reference corpus count as rare.</summary>
    public const int RareLevel = 3;

    /// <summary>Beside a rare word, a word of fewer articles than 2^(UncommonLevel-1) may still be part of the name ("بنسون").</summary>
    public const int UncommonLevel = 7;

    private readonly LanguageResources _resources;

    public MentionCandidateGenerator(LanguageResources resources) => _resources = resources;

    public List<EntityMention> Generate(Doc doc, WordFeatures words)
    {
        var tokens = doc.Tokens;
        var found = new Dictionary<(int, int, EntityType), EntityMention>();
        foreach (var mention in doc.Mentions)
        {
            found.TryAdd((mention.FirstToken, mention.EndToken, mention.Type), mention);
        }
        var added = new List<EntityMention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Word && tokens[i].Kind != TokenKind.Latin)
            {
                if (IsOpeningQuote(tokens[i]))
                {
                    Quoted(doc, i);
                }
                continue;
            }
            if (words.GivenNameLength(i) > 0)
            {
                Runs(i, PrefixOf(tokens[i], words, i), EntityType.Person, MaxPersonWords, minimum: 1);
            }
            if (words.StartsTitle(i) && _resources.Cues.Titles.Match(tokens, i) is { } title && title.EndToken < tokens.Count
                && !tokens[title.EndToken].LineBreakBefore && (IsNameLike(title.EndToken) || words.GivenNameLength(title.EndToken) > 0))
            {
                var after = title.EndToken;
                Runs(after, PrefixOf(tokens[after], words, after), EntityType.Person, MaxAfterTitleTokens, minimum: 1);
            }
            if (IsRare(i))
            {
                RareRun(i);
            }
            Headed(_resources.Cues.OrganizationHeads.Match(tokens, i), EntityType.Organization);
            Headed(_resources.Cues.PlaceHeads.Match(tokens, i), EntityType.Location);
            Headed(_resources.Cues.EventHeads.Match(tokens, i), EntityType.Event);
        }
        return added;

        bool IsRare(int k) => IsNameLike(k) && words.FrequencyLevel(k) <= RareLevel;

        // A word that can be part of an unknown name: no function or common word, title, or preposition with the article.
        bool IsNameLike(int k) =>
            tokens[k].Kind is TokenKind.Word or TokenKind.Latin && tokens[k].Text.Length >= 2 && !words.IsStopword(k) && !words.StartsTitle(k)
            && !words.IsCommon(k) && !HasPrepositionAndArticle(tokens[k]) && words.FrequencyLevel(k) <= UncommonLevel;

        // Spans of up to three words around a rare word, each word name-like (uncommon), a given name or an inner connector.
        void RareRun(int rare)
        {
            for (var first = Math.Max(0, rare - MaxRareTokens + 1); first <= rare; first++)
            {
                for (var end = rare + 1; end <= Math.Min(tokens.Count, first + MaxRareTokens); end++)
                {
                    if (!FitsRun(first, end))
                    {
                        continue;
                    }
                    Add(first, end, PrefixOf(tokens[first], words, first), EntityType.Person);
                }
            }
        }

        bool FitsRun(int first, int end)
        {
            for (var k = first; k < end; k++)
            {
                if (k > first && tokens[k].LineBreakBefore
                    || !(IsNameLike(k) || words.GivenNameLength(k) > 0 || words.IsConnector(k) && k > first && k < end - 1))
                {
                    return false;
                }
            }
            return true;
        }

        void Headed(PhraseMatch<HeadInfo>? match, EntityType type)
        {
            if (match is not { } head || head.Reading.ArticleRestored)
            {
                return;
            }
            var prefix = head.Start - tokens[head.FirstToken].Start;
            for (var end = head.EndToken + 1; end <= Math.Min(tokens.Count, head.EndToken + MaxComplementTokens); end++)
            {
                var last = tokens[end - 1];
                if (last.LineBreakBefore || !last.IsWord && last.Kind != TokenKind.Number)
                {
                    break;
                }
                if (words.IsStopword(end - 1) && !IsLinkingWord(last))
                {
                    break;
                }
                // "محطة خاسان الحدودية"، "المنتدى الاقتصادي المقبل": an adjective that describes does not end a name.
                if (_resources.DescriptiveAdjectives.Contains(last.Text))
                {
                    continue;
                }
                Add(head.FirstToken, end, prefix, type);
            }
        }

        // Spans of up to `max` name words from a token; connectors (بن، آل، أبو) join them without counting.
        void Runs(int first, int prefix, EntityType type, int max, int minimum)
        {
            // A title is not part of the name it introduces ("الأمير" in "صاحب السمو الملكي الأمير فيصل").
            if (first >= tokens.Count || !tokens[first].IsWord || words.StartsTitle(first))
            {
                return;
            }
            var nameWords = 0;
            for (var end = first + 1; end <= tokens.Count && nameWords < max; end++)
            {
                var last = tokens[end - 1];
                // "رانيا يوسف وزوجها": after the first word, a word with و starts the next item, as in a name run.
                if (end - 1 > first && last.LineBreakBefore || !last.IsWord || words.IsStopword(end - 1) && !words.IsConnector(end - 1)
                    || end - 1 > first && (words.StartsTitle(end - 1) || last.Text[0] == 'و' && last.Text.Length >= 3))
                {
                    break;
                }
                if (words.IsConnector(end - 1))
                {
                    continue;
                }
                nameWords++;
                if (nameWords >= minimum)
                {
                    Add(first, end, prefix, type);
                }
            }
        }

        void Quoted(Doc document, int open)
        {
            for (var close = open + 2; close <= Math.Min(tokens.Count - 1, open + 1 + MaxQuotedTokens); close++)
            {
                if (tokens[close].LineBreakBefore)
                {
                    return;
                }
                if (IsClosingQuote(tokens[close]))
                {
                    if (Enumerable.Range(open + 1, close - open - 1).All(k => tokens[k].IsWord || tokens[k].Kind == TokenKind.Number))
                    {
                        Add(open + 1, close, 0, EntityType.Organization);
                    }
                    return;
                }
            }
            _ = document;
        }

        void Add(int first, int end, int prefix, EntityType type)
        {
            if (found.ContainsKey((first, end, type)))
            {
                return;
            }
            var start = tokens[first].Start + prefix;
            var stop = tokens[end - 1].End;
            if (stop - start < 2)
            {
                return;
            }
            var mention = new EntityMention
            {
                FirstToken = first,
                EndToken = end,
                Start = start,
                End = stop,
                Type = type,
                Kind = MentionKind.Name,
                Source = MentionSource.Candidate,
                NameStart = start,
                NameEnd = stop,
            };
            found.Add((first, end, type), mention);
            added.Add(mention);
        }
    }

    /// <summary>"بالسباق"، "وللمدرسة": a preposition with the article makes a phrase, not a name.</summary>
    private static bool HasPrepositionAndArticle(Token token) =>
        token.Text.Length > 4 && (token.Text.StartsWith("بال", StringComparison.Ordinal) || token.Text.StartsWith("وبال", StringComparison.Ordinal)
                                  || token.Text.StartsWith("كال", StringComparison.Ordinal) || token.Text.StartsWith("لل", StringComparison.Ordinal)
                                  || token.Text.StartsWith("ولل", StringComparison.Ordinal) || token.Text.StartsWith("فال", StringComparison.Ordinal));

    /// <summary>Words that may stand inside a name's complement: "لل" genitives and "و" coordination are part of the word; these stand alone.</summary>
    private static bool IsLinkingWord(Token token) => token.Text is "في" or "بن" or "بن" or "ابن" or "ال" or "لدي" or "من";

    /// <summary>Letters of a proclitic (و، ف، ب، ل، ك) the name does not include: of the reading that made it a given name, else a leading و.</summary>
    private int PrefixOf(Token token, WordFeatures words, int index)
    {
        if (token.Kind != TokenKind.Word)
        {
            return 0;
        }
        if (words.GivenNameLength(index) > 0)
        {
            // The whole word first: "وليد" is a name, not و + "ليد".
            for (var prefix = 0; prefix <= 1; prefix++)
            {
                foreach (var reading in token.Readings)
                {
                    if (reading.PrefixLength == prefix && !reading.ArticleRestored && _resources.GivenNames.StartsWith(reading.Stem))
                    {
                        return prefix;
                    }
                }
            }
        }
        return token.Text.Length > 3 && token.Text[0] == 'و' ? 1 : 0;
    }

    private static bool IsOpeningQuote(Token token) => token.Kind == TokenKind.Punctuation && token.Text is "«" or "\"" or "“" or "(";

    private static bool IsClosingQuote(Token token) => token.Kind == TokenKind.Punctuation && token.Text is "»" or "\"" or "”" or ")";
}
