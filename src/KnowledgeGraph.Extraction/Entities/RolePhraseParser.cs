using System.Text;
using KnowledgeGraph.Extraction.Matching;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// Reads a title phrase: honorifics, a modifier (نائب، مساعد), the title, its role words
/// (الدفاع، الموارد الطبيعية), where the office is (a nationality adjective, a genitive country or
/// body, "باسم" or "في" + a body) and a postmodifier (السابق). The role reported keeps the title
/// in the singular with its role words and postmodifier, without the nationality.
/// </summary>
public sealed class RolePhraseParser
{
    private const int MaxRoleWords = 4;

    private readonly LanguageResources _resources;

    public RolePhraseParser(LanguageResources resources) => _resources = resources;

    public RolePhrase? Parse(Doc doc, MentionTable table, WordFeatures words, int index)
    {
        var tokens = doc.Tokens;
        var titles = _resources.Cues.Titles;
        var match = titles.Match(tokens, index);
        if (match is null)
        {
            return null;
        }
        var leading = match.Value.FirstToken;

        // Honorifics before a title ("صاحب السمو الملكي الأمير") are skipped; alone they still cue a name.
        while (match.Value.Value.Class == TitleClass.Honorific && match.Value.EndToken < tokens.Count
               && titles.Match(tokens, match.Value.EndToken) is { } next && next.Value.Class != TitleClass.Postmodifier
               && !IsName(table, words, tokens, next))
        {
            match = next;
        }

        var first = match.Value;
        var title = first.Value;
        var modifierText = "";
        var modifierStart = first.Start;
        var minister = title.Class == TitleClass.Minister;
        if (title.Class == TitleClass.Modifier)
        {
            if (first.EndToken < tokens.Count && titles.Match(tokens, first.EndToken, allowClitics: false) is { } modified
                && modified.Value.Class is not (TitleClass.Modifier or TitleClass.Postmodifier or TitleClass.Honorific))
            {
                modifierText = doc.OriginalText(first.Start, tokens[first.EndToken - 1].End) + " ";
                match = modified;
                minister = modified.Value.Class == TitleClass.Minister;
                // A deputy's office is not the office itself ("نائب الرئيس" is not "الرئيس").
                title = modified.Value with { Class = TitleClass.Official };
            }
            else
            {
                title = title with { Class = TitleClass.Official };
            }
        }
        if (title.Class == TitleClass.Postmodifier)
        {
            return null;
        }

        var titleMatch = match.Value;
        var k = titleMatch.EndToken;
        var roleWordsEnd = k;
        EntityMention? target = null;
        // "أمين منطقة عسير": a title that ends in the word that begins the name of the place it governs; "رئيس المحكمة
        // العليا": or of the body it heads.
        if (titleMatch.TokenCount > 1 && title.IsOffice
            && table.StartingAt(k - 1, mention => mention.Kind == MentionKind.Name && mention.EndToken > k
                                                  && (title.Class == TitleClass.Governor
                                                      ? mention.Type == EntityType.Location
                                                      : mention.Type == EntityType.Organization && tokens[k - 1].Text.StartsWith("ال", StringComparison.Ordinal))) is { } governed)
        {
            target = governed;
            k = governed.EndToken;
        }

        // "مستشار خادم الحرمين الشريفين"، "مدرب الفريق": an indefinite title followed by another title is in construct
        // with it; the second names whose adviser or coach, it is not a second office.
        var roleWords = 0;
        string? whoseTitle = null;
        if (title.Form.IndexOf(' ') < 0 && !title.Form.StartsWith("ال", StringComparison.Ordinal) && title.Class is not (TitleClass.Honorific or TitleClass.Modifier)
            && k < tokens.Count && !tokens[k].LineBreakBefore
            && titles.Match(tokens, k, allowClitics: false) is { Value.Class: not (TitleClass.Honorific or TitleClass.Postmodifier or TitleClass.Modifier) } genitiveOffice
            && !IsName(table, words, tokens, genitiveOffice))
        {
            k = genitiveOffice.EndToken;
            roleWords++;
            roleWordsEnd = k;
            whoseTitle = genitiveOffice.Value.Singular;
        }
        // Role words: "وزير الدفاع"، "حاكم المنطقة"، "الأدميرال البحري".
        while (k < tokens.Count && roleWords < MaxRoleWords && !tokens[k].LineBreakBefore && title.Class != TitleClass.Honorific)
        {
            var token = tokens[k];
            // "النائب الثاني لرئيس مجلس الوزراء": a title in the genitive with ل continues the role.
            var genitiveTitle = token.Kind == TokenKind.Word && token.Text.Length > 3 && token.Text[0] == 'ل' && token.Text[1] != 'ل'
                                && _resources.Cues.Titles.MatchStem(tokens, k, token.Text[1..]) is not null;
            if (genitiveTitle)
            {
                k++;
                roleWords++;
                roleWordsEnd = k;
                continue;
            }
            if (TargetAt(table, k) is not null || words.StartsTitle(k) || words.GivenNameLength(k) > 0 || words.IsStopword(k))
            {
                break;
            }
            if (token.Kind != TokenKind.Word)
            {
                break;
            }
            // "وزير الثقافة والإعلام": a field joined by و to the one before it is part of the role.
            var joined = roleWords > 0 && token.Text.StartsWith("وال", StringComparison.Ordinal) && token.Text.Length > 4;
            if (token.Text.StartsWith("ال", StringComparison.Ordinal) || token.Text.StartsWith("لل", StringComparison.Ordinal) || joined)
            {
                if (table.StartingAt(k) is not null)
                {
                    break;
                }
                k++;
                roleWords++;
                roleWordsEnd = k;
                continue;
            }
            // An indefinite noun in construct with a following country or body: "وزير خارجية قطر" (right after the title).
            if (roleWords == 0 && !words.IsNameWord(k, first: true) && k + 1 < tokens.Count && TargetAt(table, k + 1) is not null)
            {
                k++;
                roleWords++;
                roleWordsEnd = k;
                continue;
            }
            break;
        }

        // "المبعوث الخاص إلى سوريا"، "السفير لدى الأردن": where a diplomat is posted belongs to the role.
        if (title.Class == TitleClass.Diplomat && k + 1 < tokens.Count && tokens[k].Text is "الي" or "لدي")
        {
            if (table.StartingAt(k + 1, mention => mention.Type is EntityType.Country or EntityType.Organization or EntityType.Location && mention.Kind == MentionKind.Name) is { } posted)
            {
                k = posted.EndToken;
                roleWordsEnd = k;
            }
            else if (tokens[k + 1].Text is "المملكه" or "البلاد" or "الدوله")
            {
                k += 2; // "سفير اليابان لدى المملكة": the host, named by a common noun ("المملكة الأردنية": and its nationality)
                if (k < tokens.Count && table.StartingAt(k, mention => mention is { Type: EntityType.Country, Kind: MentionKind.Adjective }) is { } host)
                {
                    k = host.EndToken;
                }
                roleWordsEnd = k;
            }
        }

        // "الوزير المنتدب المغربي"، "وزيرة الدولة المنتدبة المغربية": a postmodifier may come before the nationality.
        var postmodifier = "";
        if (target is null && PostmodifierAt(tokens, k) is { } early && early.EndToken < tokens.Count && !tokens[early.EndToken].LineBreakBefore
            && table.StartingAt(early.EndToken, mention => mention is { Type: EntityType.Country, Kind: MentionKind.Adjective }) is not null)
        {
            postmodifier = " " + doc.OriginalText(early.Start, early.End);
            k = early.EndToken;
        }

        // Where the office is.
        if (target is null && k < tokens.Count && !tokens[k].LineBreakBefore)
        {
            if ((TargetAt(table, k) ?? GovernedPlaceAt(table, k, title)) is { } found
                && (found.Type != EntityType.Location || title.Class is TitleClass.Governor or TitleClass.Nobility or TitleClass.Royal))
            {
                target = found;
                k = found.EndToken;
                // "قائد فيلق القدس الإيراني": the body's nationality, after its name, is part of the phrase.
                if (found.Type == EntityType.Organization && k < tokens.Count && !tokens[k].LineBreakBefore
                    && table.StartingAt(k, mention => mention is { Type: EntityType.Country, Kind: MentionKind.Adjective }) is { } nationality
                    && tokens[k].Text.StartsWith("ال", StringComparison.Ordinal))
                {
                    k = nationality.EndToken;
                }
                // "المنسق الإنساني للأمم المتحدة في اليمن": where the body's office sits is part of the phrase.
                if (found.Type == EntityType.Organization && k + 1 < tokens.Count && tokens[k].Text == "في" && !tokens[k + 1].LineBreakBefore
                    && table.StartingAt(k + 1, mention => !mention.Nested && mention.Kind == MentionKind.Name && mention.Type is EntityType.Country or EntityType.Location) is { } seat)
                {
                    k = seat.EndToken;
                }
                // "رئيس مجلس الإنقاذ في المحافظة": the seat named by a back-reference.
                else if (found.Type == EntityType.Organization && SeatBackReferenceEnd(tokens, k) is var seatEnd and > 0)
                {
                    k = seatEnd;
                }
            }
            // "المستشار في الديوان الملكي"، "المشرف العام على مركز الملك سلمان": the body one serves in or supervises.
            else if ((tokens[k].Text == "في" || tokens[k].Text == "علي" && title.Class == TitleClass.Executive) && k + 1 < tokens.Count
                     && table.StartingAt(k + 1, mention => mention.Type == EntityType.Organization && !mention.Nested) is { } body)
            {
                target = body;
                k = body.EndToken;
            }
            // "المستشار بالديوان الملكي"، "الأستاذ المساعد بكلية الفنون الجميلة": with ب, the body one works at; for a
            // staff title only, as a leader or a minister with ب is what the clause goes on to ("ندد الرئيس بالحكومة").
            else if (tokens[k].Text[0] == 'ب' && title.Class is TitleClass.Official or TitleClass.Executive or TitleClass.Occupation
                     && table.StartingAt(k, mention => mention.Type == EntityType.Organization && !mention.Nested && mention.Start > tokens[k].Start) is { } workplace)
            {
                target = workplace;
                k = workplace.EndToken;
            }
        }

        // Postmodifier: "الرئيس الأمريكي السابق".
        // "الرئيس الإيراني المتشدد السابق"، "الزعيم الكوبي الراحل": an epithet after the office's place describes the
        // person; the phrase goes on across it, the role leaves it out.
        while (target is not null && k < tokens.Count && !tokens[k].LineBreakBefore && _resources.Epithets.Contains(tokens[k].Text))
        {
            k++;
        }
        if (postmodifier.Length == 0 && PostmodifierAt(tokens, k) is { } post)
        {
            postmodifier = " " + doc.OriginalText(post.Start, post.End);
            k = post.EndToken;
        }
        if (target is { Kind: MentionKind.Adjective })
        {
            k = AfterNationality(doc, table, words, title, k);
        }
        else if (target is { Type: EntityType.Organization })
        {
            k = PortfolioEnd(tokens, table, words, k); // "وكيل وزارة الصحة للخدمات العلاجية"
        }
        var backReference = target is null ? BackReference(tokens, titleMatch.EndToken, roleWords, roleWordsEnd, ref k) : null;

        var titleText = title.Singular == title.Form
            ? doc.OriginalText(titleMatch.Start, titleMatch.End)
            : title.Singular;
        var roleWordsText = roleWordsEnd > titleMatch.EndToken
            ? " " + doc.OriginalText(tokens[titleMatch.EndToken].Start, tokens[roleWordsEnd - 1].End)
            : "";
        var roleText = Collapse(modifierText + titleText + roleWordsText + postmodifier);
        var key = _resources.Normalizer.NormalizeKey(StripArticle(title.Singular) + roleWordsText);
        return new RolePhrase
        {
            FirstToken = first.FirstToken,
            LeadingToken = leading,
            EndToken = k,
            Start = first.Start,
            End = tokens[k - 1].End,
            Title = title,
            RoleText = roleText,
            RoleKey = (modifierText.Length > 0 ? _resources.Normalizer.NormalizeKey(modifierText) + " " : "") + key,
            Target = target,
            GenitiveTitle = whoseTitle,
            BackReference = backReference,
            MinistryField = minister && roleWordsText.Length > 0 ? _resources.Normalizer.NormalizeKey(roleWordsText.Trim()) : null,
        };

        static string StripArticle(string text) => text.StartsWith("ال", StringComparison.Ordinal) ? text[2..] : text;
    }

