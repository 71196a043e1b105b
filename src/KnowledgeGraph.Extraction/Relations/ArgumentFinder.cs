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
/// Mention lookup for argument slots: the mention at a token that fills a slot, a person read
/// through the titles before the name, coordinated noun phrases, and the subject to the left of
/// a verb.
/// </summary>
public sealed class ArgumentFinder
{
    public const int MaxLeftScan = 14;

    private readonly RelationContext _c;

    public ArgumentFinder(RelationContext context) => _c = context;

    private Doc Doc => _c.Doc;
    private IReadOnlyList<Token> Tokens => _c.Tokens;
    private ArgumentWords Words => _c.Words;
    private MentionTable Table => _c.Table;
    private Dictionary<int, RolePhrase> RolesByToken => _c.RolesByToken;

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
        if (Arg(index, Slot.Person) is { } direct && (allowPreposition || _c.Clauses.PrepositionOf(direct) is null))
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

    /// <summary>"للرئيس"، "بالزعيم": a title read through ب، ل or ك stands inside a prepositional phrase.</summary>
    private bool HasPrepositionClitic(int index)
    {
        if (_c.Resources.Cues.Titles.Match(Tokens, index) is not { } match)
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
        else if (Arg(index, slot) is { } mention && (allowPreposition || _c.Clauses.PrepositionOf(mention) is null))
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
                // "واشنطن التي تتهم": a capital standing for its state is read in the slot's type.
                if (k >= sentence.FirstToken && (ArgCovering(k, slot) ?? Table.Covering(k)) is { } antecedent && antecedent.Entity is not null && Fits(antecedent, slot))
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
            if (_c.Clauses.PrepositionOf(mention) is not null || IsGenitiveOfNoun(mention))
            {
                j = mention.FirstToken;
                continue;
            }
            // "انتقادات للمبعوث الأممي جمال بنعمر": the preposition on the title before a name is on the name.
            if (TitleBefore(mention) is { } title && TitlePreposition(title.LeadingToken) is not null)
            {
                j = title.LeadingToken;
                continue;
            }
            // "لقاءات مع رئيس الوزراء X ووزير الخارجية Y، وعقد اجتماعا": a later conjunct of a list a preposition
            // introduces is not a subject either.
            if (PrepositionalListHead(mention, sentence.FirstToken) is { } head)
            {
                j = head.FirstToken;
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

    /// <summary>
    /// When a person is joined by و to people before it ("مع X ووزير الخارجية Y"، "بX وY") and the first of them has a
    /// preposition, that first person; else null.
    /// </summary>
    private EntityMention? PrepositionalListHead(EntityMention person, int sentenceStart)
    {
        for (var conjuncts = 0; conjuncts < MaxListConjuncts; conjuncts++)
        {
            var lead = TitleBefore(person)?.LeadingToken ?? person.FirstToken;
            var joined = Tokens[lead].Text.Length > 1 && Tokens[lead].Text[0] == 'و'
                         && (lead < person.FirstToken || person.Start > Tokens[lead].Start);
            if (!joined || lead == sentenceStart)
            {
                return null;
            }
            var k = lead - 1;
            if (Tokens[k].Text is "،" or ",")
            {
                k--;
            }
            if (k < sentenceStart || ArgCovering(k, Slot.Person) is not { Entity: not null } before || before.EndToken != k + 1)
            {
                return null;
            }
            if (PrepositionOfPerson(before) is not null)
            {
                return before;
            }
            person = before;
        }
        return null;
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

    private const int MaxListConjuncts = 6;

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

    /// <summary>The person's own title phrase right before the name ("للمبعوث الأممي" before "جمال بنعمر").</summary>
    private static RolePhrase? TitleBefore(EntityMention person) =>
        person.Type == EntityType.Person ? person.AllRoles.FirstOrDefault(role => role.EndToken == person.FirstToken && role.LeadingToken < person.FirstToken) : null;

    /// <summary>"للمبعوث"، "بالرئيس"، "مع الرئيس": the preposition on a title word or before it.</summary>
    private string? TitlePreposition(int token) =>
        Tokens[token].Text is ['ل', 'ل', ..] ? "ل" : Tokens[token].Text is ['ب', 'ا', 'ل', ..] ? "ب" : _c.Clauses.PrepositionBefore(token);

    /// <summary>The preposition that introduces a person, read on the person's own title before the name when it has one.</summary>
    public string? PrepositionOfPerson(EntityMention person) =>
        _c.Clauses.PrepositionOf(person) ?? (TitleBefore(person) is { } title ? TitlePreposition(title.LeadingToken) : null);

    /// <summary>"زيارة شويغو": a mention right after a verbal noun is its genitive, not the subject of a later verb.</summary>
    private bool IsGenitiveOfNoun(EntityMention mention) =>
        mention.FirstToken > 0 && mention.Start == Tokens[mention.FirstToken].Start && _c.NounTriggerTokens.Contains(mention.FirstToken - 1);
}
