using KnowledgeGraph.Extraction.Matching;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// Reads the words of a personal name from a token on (or back from one): given names, family names, the
/// connectors between them (بن، أبو) and the proclitics a name does not include. The person cues share it.
/// </summary>
internal sealed class NameRunReader
{
    public const int MaxNameTokens = 5;

    /// <summary>
    /// How long a name may grow by its lineage: each بن/آل with the name after it may go past
    /// <see cref="MaxNameTokens"/> ("محمد بن فهد بن محمد بن عبدالرحمن"، "سعود بن سعد بن عبدالعزيز بن تركي").
    /// </summary>
    public const int MaxLineageTokens = 13;

    private readonly LanguageResources _resources;

    public NameRunReader(LanguageResources resources) => _resources = resources;

    private PhraseIndex<TitleInfo> Titles => _resources.Cues.Titles;

    /// <summary>
    /// The name words from <paramref name="start"/>: the first may carry و (when allowed) or another
    /// proclitic; connectors (بن، أبو) are taken when a name word follows. Returns the end token and
    /// the length of the first token's proclitic.
    /// </summary>
    public (int End, int Prefix) NameRun(Doc doc, MentionTable table, WordFeatures words, int start,
        bool allowConjunction = true, int maxTokens = MaxNameTokens, bool forceFirst = false)
    {
        var tokens = doc.Tokens;
        if (start >= tokens.Count)
        {
            return (start, 0);
        }
        var prefix = 0;
        var first = tokens[start];
        // "وليد"، "وائل": a given name that starts with و is the whole word, not و + a stem.
        if (first.Kind == TokenKind.Word && first.Text[0] == 'و' && first.Text.Length >= 3 && !_resources.GivenNames.StartsWith(first.Text))
        {
            if (!allowConjunction)
            {
                return (start, 0);
            }
            prefix = 1;
            var stemIsName = words.GivenNameLength(start) > 0
                             || (!_resources.CommonWords.Contains(first.Text[1..]) && !_resources.Stopwords.Contains(first.Text[1..]) && !first.Text[1..].StartsWith("ال", StringComparison.Ordinal));
            if (!stemIsName)
            {
                return (start, 0);
            }
        }
        // "انتقادات لجمال بنعمر": a preposition on a given name is not part of it ("باسم" and "كامل" are names of their
        // own), and a name after a title with one is not the title's ("الوزير بجمال ...").
        else if (IsPrepositionOnGivenName(first))
        {
            if (!allowConjunction)
            {
                return (start, 0);
            }
            prefix = 1;
        }
        else if (!forceFirst && !words.IsNameWord(start, first: true))
        {
            return (start, 0);
        }
        // A compound given name is taken whole ("عبد القادر"، "عبد الله").
        var end = start + Math.Max(1, words.GivenNameLength(start));
        while (end < tokens.Count && (end - start < maxTokens || ContinuesLineage(words, tokens, start, end, maxTokens)) && !tokens[end].LineBreakBefore)
        {
            if (Blocks(table, end) && !IsSurnameOnly(table, end))
            {
                // "بندر بن عبدالله بن عبدالعزيز": a known person named after بن is the father, part of this name.
                if (table.Covering(end) is { Type: EntityType.Person } father && father.FirstToken > start && father.FirstToken < end
                    && words.IsConnector(father.FirstToken - 1) && father.EndToken - start <= maxTokens + 2)
                {
                    end = father.EndToken;
                    continue;
                }
                break;
            }
            // "سميح بشادي مساعد وزير الداخلية": a word that is a given name and a title, before another title, is the title.
            if (words.StartsTitle(end) && Titles.Match(tokens, end) is { } title && !RolePhraseParser.IsName(table, words, tokens, title)
                && (title.Value.Class != TitleClass.Modifier || title.EndToken < tokens.Count && words.StartsTitle(title.EndToken)))
            {
                break;
            }
            if (words.GivenNameLength(end) > 1 && tokens[end].Text[0] != 'و')
            {
                end += words.GivenNameLength(end);
                continue;
            }
            if (words.IsConnector(end) && end + 1 < tokens.Count && words.IsNameWord(end + 1, first: false) && !tokens[end + 1].LineBreakBefore)
            {
                end += 2;
                continue;
            }
            // Initials with a full stop inside a name: "إديث م. ليدرير".
            if (tokens[end].Kind == TokenKind.Word && tokens[end].Text.Length == 1 && end + 2 < tokens.Count && tokens[end + 1].Text == "."
                && words.IsNameWord(end + 2, first: false))
            {
                end += 3;
                continue;
            }
            // "قال زئيف روتشتاين للجد حسين": ل with the article is a preposition and a noun, never inside a name; nor is
            // a preposition on a given name ("اجتمع ماريو بيانكي بكمال الحسن"): it starts the next phrase.
            if (tokens[end].Text.StartsWith("لل", StringComparison.Ordinal) || IsPrepositionOnGivenName(tokens[end]))
            {
                break;
            }
            // A word with و after the first starts the next name ("عامر ماداني وماثيو لي"); a two-letter "وي" is a name.
            if (!words.IsNameWord(end, first: false) || tokens[end].Text[0] == 'و' && tokens[end].Text.Length >= 3 && end > start)
            {
                break;
            }
            end++;
        }
        return (end, prefix);
    }