    /// <summary>
    /// The head noun of the body or place a title with no target refers back to: its one role word ("مدير الجامعة"),
    /// its last role word with لل ("المتحدث الرسمي للهيئة"), or the word after its role words with ب or في ("الرئيس
    /// التنفيذي بالشركة"، "قيادي في التنظيم"), which then belongs to the phrase.
    /// </summary>
    private string? BackReference(IReadOnlyList<Token> tokens, int titleEnd, int roleWords, int roleWordsEnd, ref int k)
    {
        if (roleWordsEnd > titleEnd && tokens[roleWordsEnd - 1].Text.StartsWith("لل", StringComparison.Ordinal))
        {
            return BackReferenceNoun(tokens[roleWordsEnd - 1], "ال" + tokens[roleWordsEnd - 1].Text[2..]);
        }
        if (roleWords == 1 && roleWordsEnd == titleEnd + 1)
        {
            return BackReferenceNoun(tokens[titleEnd]);
        }
        if (k != roleWordsEnd || k >= tokens.Count || tokens[k].LineBreakBefore)
        {
            return null;
        }
        if (tokens[k].Text.StartsWith("بال", StringComparison.Ordinal) && BackReferenceNoun(tokens[k], tokens[k].Text[1..]) is { } withBa)
        {
            k++;
            return withBa;
        }
        if (tokens[k].Text == "في" && k + 1 < tokens.Count && !tokens[k + 1].LineBreakBefore && BackReferenceNoun(tokens[k + 1]) is { } withFi)
        {
            k += 2;
            return withFi;
        }
        return null;
    }

