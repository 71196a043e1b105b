using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>What kind of entity an argument slot takes.</summary>
public enum Slot
{
    /// <summary>A named person.</summary>
    Person,
    /// <summary>A place visited: a location or a country.</summary>
    Place,
    /// <summary>A place, or a body visited at its premises.</summary>
    Premises,
    /// <summary>Who accuses, denies, warns, or is accused or warned: a person, a state or a body.</summary>
    Actor,
}

/// <summary>
/// Argument finding over one document: mentions usable as arguments, the preposition that
/// introduces a mention, coordinated noun phrases, the subject to the left of a verb, the
/// antecedent of an attached pronoun, duals ("الرجلان"), clause edges.
/// </summary>
public sealed class RelationContext
{
    public const int MaxLeftScan = 14;

    private static readonly HashSet<string> PrepositionWords = new(StringComparer.Ordinal)
    {
        "في", "الي", "من", "علي", "عن", "مع", "ضد", "عبر", "نحو", "حول", "بين", "خلال", "لدي", "عند", "قرب", "داخل",
        "بشان", "حتي", "منذ", "تجاه", "ازاء", "امام", "خلف", "مثل", "دون", "بدون", "وسط", "برفقه", "رفقه", "بعد", "قبل",
        "وفق", "وفقا", "بحسب", "حسب", "لصالح", "علي", "فيما", "كما", "نقلا", "ضمن", "بجانب", "جانب", "الى",
    };

    private readonly Dictionary<int, List<EntityMention>> _personsBySentence = new();

    public RelationContext(Doc doc, LanguageResources resources, WordFeatures features)
    {
        Doc = doc;
        Resources = resources;
        Features = features;
        Words = resources.Relations.ArgumentWords;
        Table = MentionTable.For(doc);
        foreach (var mention in doc.Mentions)
        {
            foreach (var role in mention.AllRoles)
            {
                RolesByToken.TryAdd(role.FirstToken, role);
                RolesByToken.TryAdd(role.LeadingToken, role);
            }
            if (mention.Type == EntityType.Person && mention.Entity is not null)
            {
                var sentence = doc.SentenceOf(mention.FirstToken).Index;
                if (!_personsBySentence.TryGetValue(sentence, out var list))
                {
                    list = [];
                    _personsBySentence.Add(sentence, list);
                }
                list.Add(mention);
            }
        }
    }

    public Doc Doc { get; }
    public LanguageResources Resources { get; }
    public WordFeatures Features { get; }
    public ArgumentWords Words { get; }
    public MentionTable Table { get; }
    public IReadOnlyList<Token> Tokens => Doc.Tokens;

    /// <summary>Title phrases by their first token.</summary>
    public Dictionary<int, RolePhrase> RolesByToken { get; } = [];

    /// <summary>Speakers: persons who are subjects of verbs of saying, by sentence.</summary>
    public Dictionary<int, DocEntity> SpeakerBySentence { get; } = [];

    /// <summary>Tokens where a verbal-noun trigger starts: a mention right after one is its genitive.</summary>
    public HashSet<int> NounTriggerTokens { get; } = [];

    /// <summary>Tokens where any trigger starts: a place search stops at the next event.</summary>
    public HashSet<int> TriggerTokens { get; } = [];

    public static bool Fits(EntityMention mention, Slot slot) => slot switch
    {
        Slot.Person => mention.Type == EntityType.Person,
        Slot.Place => mention.Type is EntityType.Location or EntityType.Country,
        Slot.Premises => mention.Type is EntityType.Location or EntityType.Country or EntityType.Organization,
        _ => mention.Type is EntityType.Person or EntityType.Country or EntityType.Organization,
    };

    /// <summary>The mention starting at a token that can fill a slot (a capital stands for its state in the actor slot).</summary>
    public EntityMention? Arg(int index, Slot slot, bool allowAdjective = false)
    {
        EntityMention? best = null;
        foreach (var mention in Table.AllStartingAt(index))
        {
            if (mention.Entity is null || !Fits(mention, slot) || mention.Kind == MentionKind.Adjective && !allowAdjective)
            {
                continue;
            }
            if (best is null || Better(mention, best, slot))
            {
                best = mention;
            }
        }
        return best;
    }

