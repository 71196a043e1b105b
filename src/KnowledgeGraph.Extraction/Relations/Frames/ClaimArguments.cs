using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Relations.Candidates;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations.Frames;

/// <summary>What a claim is about: the charge of an accusation, whose claim a denial answers, what a warning is about.</summary>
internal sealed class ClaimArguments
{
    private readonly RelationContext _c;
    private readonly ArgumentFinder _args;
    private readonly ReferenceResolver _refs;

    public ClaimArguments(RelationContext context)
    {
        _c = context;
        _args = context.Arguments;
        _refs = context.References;
    }

    private IReadOnlyList<Token> Tokens => _c.Tokens;

    /// <summary>What an accusation is of: the ب-phrase after the accused, to the end of its clause ("بتزويد روسيا بالأسلحة").</summary>
    public string? Charge(int from)
    {
        if (from >= Tokens.Count)
        {
            return null;
        }
        var k = from;
        var sentence = _c.Doc.SentenceOf(Math.Min(from, Tokens.Count - 1));
        if (k >= sentence.EndToken || Tokens[k].Kind != TokenKind.Word || !Tokens[k].Text.StartsWith('ب'))
        {
            return null;
        }
        var end = k;
        while (end < sentence.EndToken && end - k < 14 && !ClauseNavigator.IsClauseBreak(Tokens[end]) && !StartsClause(end, sentence.EndToken))
        {
            end++;
        }
        var text = _c.Doc.OriginalText(Tokens[k].Start, Tokens[end - 1].End);
        return text.Length > 1 && text[0] == 'ب' ? text[1..].TrimStart('ـ') : text;
    }

    /// <summary>
    /// Where another clause begins inside a charge: a verb that is a trigger of its own, or "و" + a party followed by
    /// one ("بدعم جماعات مسلحة والخارجية الفرنسية تنفي").
    /// </summary>
    private bool StartsClause(int k, int sentenceEnd)
    {
        if (_c.StartsTrigger(k) && Tokens[k].Kind == TokenKind.Word && _c.IsVerbTrigger(k))
        {
            return true;
        }
        if (!Tokens[k].Text.StartsWith('و')
            || _c.Table.StartingAt(k, mention => mention is { Kind: not MentionKind.Adjective, Type: EntityType.Person or EntityType.Organization or EntityType.Country }) is not { } party)
        {
            return false;
        }
        for (var next = party.EndToken; next < Math.Min(sentenceEnd, party.EndToken + 3); next++)
        {
            if (_c.StartsTrigger(next) && _c.IsVerbTrigger(next))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> ClaimNouns = new(StringComparer.Ordinal)
    {
        "تصريحات", "تقارير", "تقرير", "اتهامات", "مزاعم", "ادعاءات", "انباء", "رواية", "اقوال", "معلومات",
    };

    private static readonly HashSet<string> ReportedVerbs = new(StringComparer.Ordinal)
    {
        "قاله", "قالته", "ذكره", "ذكرته", "اورده", "اوردته", "نشره", "نشرته", "اعلنه", "اعلنته", "زعمه", "زعمته", "ادعاه", "ادعته", "قال", "ذكر", "نشر", "اورد",
    };

    /// <summary>"ما قاله المعهد"، "تقارير صحيفة X"، "تصريحات واشنطن": whose claim a denial answers.</summary>
    public DocEntity? ClaimSource(int from)
    {
        var sentence = _c.Doc.SentenceOf(Math.Min(from, Tokens.Count - 1));
        for (var k = from; k < Math.Min(sentence.EndToken - 1, from + 14); k++)
        {
            var text = Tokens[k].Text.StartsWith("ال", StringComparison.Ordinal) ? Tokens[k].Text[2..] : Tokens[k].Text;
            var next = k + 1;
            if (text == "ما" && ReportedVerbs.Contains(Tokens[next].Text))
            {
                next++;
            }
            else if (!ClaimNouns.Contains(text))
            {
                continue;
            }
            if (next < Tokens.Count && (_args.NounPhrase(next, Slot.Actor) is { } phrase ? phrase.Members[0].Entity : _refs.BackReference(next)) is { } source)
            {
                return source;
            }
        }
        return null;
    }

    /// <summary>
    /// What a warning is about: "من أن X ..." (the subject of the clause), "من X", "بشأن ..." (the
    /// parties named in it, or their nationalities), "فإن ... بين X وY".
    /// </summary>
    public (List<EntityMention>, int) WarnedAbout(int from)
    {
        var sentence = _c.Doc.SentenceOf(Math.Min(from, Tokens.Count - 1));
        var end = Math.Min(sentence.EndToken, from + 12);
        for (var k = from; k < end; k++)
        {
            var text = Tokens[k].Text;
            if (text is "من" or "ومن")
            {
                var next = k + 1;
                if (next < end && _c.Words.Is(Tokens[next], ArgumentWordClass.Complementizer))
                {
                    next++;
                }
                if (_args.NounPhrase(next, Slot.Actor, allowPreposition: true) is { } about)
                {
                    return (about.Members, about.End);
                }
                continue;
            }
            if (text is "بشان" or "حول" or "فان" or "ان" or "بان")
            {
                var named = new List<EntityMention>();
                var adjectives = new List<EntityMention>();
                var stop = Math.Min(sentence.EndToken, k + 12);
                for (var j = k + 1; j < stop; j++)
                {
                    if (_args.Arg(j, Slot.Actor) is { } actor && actor.Entity is not null)
                    {
                        named.Add(actor);
                        j = actor.EndToken - 1;
                    }
                    else if (_args.Arg(j, Slot.Actor, allowAdjective: true) is { Kind: MentionKind.Adjective, Entity: not null } adjective)
                    {
                        adjectives.Add(adjective);
                        j = adjective.EndToken - 1;
                    }
                }
                var chosen = named.Count > 0 ? named : adjectives;
                if (chosen.Count > 0)
                {
                    return (chosen.DistinctBy(mention => mention.Entity).ToList(), chosen.Max(mention => mention.EndToken));
                }
                return ([], from);
            }
        }
        return ([], from);
    }
}