    /// <summary>"مدير الجامعة"، "رئيس النادي": a head noun of bodies or places with the article refers back to one.</summary>
    private string? BackReferenceNoun(Token token, string? withArticle = null)
    {
        var word = withArticle ?? token.Text;
        if (token.Kind != TokenKind.Word || word.Length < 4 || !word.StartsWith("ال", StringComparison.Ordinal))
        {
            return null;
        }
        var cues = _resources.Cues;
        var stem = word[2..];
        return cues.OrganizationHeads.Lookup(stem).Count > 0 || cues.PlaceHeads.Lookup(stem).Count > 0
               || cues.OrganizationHeads.Lookup(word).Count > 0 || cues.PlaceHeads.Lookup(word).Count > 0
            ? stem
            : null;
    }

    /// <summary>
    /// "الدكتور مساعد العيبان": a word that could be a title ("مساعد" = assistant) but starts a known
    /// person, or is a given name not followed by the title it would modify, is a name.
    /// </summary>
    public static bool IsName(MentionTable table, WordFeatures words, IReadOnlyList<Token> tokens, PhraseMatch<TitleInfo> title) =>
        // A known name that itself begins with the title ("الملك سلمان") does not count: the title is still a title.
        // ("مساعد بن محمد العيبان" starts with a title that is also a given name: that one is a name).
        table.StartingAt(title.FirstToken, mention => mention.Type == EntityType.Person && mention.Source == MentionSource.Gazetteer
                                                       && mention.Start == title.Start
                                                       && (!words.StartsTitle(mention.FirstToken) || words.GivenNameLength(mention.FirstToken) > 0)) is not null
        || title.Value.Class == TitleClass.Modifier && words.GivenNameLength(title.FirstToken) > 0 && !words.StartsTitle(title.EndToken < tokens.Count ? title.EndToken : title.FirstToken)
        // "الشيخ سلطان بن محمد": a ruler's title the name words read as a given name (NameWords.IsTitleUsedAsGivenName).
        || !words.StartsTitle(title.FirstToken) && words.GivenNameLength(title.FirstToken) > 0;