    private static bool Better(EntityMention candidate, EntityMention current, Slot slot)
    {
        if (slot == Slot.Actor && candidate.Kind == MentionKind.Metonym)
        {
            return true;
        }
        if (candidate.Nested != current.Nested)
        {
            return !candidate.Nested;
        }
        return candidate.EndToken > current.EndToken;
    }

    /// <summary>
    /// A person at a token, reading through a title phrase before the name ("الزعيم الكوري الشمالي
    /// كيم جونغ أون" starts at "الزعيم"). Returns the mention and the token after the name.
    /// </summary>
    public (EntityMention Mention, int End)? PersonAt(int index, bool allowPreposition = false)
    {
        if (index >= Tokens.Count)
        {
            return null;
        }
        if (Arg(index, Slot.Person) is { } direct && (allowPreposition || PrepositionOf(direct) is null))
        {
            // A descriptor glued to the name it describes (maybe through more titles): go on to the name.
            if (direct.Kind == MentionKind.Descriptor)
            {
                var next = direct.EndToken;
                while (next < Tokens.Count && RolesByToken.TryGetValue(next, out var more) && more.EndToken > next)
                {
                    next = more.EndToken;
                }
                if (Arg(next, Slot.Person) is { } named && named.Entity == direct.Entity)
                {
                    return (named, named.EndToken);
                }
            }
            return (direct, direct.EndToken);
        }
        if (RolesByToken.TryGetValue(index, out var role) && role.EndToken < Tokens.Count
            && (allowPreposition || !HasPrepositionClitic(index)))
        {
            var after = role.EndToken;
            // Through a chain of titles: "وزير الدولة عضو مجلس الوزراء الدكتور مساعد العيبان".
            while (after < Tokens.Count && RolesByToken.TryGetValue(after, out var next) && next.EndToken > after)
            {
                after = next.EndToken;
            }
            if (after >= Tokens.Count)
            {
                return null;
            }
            if (Tokens[after].Text is "،" or "," && after + 1 < Tokens.Count)
            {
                after++;
            }
            if (Arg(after, Slot.Person) is { } person)
            {
                return (person, person.EndToken);
            }
        }
        return null;
    }

    /// <summary>The preposition that introduces a mention: a proclitic (ب، ل، ك) or the word before it; null when none.</summary>
    public string? PrepositionOf(EntityMention mention)
    {
        var token = Tokens[mention.FirstToken];
        if (mention.Start > token.Start)
        {
            var prefix = Doc.Normalized.Text[token.Start..mention.Start];
            foreach (var c in prefix)
            {
                if (c is 'ب' or 'ل' or 'ك')
                {
                    return c.ToString();
                }
            }
        }
        return PrepositionBefore(mention.FirstToken);
    }

    public string? PrepositionBefore(int index)
    {
        if (index == 0 || Tokens[index].LineBreakBefore)
        {
            return null;
        }
        var previous = Tokens[index - 1];
        if (previous.Kind != TokenKind.Word)
        {
            return null;
        }
        var text = previous.Text;
        if (PrepositionWords.Contains(text))
        {
            return text;
        }
        if (text.Length > 2 && text[0] is 'و' or 'ف' && PrepositionWords.Contains(text[1..]))
        {
            return text[1..];
        }
        return null;
    }

    public bool IsPrepositionWord(Token token) =>
        token.Kind == TokenKind.Word && (PrepositionWords.Contains(token.Text) || token.Text.Length > 2 && token.Text[0] is 'و' && PrepositionWords.Contains(token.Text[1..]));

    /// <summary>"للرئيس"، "بالزعيم": a title read through ب، ل or ك stands inside a prepositional phrase.</summary>
    private bool HasPrepositionClitic(int index)
    {
        if (Resources.Cues.Titles.Match(Tokens, index) is not { } match)
        {
            return false;
        }
        return match.Reading.ArticleRestored
               || Doc.Normalized.Text[Tokens[index].Start..match.Start].Any(c => c is 'ب' or 'ل' or 'ك');
    }