    /// <summary>"لجمال"، "بكمال": ل، ب or ك on a given name, where the whole word is no name of its own ("باسم"، "كامل").</summary>
    private bool IsPrepositionOnGivenName(Token token) =>
        token.Kind == TokenKind.Word && token.Text[0] is 'ل' or 'ب' or 'ك' && token.Text.Length > 3 && _resources.GivenNames.StartsWith(token.Text[1..])
        && !_resources.GivenNames.StartsWith(token.Text) && !_resources.AmbiguousGivenNames.Contains(token.Text);

    /// <summary>
    /// Whether a full-length name goes on with its lineage: a connector at <paramref name="end"/> and a name word
    /// after it, or the family name that ends a lineage ("بدر بن حسن بن فرحان الحريصي"). Only names read at the full
    /// length do; a caller that asked for a short run gets it.
    /// </summary>
    private static bool ContinuesLineage(WordFeatures words, IReadOnlyList<Token> tokens, int start, int end, int maxTokens)
    {
        if (maxTokens != MaxNameTokens || end - start + 1 > MaxLineageTokens)
        {
            return false;
        }
        if (words.IsConnector(end))
        {
            return end + 2 - start <= MaxLineageTokens && end + 1 < tokens.Count && !tokens[end + 1].LineBreakBefore
                   && words.IsNameWord(end + 1, first: false);
        }
        return words.IsConnector(end - 2) && tokens[end].Text.StartsWith("ال", StringComparison.Ordinal) && words.IsNameWord(end, first: false)
               && !words.IsCommon(end);
    }

    /// <summary>
    /// Whether a mention already holds a token. A short form still waiting for its anchor ("موسى" of
    /// a known "عمرو موسى") does not: "جون موسى" is another person.
    /// </summary>
    public static bool Blocks(MentionTable table, int index) => table.Covering(index) is { NeedsAnchor: false };

    /// <summary>"جيمس هولاند": a known person's surname after another given name is part of another person's name.</summary>
    private static bool IsSurnameOnly(MentionTable table, int index) =>
        table.Covering(index) is { Source: MentionSource.Gazetteer, Type: EntityType.Person } surname
        && surname.EndToken - surname.FirstToken == 1 && surname.FirstToken == index;

    /// <summary>A one-word place name that is also a given name ("داريا"): a longer personal name may start on it.</summary>
    public static bool IsOneWordPlace(MentionTable table, int index) =>
        table.Covering(index) is { Source: MentionSource.Gazetteer, Type: EntityType.Location or EntityType.Country } place
        && place.EndToken - place.FirstToken == 1;

    public static EntityMention Person(Doc doc, int first, int end, MentionSource source, int prefix) =>
        EntityMention.Unlisted(doc, first, end, doc.Tokens[first].Start + prefix, EntityType.Person, source);

    /// <summary>
    /// The name words that end at <paramref name="end"/>: "وقال ليم سو سوك،"; a word with و starts the name ("بين بوتين
    /// وألكسندر لوكاشينكو،").
    /// </summary>
    public (int Start, int Prefix) NameWordsBefore(Doc doc, MentionTable table, WordFeatures words, int end)
    {
        var tokens = doc.Tokens;
        var start = end;
        var prefix = 0;
        while (start > 0 && end - start < MaxNameTokens && table.Covering(start - 1) is null && !tokens[start].LineBreakBefore
               && words.IsNameWord(start - 1, first: false))
        {
            start--;
            // "وألكسندر": و before a given name is a conjunction; "واتسون" is a name that starts with و.
            var text = tokens[start].Text;
            if (text.Length > 3 && text[0] == 'و' && _resources.GivenNames.StartsWith(text[1..]) && !_resources.GivenNames.StartsWith(text))
            {
                prefix = 1;
                break;
            }
        }
        while (prefix == 0 && start < end && (!words.IsNameWord(start, first: true) || words.IsConnector(start)))
        {
            start++;
        }
        return (start, prefix);
    }
}