    /// <summary>"حاكم نيروبي"، "محافظ جدة"، "أمين عمان": a governor's title takes the city it governs.</summary>
    private static EntityMention? GovernedPlaceAt(MentionTable table, int index, TitleInfo title) =>
        title.Class == TitleClass.Governor
            ? table.StartingAt(index, mention => !mention.Nested && mention.Type == EntityType.Location && mention.Kind == MentionKind.Name)
            : null;

    /// <summary>A country, a body or a region right here: a name, or a nationality adjective.</summary>
    private static EntityMention? TargetAt(MentionTable table, int index) =>
        table.StartingAt(index, mention => !mention.Nested
                                           && (mention.Type is EntityType.Country or EntityType.Organization
                                               || (mention.Type == EntityType.Location && mention.Known?.Kind == "region")
                                               || (mention.Type == EntityType.Location && mention.Source == MentionSource.Head))
                                           && mention.Kind is MentionKind.Name or MentionKind.Adjective);

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString().Trim();
    }

    /// <summary>Common nouns that name again a place the article named (normalised).</summary>
    private static readonly HashSet<string> PlaceBackReferences = new(StringComparer.Ordinal) { "المحافظه", "المنطقه", "المدينه", "البلاد", "الولايه", "الاقليم", "المملكه" };

    /// <summary>"في المحافظة" at <paramref name="k"/>: the token after it, else 0.</summary>
    private static int SeatBackReferenceEnd(IReadOnlyList<Token> tokens, int k) =>
        k + 1 < tokens.Count && !tokens[k].LineBreakBefore && tokens[k].Text == "في" && !tokens[k + 1].LineBreakBefore
        && PlaceBackReferences.Contains(tokens[k + 1].Text)
            ? k + 2
            : 0;

    /// <summary>"السابق"، "المنتدبة": a word that qualifies the role before it.</summary>
    private PhraseMatch<TitleInfo>? PostmodifierAt(IReadOnlyList<Token> tokens, int k) =>
        k < tokens.Count && !tokens[k].LineBreakBefore && _resources.Cues.Titles.Match(tokens, k, allowClitics: false) is { Value.Class: TitleClass.Postmodifier } post
            ? post
            : null;

    /// <summary>
    /// A portfolio with ل after the body or nationality of an office ("للشؤون الخارجية"، "لشؤون الكهرباء"); returns the token
    /// after it, or <paramref name="k"/> when there is none.
    /// </summary>
    private int PortfolioEnd(IReadOnlyList<Token> tokens, MentionTable table, WordFeatures words, int k)
    {
        if (k >= tokens.Count || tokens[k].LineBreakBefore || table.StartingAt(k) is not null || words.IsStopword(k)
            || _resources.Cues.Titles.Match(tokens, k) is not null)
        {
            return k;
        }
        var text = tokens[k].Text;
        var construct = text.Length > 3 && text[0] == 'ل' && text[1] != 'ل' && k + 1 < tokens.Count
                        && tokens[k + 1].Text.StartsWith("ال", StringComparison.Ordinal);
        if (!text.StartsWith("لل", StringComparison.Ordinal) && !construct)
        {
            return k;
        }
        var start = k++;
        while (k < tokens.Count && k - start < 3 && !tokens[k].LineBreakBefore && tokens[k].Text.StartsWith("ال", StringComparison.Ordinal)
               && table.StartingAt(k) is null && !words.IsStopword(k) && !words.StartsTitle(k))
        {
            k++;
        }
        return k;
    }

    /// <summary>
    /// After a title's nationality: "وزير الدولة الإماراتي للشؤون الخارجية" (a portfolio with ل), "السفير السعودي
    /// (السابق) في دمشق" (where a diplomat is posted). Both belong to the title phrase; returns the token after them.
    /// </summary>
    private int AfterNationality(Doc doc, MentionTable table, WordFeatures words, TitleInfo title, int k)
    {
        var tokens = doc.Tokens;
        if (k >= tokens.Count || tokens[k].LineBreakBefore || table.StartingAt(k) is not null)
        {
            return k;
        }
        if (PortfolioEnd(tokens, table, words, k) is var portfolioEnd && portfolioEnd > k)
        {
            return portfolioEnd;
        }
        if (title.Class == TitleClass.Diplomat && tokens[k].Text == "في" && k + 1 < tokens.Count
            && table.StartingAt(k + 1, mention => mention is { Kind: MentionKind.Name, Type: EntityType.Country or EntityType.Location }) is { } posted)
        {
            return posted.EndToken;
        }
        return k;
    }
}