    /// <summary>
    /// A noun phrase of one or more coordinated arguments starting at a token: "كوريا الشمالية
    /// وروسيا"، "بوتين وجونغ أون"، "المسؤولون الروس والكوريون الشماليون" (a group noun with
    /// nationalities stands for those states), "الرجلان" (a dual).
    /// </summary>
    public (List<EntityMention> Members, int End)? NounPhrase(int index, Slot slot, bool allowPreposition = false)
    {
        if (index >= Tokens.Count)
        {
            return null;
        }
        var members = new List<EntityMention>();
        int end;
        // A person, read through the titles before the name, fills any slot that takes people.
        if (PersonAt(index, allowPreposition) is { } found)
        {
            members.Add(found.Mention);
            end = found.End;
        }
        else if (slot == Slot.Person)
        {
            return null;
        }
        else if (Arg(index, slot) is { } mention && (allowPreposition || PrepositionOf(mention) is null))
        {
            members.Add(mention);
            end = mention.EndToken;
        }
        else if (slot == Slot.Actor && Words.Is(Tokens[index], ArgumentWordClass.Group))
        {
            end = index + 1;
            while (end < Tokens.Count && Arg(end, Slot.Actor, allowAdjective: true) is { Kind: MentionKind.Adjective } adjective)
            {
                members.Add(adjective);
                end = adjective.EndToken;
            }
            if (members.Count == 0)
            {
                return null;
            }
        }
        else
        {
            return null;
        }

        // Coordination: "وروسيا"، "وجونغ أون"، "والكوريون الشماليون"; in lists also after a comma ("X، وسفير ... Y").
        while (end < Tokens.Count && !Tokens[end].LineBreakBefore)
        {
            if (Tokens[end].Text is "،" or "," && end + 1 < Tokens.Count && Tokens[end + 1].Kind == TokenKind.Word && Tokens[end + 1].Text[0] == 'و'
                && !Tokens[end + 1].LineBreakBefore)
            {
                end++;
            }
            if (Tokens[end].Kind != TokenKind.Word || Tokens[end].Text[0] != 'و')
            {
                break;
            }
            var next = slot == Slot.Person
                ? PersonAt(end, allowPreposition: false) is { } p ? p.Mention : null
                : Arg(end, slot, allowAdjective: members[0].Kind == MentionKind.Adjective);
            // The conjunction is on the name ("وكيم"), or on a title before it ("ووزير الموارد الطبيعية ألكسندر كوزلوف").
            if (next is null || next.Start != Tokens[end].Start + 1 && next.Kind != MentionKind.Descriptor && !RolesByToken.ContainsKey(end))
            {
                break;
            }
            members.Add(next);
            end = slot == Slot.Person ? PersonAt(end)?.End ?? next.EndToken : next.EndToken;
        }
        return (members, end);
    }

    /// <summary>Skips adverbs, dates and time words after a verb: "نفت كوريا الشمالية مراراً وتكراراً"، "وصل ... اليوم الثلاثاء".</summary>
    public int SkipAdverbials(int index, int max = 4, bool vehicles = false)
    {
        var skipped = 0;
        while (index < Tokens.Count && skipped < max && !Tokens[index].LineBreakBefore)
        {
            var token = Tokens[index];
            var isAdverb = token.Kind == TokenKind.Number
                           || Words.ClassOf(token.Text) is ArgumentWordClass.Adverb
                           || (vehicles && Words.ClassOf(token.Text) is ArgumentWordClass.Vehicle)
                           || Resources.Relations.Calendar.Match(Tokens, index) is not null;
            if (!isAdverb)
            {
                break;
            }
            var calendar = Resources.Relations.Calendar.Match(Tokens, index);
            index = calendar?.EndToken ?? index + 1;
            skipped++;
        }
        return index;
    }

    /// <summary>
    /// The subject before a verb: the nearest argument to the left in the clause that no
    /// preposition introduces. Crosses appositions and relative clauses; stops at the
    /// complementizer that opens the clause ("قال X إن Y غادر" gives Y). "الذي زار": the noun
    /// before the relative pronoun. "سبق لـX أن": X.
    /// </summary>
    public List<EntityMention> LeftSubject(int before, Slot slot, DocEntity? exclude = null) => LeftSubject(before, slot, exclude, out _);

