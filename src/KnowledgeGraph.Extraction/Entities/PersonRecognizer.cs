using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// Recognises people and the offices the text gives them, from linguistic cues rather than
/// lists: a title phrase before a name ("وزير الدفاع الروسي سيرغي شويغو"), a title phrase in
/// apposition after one ("ليم سو سوك، المتحدث باسم ..."), a given name ("جيم هاينتز"), a name
/// coordinated with a person ("... ري بيونج تشول وباك جونج تشون"), and a bare name as the
/// subject of a verb of saying ("وقال بيسكوف إن"). A title phrase with a nationality or a body
/// and no name after it is kept as a descriptor for coreference ("الرئيس الروسي").
/// </summary>
public sealed class PersonRecognizer : IPipelineComponent
{
    /// <summary>A word of fewer articles than 2^(UnlistedNameLevel-1) in the reference corpus may be part of a name no list holds.</summary>
    private const int UnlistedNameLevel = 6;

    private static readonly HashSet<string> SpeechFollowers = new(StringComparer.Ordinal) { "ان", "انه", "انها", "في", "خلال", "امس", "اليوم", "لوكاله", "لصحيفه", "لقناه" };

    private readonly LanguageResources _resources;
    private readonly NameWords _nameWords;
    private readonly RolePhraseParser _roles;
    private readonly NameRunReader _runs;

    public PersonRecognizer(LanguageResources resources, NameWords nameWords)
    {
        _resources = resources;
        _nameWords = nameWords;
        _roles = new RolePhraseParser(resources);
        _runs = new NameRunReader(resources);
    }