    /// <inheritdoc cref="LeftSubject(int, Slot, DocEntity?)"/>
    /// <param name="marked">Set when the subject was marked with ل before أن ("سبق للبيت الأبيض أن").</param>
    public List<EntityMention> LeftSubject(int before, Slot slot, DocEntity? exclude, out bool marked)
    {
        marked = false;
        var sentence = Doc.SentenceOf(Math.Max(0, Math.Min(before, Tokens.Count - 1)));
        for (var j = before - 1; j >= sentence.FirstToken && before - j <= MaxLeftScan; j--)
        {
            var token = Tokens[j];
            if (token.Kind == TokenKind.Punctuation && token.Text is ":" or "؛" or "(" or ")" or "\"" or "«" or "»")
            {
                break;
            }
            var cls = token.Kind == TokenKind.Word ? Words.ClassOf(token.Text) : null;
            if (cls == ArgumentWordClass.Clause)
            {
                break;
            }
            if (cls == ArgumentWordClass.Relative)
            {
                var k = j - 1;
                if (k >= sentence.FirstToken && Tokens[k].Text is "،" or ",")
                {
                    k--;
                }
                if (k >= sentence.FirstToken && Table.Covering(k) is { } antecedent && antecedent.Entity is not null && Fits(antecedent, slot))
                {
                    return [Outermost(antecedent, slot)];
                }
                continue;
            }
            if (cls == ArgumentWordClass.Complementizer)
            {
                var subject = MarkedSubject(j, slot);
                marked = subject.Count > 0;
                return subject;
            }
            if (Table.Covering(j) is not { } covering)
            {
                continue;
            }
            var mention = ArgCovering(j, slot);
            if (mention is null || mention.Entity is null || mention.Entity == exclude)
            {
                j = covering.FirstToken;
                continue;
            }
            if (PrepositionOf(mention) is not null || IsGenitiveOfNoun(mention))
            {
                j = mention.FirstToken;
                continue;
            }
            var result = new List<EntityMention> { mention };
            // "بوتين وكيم تبادلا": earlier conjuncts.
            var k2 = mention.FirstToken;
            while (k2 > sentence.FirstToken && Tokens[k2].Text[0] == 'و' && mention.Start == Tokens[k2].Start + 1
                   && ArgCovering(k2 - 1, slot) is { } earlier && earlier.Entity is not null && earlier != mention)
            {
                result.Insert(0, earlier);
                mention = earlier;
                k2 = earlier.FirstToken;
            }
            return result;
        }
        return [];
    }

    /// <summary>"سبق للبيت الأبيض أن حذر": the ل-marked noun before أن is the subject.</summary>
    private List<EntityMention> MarkedSubject(int complementizer, Slot slot)
    {
        for (var k = complementizer - 1; k >= Math.Max(0, complementizer - 5); k--)
        {
            if (Tokens[k].Text is "سبق" or "وسبق" or "يتعين" or "ويتعين" or "يجب")
            {
                for (var m = k + 1; m < complementizer; m++)
                {
                    if (Arg(m, slot) is { } marked)
                    {
                        return [marked];
                    }
                }
            }
        }
        return [];
    }

    private EntityMention? ArgCovering(int index, Slot slot)
    {
        var covering = Table.Covering(index);
        if (covering is null)
        {
            return null;
        }
        foreach (var mention in Table.AllStartingAt(covering.FirstToken))
        {
            if (mention.Entity is not null && Fits(mention, slot) && mention.Kind != MentionKind.Adjective
                && (slot != Slot.Actor || mention.Kind == MentionKind.Metonym || mention.Type != EntityType.Location))
            {
                return Outermost(mention, slot);
            }
        }
        return null;
    }

    private EntityMention Outermost(EntityMention mention, Slot slot) =>
        slot == Slot.Actor && Arg(mention.FirstToken, Slot.Actor) is { } actor ? actor : mention;

    /// <summary>"زيارة شويغو": a mention right after a verbal noun is its genitive, not the subject of a later verb.</summary>
    private bool IsGenitiveOfNoun(EntityMention mention) =>
        mention.FirstToken > 0 && mention.Start == Tokens[mention.FirstToken].Start && NounTriggerTokens.Contains(mention.FirstToken - 1);

    /// <summary>
    /// Who an attached pronoun stands for: a person earlier in the sentence (not the clause's own
    /// subject), else the person most mentioned in the three sentences before.
    /// </summary>
    public DocEntity? Antecedent(int position, DocEntity? exclude = null)
    {
        var sentence = Doc.SentenceOf(Math.Min(position, Tokens.Count - 1)).Index;
        // An honorific pronoun ("سموه"، "فخامته"، "معاليه") says what kind of person it stands for.
        var wanted = HonorificClass(position);
        if (wanted is not null)
        {
            var before = Tokens[Math.Min(position, Tokens.Count - 1)].Start;
            // The classes are in order of preference: "سمو" is a prince's before a king's.
            foreach (var cls in wanted)
            {
                var fitting = Doc.Entities
                    .Where(entity => entity.Type == EntityType.Person && entity != exclude && entity.FirstPosition < before
                                     && entity.Roles.Any(role => role.Title.Class == cls))
                    .OrderByDescending(entity => entity.Mentions.Count(mention => mention.Start < before))
                    .FirstOrDefault();
                if (fitting is not null)
                {
                    return fitting;
                }
            }
        }
        if (_personsBySentence.TryGetValue(sentence, out var here))
        {
            var nearest = here.Where(mention => mention.FirstToken < position && mention.Entity != exclude)
                .OrderByDescending(mention => mention.FirstToken).FirstOrDefault();
            if (nearest is not null)
            {
                return nearest.Entity;
            }
        }
        var counts = new Dictionary<DocEntity, (int Count, int Last)>();
        for (var s = sentence - 1; s >= Math.Max(0, sentence - 3); s--)
        {
            if (!_personsBySentence.TryGetValue(s, out var mentions))
            {
                continue;
            }
            foreach (var mention in mentions)
            {
                if (mention.Entity is { } entity && entity != exclude)
                {
                    counts[entity] = counts.TryGetValue(entity, out var value)
                        ? (value.Count + 1, Math.Max(value.Last, mention.FirstToken))
                        : (1, mention.FirstToken);
                }
            }
        }
        return counts.Count == 0
            ? null
            : counts.OrderByDescending(pair => pair.Value.Count + Salience(pair.Key)).ThenByDescending(pair => pair.Value.Last).First().Key;
    }

    private TitleClass[]? HonorificClass(int position)
    {
        for (var k = position; k <= Math.Min(position + 1, Tokens.Count - 1); k++)
        {
            if (!IsHonorificPronoun(k))
            {
                continue;
            }
            var text = Tokens[k].Text;
            return text.StartsWith("سمو", StringComparison.Ordinal)
                ? [TitleClass.Nobility, TitleClass.Royal]
                : text.StartsWith("جلال", StringComparison.Ordinal)
                ? [TitleClass.Royal]
                : text.StartsWith("فخام", StringComparison.Ordinal) || text.StartsWith("دولت", StringComparison.Ordinal)
                    ? [TitleClass.Leader, TitleClass.Government]
                    : text.StartsWith("معالي", StringComparison.Ordinal) ? [TitleClass.Minister, TitleClass.Official, TitleClass.Diplomat, TitleClass.Governor]
                    : text.StartsWith("سماح", StringComparison.Ordinal) || text.StartsWith("فضيل", StringComparison.Ordinal) ? [TitleClass.Religious]
                    : null;
        }
        return null;
    }

    /// <summary>How central a person is to the whole article: a tie-breaker for antecedents.</summary>
    private static int Salience(DocEntity entity) => Math.Min(3, entity.Mentions.Count / 3);

    /// <summary>
    /// "المعهد"، "الوزارة"، "الصحيفة": a head noun alone refers back to the last body of that kind the
    /// article named. Such a back-reference is not an alias, but it can be a relation's argument.
    /// </summary>
    public DocEntity? BackReference(int index)
    {
        if (index >= Tokens.Count || Tokens[index].Kind != TokenKind.Word)
        {
            return null;
        }
        var text = Tokens[index].Text;
        if (text.Length > 3 && text[0] is 'و' or 'ف')
        {
            text = text[1..];
        }
        if (!text.StartsWith("ال", StringComparison.Ordinal) || Resources.Cues.OrganizationHeads.Lookup(text[2..]).Count == 0)
        {
            return null;
        }
        var head = text[2..];
        var position = Tokens[index].Start;
        return Doc.Mentions
            .Where(mention => mention.Start < position && mention.Entity is { Type: EntityType.Organization } && mention.Kind == MentionKind.Name
                              && Doc.Normalized.Text[mention.Start..mention.End].Replace("ال", "").Contains(head, StringComparison.Ordinal))
            .OrderByDescending(mention => mention.Start)
            .Select(mention => mention.Entity)
            .FirstOrDefault();
    }