    public void Process(Doc doc)
    {
        var table = MentionTable.For(doc);
        var words = _nameWords.For(doc);
        var tokens = doc.Tokens;

        for (var i = 0; i < tokens.Count; i++)
        {
            if (words.StartsTitle(i) && (table.Covering(i) is null || table.Covering(i)!.Type == EntityType.Person))
            {
                i = TitleCue(doc, table, words, i) - 1;
            }
        }
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Punctuation && tokens[i].Text is "،" or "," && i + 1 < tokens.Count)
            {
                AppositionCue(doc, table, words, i);
            }
        }
        for (var i = 0; i < tokens.Count; i++)
        {
            if (words.GivenNameLength(i) > 0 && (table.Covering(i) is null || NameRunReader.IsOneWordPlace(table, i)))
            {
                i = GivenNameCue(doc, table, words, i) - 1;
            }
        }
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && words.IsSpeechVerb(i))
            {
                SpeechCue(doc, table, words, i);
            }
        }
        CoordinationCue(doc, table, words);
    }

    /// <summary>
    /// A chain of title phrases at <paramref name="index"/> ("وزير الدولة عضو مجلس الوزراء الدكتور")
    /// and the name after it; titles right after the name without a conjunction are the same
    /// person's too ("الأمير محمد بن سلمان ولي ولي العهد وزير الدفاع"). Returns the token after
    /// what it consumed.
    /// </summary>
    private int TitleCue(Doc doc, MentionTable table, WordFeatures words, int index)
    {
        var chain = TitleChain(doc, table, words, index, allowConjunction: true);
        var tokens = doc.Tokens;
        // "مدير مكتب معالي الوزير السفير X": a title in the genitive of another office names whose office it is,
        // not X's; the rest of the chain is X's.
        if (chain.Count > 1 && IsGenitiveOfOffice(tokens, words, chain[0].LeadingToken))
        {
            chain.RemoveAt(0);
        }
        if (chain.Count == 0)
        {
            return index + 1;
        }
        var k = chain[^1].EndToken;
        EntityMention? person = null;
        if (k < tokens.Count && !tokens[k].LineBreakBefore)
        {
            person = NameAfterTitles(doc, table, words, chain, k);
        }
        if (person is null)
        {
            foreach (var role in chain)
            {
                AddDescriptor(table, role);
            }
            // "قال جون كيري وزير الخارجية الأمريكي إن": titles right after a name, with no comma or conjunction, are that person's.
            if (!tokens[index].LineBreakBefore && (tokens[index].Text[0] != 'و' || Titles.Match(tokens, index, allowClitics: false) is not null))
            {
                if (NameEndingAt(table, index) is { } named && chain[0].Title.IsOffice && (chain[0].IsQualified || named.Known is not null))
                {
                    Attach(named, chain);
                }
                else if (chain[0].Title.IsOffice && chain[0].IsQualified && UnlistedNameBefore(doc, table, words, index) is { } unlisted)
                {
                    Attach(unlisted, chain);
                    table.Add(unlisted);
                }
            }
            return k;
        }
        // "قال ولايتي مستشار خامنئي": after a name, a bare indefinite title and a known person is the first one's office
        // and the second one's name in the genitive (whose adviser).
        if (chain.Count == 1 && person.Known is not null && chain[0] is { IsQualified: false } bare && bare.EndToken == person.FirstToken
            && bare.Title.Form.IndexOf(' ') < 0 && !bare.Title.Form.StartsWith("ال", StringComparison.Ordinal) && bare.RoleText == bare.Title.Form
            && !tokens[index].LineBreakBefore && NameEndingAt(table, bare.LeadingToken) is { } holder && holder != person)
        {
            Attach(holder, chain);
            return person.EndToken;
        }
        // "ولايتي مستشار خامنئي" where no cue made ولايتي a name: still not Khamenei's office if he is known to hold others.
        if (chain.Count == 1 && person.Known is { Roles.Count: > 0 } known && chain[0] is { IsQualified: false } lone
            && lone.RoleText == lone.Title.Form && !lone.Title.Form.StartsWith("ال", StringComparison.Ordinal) && lone.LeadingToken > 0
            && words.IsNameWord(lone.LeadingToken - 1, first: false) && !words.IsCommon(lone.LeadingToken - 1)
            && !known.Roles.Any(role => role.Title.Contains(lone.Title.Form, StringComparison.Ordinal)))
        {
            return person.EndToken;
        }
        Attach(person, chain);
        return TitlesAfterName(doc, table, words, person, qualifiedOfficeOnly: false);
    }

    /// <summary>Consecutive title phrases; a phrase with a conjunction ("ووزير") only as the first one.</summary>
    private List<RolePhrase> TitleChain(Doc doc, MentionTable table, WordFeatures words, int index, bool allowConjunction)
    {
        var chain = new List<RolePhrase>();
        var k = index;
        var tokens = doc.Tokens;
        while (k < tokens.Count && chain.Count < 6 && words.StartsTitle(k) && !tokens[k].LineBreakBefore
               && !(Titles.Match(tokens, k) is { } here && RolePhraseParser.IsName(table, words, tokens, here)))
        {
            if ((chain.Count > 0 || !allowConjunction) && tokens[k].Text[0] == 'و' && tokens[k].Text.Length > 2 && Titles.Match(tokens, k, allowClitics: false) is null)
            {
                break;
            }
            var role = _roles.Parse(doc, table, words, k);
            if (role is null || role.EndToken <= k)
            {
                break;
            }
            // "الوفد الرسمي لسمو ولي ولي العهد وزير الدولة ...": a title in the genitive with ل names its own person;
            // the next title starts another. (With ب the chain goes on: "اجتماعه برئيس الوزراء القائد العام ... العبادي".)
            if (chain.Count > 0 && StartsWithPreposition(doc, chain[0]))
            {
                break;
            }
            // "الوزير الروسي أمير دولة قطر الشيخ تميم": two titles of two countries are two people.
            if (chain.Count > 0 && role.Target is { } target && chain.Any(previous => previous.Target is { } other && other.Known != target.Known))
            {
                break;
            }
            chain.Add(role);
            k = role.EndToken;
        }
        return chain;
    }

    private Matching.PhraseIndex<TitleInfo> Titles => _resources.Cues.Titles;

    private bool StartsWithPreposition(Doc doc, RolePhrase role)
    {
        var token = doc.Tokens[role.LeadingToken];
        return Titles.Match(doc.Tokens, role.LeadingToken) is { } match
               && (match.Reading.ArticleRestored || match.Start > token.Start && doc.Normalized.Text[token.Start..match.Start].Any(c => c is 'ل'));
    }

    /// <summary>The person named after a chain of titles: a known name, a name after a comma, or a run of name words.</summary>
    private EntityMention? NameAfterTitles(Doc doc, MentionTable table, WordFeatures words, List<RolePhrase> chain, int k)
    {
        var tokens = doc.Tokens;
        if (table.StartingAt(k, mention => mention.Type == EntityType.Person && mention.Kind is MentionKind.Name or MentionKind.ShortName) is { } known)
        {
            // A short form ("كيم"، "تشوي") is the known person only if the name does not go on ("كيم ميونج سيك").
            if (known.Kind == MentionKind.Name || _runs.NameRun(doc, table, words, known.EndToken, allowConjunction: false).End == known.EndToken)
            {
                return known;
            }
            var (longEnd, _) = _runs.NameRun(doc, table, words, known.EndToken, allowConjunction: false);
            var longer = NameRunReader.Person(doc, k, longEnd, MentionSource.Title, 0);
            table.Add(longer);
            return longer;
        }
        // "المتحدث باسم البيت الأبيض، جون كيربي،": the name after a comma.
        if (tokens[k].Text is "،" or "," && k + 1 < tokens.Count)
        {
            if (table.StartingAt(k + 1, mention => mention.Type == EntityType.Person && mention.Kind == MentionKind.Name && mention.Known is not null) is { } knownAfterComma)
            {
                return knownAfterComma;
            }
            if (!chain[^1].IsQualified)
            {
                return null;
            }
            if (table.StartingAt(k + 1, mention => mention.Type == EntityType.Person && mention.Kind == MentionKind.Name) is { } afterComma)
            {
                return afterComma;
            }
            var (end, _) = _runs.NameRun(doc, table, words, k + 1);
            if (end - (k + 1) >= 2 && end < tokens.Count && tokens[end].Text is "،" or "," or "." or ":")
            {
                var mention = NameRunReader.Person(doc, k + 1, end, MentionSource.Title, 0);
                table.Add(mention);
                return mention;
            }
            return null;
        }
        var shortStart = ShortCommonNameStart(doc, table, words, k) || CommonGivenNameBeforeRareName(doc, table, words, k)
                         || AmbiguousGivenNameBeforeFamilyName(doc, table, words, k);
        if (IsHeadlineVerb(tokens, words, k))
        {
            return null;
        }
        if (!NameRunReader.Blocks(table, k) && (words.IsNameWord(k, first: true) || shortStart))
        {
            var (end, prefix) = _runs.NameRun(doc, table, words, k, allowConjunction: false, forceFirst: shortStart);
            if (end == k + 1 && FamilyNameAfter(doc, table, words, k))
            {
                end++;
            }
            if (end > k && (end - k > 1 || EndsName(doc, words, end)))
            {
                var mention = NameRunReader.Person(doc, k, end, MentionSource.Title, prefix);
                table.Add(mention);
                return mention;
            }
        }
        return null;
    }

    /// <summary>
    /// After a title, a given name and one ordinary word are a given name and a family name: a relative adjective
    /// (ending in ي) that is also a word ("وزير الدولة نزار مدني"; مدني = civil), or a definite word ending the name
    /// where names end ("المهندس محمد العمرة، أن"، "المهندس محمد القاضي إن"), which readers expect a title to
    /// introduce in full.
    /// </summary>
    private bool FamilyNameAfter(Doc doc, MentionTable table, WordFeatures words, int given)
    {
        var next = given + 1;
        var tokens = doc.Tokens;
        if (words.GivenNameLength(given) != 1 && !IsAmbiguousGivenName(tokens[given]) || next >= tokens.Count || tokens[next].LineBreakBefore || tokens[next].Kind != TokenKind.Word
            || tokens[next].Text.Length < 4 || tokens[next].Text[0] == 'و' || words.IsStopword(next) || words.StartsHead(next)
            || words.StartsTitle(next) && !IsTitleWordAsFamilyName(doc, words, next) || table.Covering(next) is not null)
        {
            return false;
        }
        var text = tokens[next].Text;
        if (text.EndsWith('ي'))
        {
            return true;
        }
        return text.StartsWith("ال", StringComparison.Ordinal) && text.Length >= 5 && EndsName(doc, words, next + 1) && !text.EndsWith("ات", StringComparison.Ordinal)
               && _resources.Relations.Calendar.Match(tokens, next) is null && !_resources.DescriptiveAdjectives.Contains(text);
    }

    /// <summary>
    /// "المهندس محمد القاضي إن": a one-word title with the article after a given name, where a name ends, is a family name
    /// (القاضي، الشيخ), not the office of someone else.
    /// </summary>
    private bool IsTitleWordAsFamilyName(Doc doc, WordFeatures words, int index) =>
        doc.Tokens[index].Text.StartsWith("ال", StringComparison.Ordinal) && Titles.Match(doc.Tokens, index, allowClitics: false) is { TokenCount: 1 }
        && EndsName(doc, words, index + 1);

    /// <summary>
    /// A one-word name after a title ("الوزير شويغو"، "الرئيس هادي") must end where names end: at
    /// punctuation, a function word or the end of the line, not run into a noun ("قائد فيلق القدس خرق الحظر").
    /// </summary>
    private static bool EndsName(Doc doc, WordFeatures words, int end) =>
        end >= doc.Tokens.Count || doc.Tokens[end].LineBreakBefore || doc.Tokens[end].Kind == TokenKind.Punctuation
        || words.IsStopword(end) || doc.Tokens[end].Text.StartsWith('و');

    /// <summary>Whether a name starts here (so titles before it are that person's, not the previous one's).</summary>
    /// <summary>
    /// "ولي ولي العهد ينسف مغريات ...": headlines put the subject first, so a title in the headline is followed by
    /// its verb; an imperfect verb there (ي، ت) that no list knows as a name is not one.
    /// </summary>
    private static bool IsHeadlineVerb(IReadOnlyList<Token> tokens, WordFeatures words, int k)
    {
        if (k >= tokens.Count || tokens[k].Kind != TokenKind.Word || tokens[k].Text.Length < 4 || tokens[k].Text[0] is not ('ي' or 'ت')
            || words.GivenNameLength(k) > 0)
        {
            return false;
        }
        return words.InFirstLine(k);
    }

    private static bool IsGenitiveOfOffice(IReadOnlyList<Token> tokens, WordFeatures words, int title) =>
        title >= 2 && tokens[title - 1].Kind == TokenKind.Word && !tokens[title - 1].Text.StartsWith("ال", StringComparison.Ordinal)
        && !words.StartsTitle(title - 1) && !words.IsStopword(title - 1) && words.StartsTitle(title - 2)
        && !tokens[title - 1].LineBreakBefore && !tokens[title].LineBreakBefore;

    private static EntityMention? NameEndingAt(MentionTable table, int index) =>
        index > 0 && table.Covering(index - 1) is { Type: EntityType.Person, Kind: MentionKind.Name } named && named.EndToken == index ? named : null;

    private static bool StartsAnotherName(Doc doc, MentionTable table, WordFeatures words, int k) =>
        k < doc.Tokens.Count && !doc.Tokens[k].LineBreakBefore
        && (table.StartingAt(k, mention => mention.Type == EntityType.Person) is not null || words.GivenNameLength(k) > 0
            || table.Covering(k) is null && words.IsNameWord(k, first: true));

    private static void Attach(EntityMention person, List<RolePhrase> chain)
    {
        foreach (var role in chain)
        {
            Attach(person, role);
        }
    }

    /// <summary>
    /// After a title, a short word that is also a common word starts a name when two unlisted
    /// name words follow it: Korean and Chinese names ("المارشال ري بيونج تشول").
    /// </summary>
    private static bool ShortCommonNameStart(Doc doc, MentionTable table, WordFeatures words, int k)
    {
        var tokens = doc.Tokens;
        if (tokens[k].Kind != TokenKind.Word || tokens[k].Text.Length > 3 || words.IsStopword(k) || words.StartsTitle(k) || k + 2 >= tokens.Count)
        {
            return false;
        }
        for (var j = k + 1; j <= k + 2; j++)
        {
            if (tokens[j].LineBreakBefore || table.Covering(j) is not null || !words.IsNameWord(j, first: false) || words.IsCommon(j))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// "وزيرة الدولة المنتدبة مباركة بوعيدة"، "عمدة الحارة ملاك باعيسى": after a title, an ordinary word followed by a rare
    /// word no lexicon lists is a given name that is also a word and a family name.
    /// </summary>
    private static bool CommonGivenNameBeforeRareName(Doc doc, MentionTable table, WordFeatures words, int k)
    {
        var tokens = doc.Tokens;
        var next = k + 1;
        // Not a word with the article or a preposition ("لممارسة طقوسهم"), nor an imperfect verb after it ("كبير يتعاقد").
        return tokens[k].Kind == TokenKind.Word && tokens[k].Text[0] is not ('و' or 'ل' or 'ب' or 'ك') && !tokens[k].Text.StartsWith("ال", StringComparison.Ordinal)
               && !words.IsStopwordTitleOrHead(k)
               && next < tokens.Count && !tokens[next].LineBreakBefore && table.Covering(next) is null && tokens[next].Text[0] is not ('و' or 'ي') && words.GivenNameLength(next) == 0
               && words.IsNameWord(next, first: false) && !words.IsCommon(next) && !words.IsStopwordTitleOrHead(next)
               && words.FrequencyLevel(next) <= UnlistedNameLevel;
    }

    /// <summary>
    /// "أمين منطقة عسير صالح القاضي": after a title phrase that ends in the place or body it serves, a given name that is
    /// also a word (صالح، جميل) before a family name with the article starts the name, as it does right after a title.
    /// </summary>
    private bool AmbiguousGivenNameBeforeFamilyName(Doc doc, MentionTable table, WordFeatures words, int k)
    {
        var tokens = doc.Tokens;
        var next = k + 1;
        // "المشرف العام على البعثة": "على" is written with ى; the name "علي" is not.
        return IsAmbiguousGivenName(tokens[k]) && !words.WrittenWithAlefMaqsura(k) && table.Covering(k) is null
               && next < tokens.Count && !tokens[next].LineBreakBefore && tokens[next].Kind == TokenKind.Word && table.Covering(next) is null
               && tokens[next].Text.StartsWith("ال", StringComparison.Ordinal) && !words.IsStopwordTitleOrHead(next);
    }

    private bool IsAmbiguousGivenName(Token token) => token.Kind == TokenKind.Word && _resources.AmbiguousGivenNames.ContainsExact(token.Text);

    /// <summary>"X، رئيس بيلاروسيا" / "X، المتحدثة باسم مجلس الأمن القومي": a role after a comma names the person before it.</summary>
    private void AppositionCue(Doc doc, MentionTable table, WordFeatures words, int comma)
    {
        var tokens = doc.Tokens;
        // "بوتين، وزعيم كوريا الشمالية كيم": after a comma, و starts a new item, not an apposition.
        if (!words.StartsTitle(comma + 1) || tokens[comma + 1].Text[0] == 'و' && _resources.Cues.Titles.Match(tokens, comma + 1, allowClitics: false) is null)
        {
            return;
        }
        var role = _roles.Parse(doc, table, words, comma + 1);
        if (role is null || !role.Title.IsOffice && !role.IsQualified || role.FirstToken != comma + 1)
        {
            return;
        }
        // "لسمو ولي ولي العهد، المستشار في الديوان الملكي أحمد الخطيب": titles followed by a name introduce that
        // person, the next item of a list, not another office of the one before the comma.
        var chain = TitleChain(doc, table, words, comma + 1, allowConjunction: false);
        var afterTitles = chain.Count > 0 ? chain[^1].EndToken : role.EndToken;
        if (afterTitles < tokens.Count && table.StartingAt(afterTitles, mention => mention.Type == EntityType.Person && mention.Kind == MentionKind.Name) is not null)
        {
            return;
        }
        var apposition = new RolePhrase
        {
            FirstToken = role.FirstToken,
            LeadingToken = role.LeadingToken,
            EndToken = role.EndToken,
            Start = role.Start,
            End = role.End,
            Title = role.Title,
            RoleText = role.RoleText,
            MinistryField = role.MinistryField,
            RoleKey = role.RoleKey,
            Target = role.Target,
            IsApposition = true,
        };
        if (comma == 0)
        {
            return;
        }
        var before = table.Covering(comma - 1);
        if (before is not null)
        {
            if (before.Type == EntityType.Person && before.EndToken == comma)
            {
                Attach(before, apposition);
            }
            return;
        }
        var (start, prefix) = _runs.NameWordsBefore(doc, table, words, comma);
        if (comma - start < 2)
        {
            return;
        }
        var mention = NameRunReader.Person(doc, start, comma, MentionSource.Apposition, prefix);
        Attach(mention, apposition);
        table.Add(mention);
    }

    /// <summary>
    /// "وكانت لوكا كاتسيلي رئيسة اتحاد المصارف اليونانية": two or more words no list holds, right before a qualified
    /// office, are the name of the one who holds it. Words the reference corpus uses often (family names of the
    /// region, nouns it does not list) are left to the other cues.
    /// </summary>
    private EntityMention? UnlistedNameBefore(Doc doc, MentionTable table, WordFeatures words, int title)
    {
        var (start, prefix) = _runs.NameWordsBefore(doc, table, words, title);
        if (title - start < 2 || prefix > 0)
        {
            return null;
        }
        for (var k = start; k < title; k++)
        {
            if (!words.IsConnector(k) && words.GivenNameLength(k) == 0 && words.FrequencyLevel(k) > UnlistedNameLevel)
            {
                return null;
            }
        }
        return NameRunReader.Person(doc, start, title, MentionSource.Title, 0);
    }

    private int GivenNameCue(Doc doc, MentionTable table, WordFeatures words, int index)
    {
        var (end, prefix) = _runs.NameRun(doc, table, words, index);
        if (end - index < 2)
        {
            return index + 1;
        }
        // "أبو محمد العدناني": a kunya before the given name is part of the name.
        var tokens = doc.Tokens;
        var start = index > 0 && prefix == 0 && tokens[index - 1].Text == "ابو" && !tokens[index].LineBreakBefore && table.Covering(index - 1) is null
            ? index - 1
            : index;
        var person = NameRunReader.Person(doc, start, end, MentionSource.GivenName, prefix);
        table.Add(person);
        // "التقى ماركو بيانكي وزير الخارجية الإيطالي": the title cue ran before the name was known, so only a
        // qualified office is taken here.
        return TitlesAfterName(doc, table, words, person, qualifiedOfficeOnly: true);
    }

    /// <summary>
    /// Titles right after a name, with no comma or conjunction, are the same person's ("ولي العهد" starts with و but
    /// is a title). An office followed by another name ("استقبل ماركو بيانكي الرئيس الفرنسي فرانسوا هولاند") is that
    /// name's. Returns the token after what it took.
    /// </summary>
    private int TitlesAfterName(Doc doc, MentionTable table, WordFeatures words, EntityMention person, bool qualifiedOfficeOnly)
    {
        var tokens = doc.Tokens;
        var end = person.EndToken;
        if (end >= tokens.Count || tokens[end].LineBreakBefore || tokens[end].Text[0] == 'و' && Titles.Match(tokens, end, allowClitics: false) is null)
        {
            return end;
        }
        var chain = TitleChain(doc, table, words, end, allowConjunction: false);
        if (chain.Count == 0 || qualifiedOfficeOnly && !(chain[0].Title.IsOffice && (chain[0].IsQualified || chain[0].BackReference is not null))
            || StartsAnotherName(doc, table, words, chain[^1].EndToken))
        {
            return end;
        }
        Attach(person, chain);
        return chain[^1].EndToken;
    }

    /// <summary>"وقال بيسكوف إن": one to three name words after a verb of saying, then إن/أن, a comma or "في".</summary>
    private void SpeechCue(Doc doc, MentionTable table, WordFeatures words, int verb)
    {
        var tokens = doc.Tokens;
        var start = verb + 1;
        if (start >= tokens.Count || tokens[start].LineBreakBefore || table.Covering(start) is not null || !words.IsNameWord(start, first: true)
            || tokens[start].Text[0] == 'و')
        {
            return;
        }
        var (end, _) = _runs.NameRun(doc, table, words, start, allowConjunction: false, maxTokens: 3);
        if (end <= start || end >= tokens.Count)
        {
            return;
        }
        var next = tokens[end];
        if ((next.Text is "،" or "," or ":" or "\"" or "«" or "“" || SpeechFollowers.Contains(next.Text)) && !HasInflectedCommonWord(tokens, start, end))
        {
            table.Add(NameRunReader.Person(doc, start, end, MentionSource.SpeechVerb, 0));
        }
    }

    private static readonly string[] NumberSuffixes = ["تان", "تين", "ان", "ين", "ون", "ات", "و"];

    /// <summary>
    /// "قال مصدران أمنيان أمريكيان": a dual or plural of a common word or of a nationality is a description of
    /// the speakers, not a name.
    /// </summary>
    private bool HasInflectedCommonWord(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            var text = tokens[k].Text;
            foreach (var suffix in NumberSuffixes)
            {
                if (text.Length < suffix.Length + 3 || !text.EndsWith(suffix, StringComparison.Ordinal))
                {
                    continue;
                }
                var stem = text[..^suffix.Length];
                if (_resources.CommonWords.Contains(stem) || _resources.CommonWords.Contains(stem + "ه")
                    || _resources.Gazetteer.Forms.Lookup(stem).Any(form => form.Kind == GazetteerFormKind.Adjective))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>"ري بيونج تشول وباك جونج تشون": a name joined by و to a person is a person.</summary>
    private void CoordinationCue(Doc doc, MentionTable table, WordFeatures words)
    {
        var tokens = doc.Tokens;
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var person in doc.Mentions.Where(mention => mention.Type == EntityType.Person && !mention.Nested).ToList())
            {
                var k = person.EndToken;
                if (k >= tokens.Count || tokens[k].LineBreakBefore || tokens[k].Kind != TokenKind.Word || tokens[k].Text[0] != 'و'
                    || tokens[k].Text.Length < 3 || table.Covering(k) is not null && !NameRunReader.IsOneWordPlace(table, k))
                {
                    continue;
                }
                var (end, prefix) = _runs.NameRun(doc, table, words, k);
                if (prefix != 1 || end - k < 2)
                {
                    continue;
                }
                var coordinated = NameRunReader.Person(doc, k, end, MentionSource.Coordination, 1);
                // "المارشالات ... ري بيونج تشول وباك جونج تشون": a plural title is every conjunct's.
                if (person.Role is { Title.Number: not GrammaticalNumber.Singular } shared)
                {
                    coordinated.Role = shared;
                }
                table.Add(coordinated);
                changed = true;
            }
        }
    }

    private static void Attach(EntityMention person, RolePhrase role)
    {
        if (person.AllRoles.Contains(role))
        {
            return;
        }
        if (person.Role is null)
        {
            person.Role = role;
        }
        else if (!person.Role.IsQualified && role.IsQualified)
        {
            person.MoreRoles.Add(person.Role);
            person.Role = role;
        }
        else
        {
            person.MoreRoles.Add(role);
        }
    }

    /// <summary>
    /// A title with no name after it is a descriptor ("الرئيس الروسي"، "لسمو ولي ولي العهد"), resolved
    /// by coreference to the person the article gives that office.
    /// </summary>
    private static void AddDescriptor(MentionTable table, RolePhrase role)
    {
        if (!role.Title.IsOffice && role.Title.Class != TitleClass.Counterpart)
        {
            return;
        }
        table.Add(new EntityMention
        {
            FirstToken = role.FirstToken,
            EndToken = role.EndToken,
            Start = role.Start,
            End = role.End,
            Type = EntityType.Person,
            Kind = MentionKind.Descriptor,
            Source = MentionSource.Title,
            Role = role,
            NameStart = role.Start,
            NameEnd = role.End,
        });
    }
}