    /// <summary>
    /// A verb that opens its clause ("ونفت"، "، حذر"، "بينما نفت") has its subject after it (VSO); one
    /// that does not may have it before ("أن كيم غادر").
    /// </summary>
    public bool OpensClause(int verb)
    {
        var token = Tokens[verb];
        if (token.LineBreakBefore || verb == Doc.SentenceOf(verb).FirstToken || token.Text.Length > 3 && token.Text[0] is 'و' or 'ف')
        {
            return true;
        }
        var previous = Tokens[verb - 1];
        return IsClauseBreak(previous) || previous.Kind == TokenKind.Word && Words.ClassOf(previous.Text) is ArgumentWordClass.Clause;
    }

    /// <summary>An honorific with a pronoun ("سموه"، "معاليه") stands for the person last spoken of.</summary>
    public bool IsHonorificPronoun(int index) => index < Tokens.Count && Words.Is(Tokens[index], ArgumentWordClass.Honorific);

    /// <summary>The two people a dual refers to: a coordinated pair after it in the sentence, or the last two named before it.</summary>
    public List<DocEntity> DualReferents(int position, bool leadersOnly)
    {
        var sentence = Doc.SentenceOf(Math.Min(position, Tokens.Count - 1));
        for (var k = position + 1; k < sentence.EndToken; k++)
        {
            if (NounPhrase(k, Slot.Person) is { Members.Count: >= 2 } pair)
            {
                return pair.Members.Select(member => member.Entity!).Distinct().Take(2).ToList();
            }
        }
        var result = new List<DocEntity>();
        for (var s = sentence.Index; s >= Math.Max(0, sentence.Index - 3) && result.Count < 2; s--)
        {
            if (!_personsBySentence.TryGetValue(s, out var mentions))
            {
                continue;
            }
            foreach (var mention in mentions.Where(mention => mention.FirstToken < position).OrderByDescending(mention => mention.FirstToken))
            {
                var entity = mention.Entity!;
                if (result.Contains(entity) || leadersOnly && !IsLeader(entity))
                {
                    continue;
                }
                result.Add(entity);
                if (result.Count == 2)
                {
                    break;
                }
            }
        }
        return result.Count == 2 ? result : [];
    }

    private static bool IsLeader(DocEntity entity) =>
        entity.Roles.Any(role => role.Title.Class is TitleClass.Leader or TitleClass.Royal or TitleClass.Government)
        || entity.Known?.Roles.Count > 0;

    /// <summary>The clause around a token: from after the previous comma, semicolon or colon to before the next.</summary>
    public (int First, int End) Clause(int index)
    {
        var sentence = Doc.SentenceOf(index);
        var first = index;
        while (first > sentence.FirstToken && !IsClauseBreak(Tokens[first - 1]))
        {
            first--;
        }
        var end = index + 1;
        while (end < sentence.EndToken && !IsClauseBreak(Tokens[end]))
        {
            end++;
        }
        return (first, end);
    }

    public static bool IsClauseBreak(Token token) => token.Kind == TokenKind.Punctuation && token.Text is "،" or "," or "؛" or ";" or ":" or "(" or ")";

    /// <summary>The evidence: from the clause of the leftmost token to the clause of the rightmost, in normalised offsets.</summary>
    public (int Start, int End) Evidence(int firstToken, int lastToken)
    {
        var (first, _) = Clause(firstToken);
        var (_, end) = Clause(lastToken);
        while (end > first + 1 && Tokens[end - 1].Kind == TokenKind.Punctuation && Tokens[end - 1].Text is "،" or "," or "؛")
        {
            end--;
        }
        return (Tokens[first].Start, Tokens[end - 1].End);
    }
}
