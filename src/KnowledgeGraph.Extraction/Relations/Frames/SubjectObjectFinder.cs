using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Relations.Candidates;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations.Frames;

/// <summary>
/// The subject and object of a transitive verb, and the persons or parties an object phrase names
/// after a verb (optionally introduced by given prepositions).
/// </summary>
internal sealed class SubjectObjectFinder
{
    private readonly RelationContext _c;
    private readonly ClauseNavigator _clauses;
    private readonly ArgumentFinder _args;
    private readonly ReferenceResolver _refs;

    public SubjectObjectFinder(RelationContext context)
    {
        _c = context;
        _clauses = context.Clauses;
        _args = context.Arguments;
        _refs = context.References;
    }

    private IReadOnlyList<Token> Tokens => _c.Tokens;

    /// <summary>
    /// "اتهمت الوزارة في بيان أصدرته مساء أمس، النظام الإيراني": where it was said, set off by a comma, stands between
    /// the subject and the object; returns the token after the comma, or <paramref name="from"/>.
    /// </summary>
    private int PastStatement(int from)
    {
        if (from + 1 >= Tokens.Count || Tokens[from].Text != "في" || !_c.Words.Is(Tokens[from + 1], ArgumentWordClass.Statement))
        {
            return from;
        }
        var sentence = _c.Doc.SentenceOf(from);
        for (var k = from + 2; k < Math.Min(sentence.EndToken, from + 10); k++)
        {
            if (Tokens[k].Text is "،" or ",")
            {
                return k + 1;
            }
            if (_c.Words.Is(Tokens[k], ArgumentWordClass.Complementizer) || _c.Words.Is(Tokens[k], ArgumentWordClass.Clause) || Tokens[k].Kind == TokenKind.Punctuation)
            {
                return from;
            }
        }
        return from;
    }

    /// <summary>
    /// Subject and object of a transitive verb: subject after the verb and object after it
    /// (VSO), or subject before the verb and object after it; a pronoun on the verb is the object.
    /// </summary>
    public (List<EntityMention> Subjects, List<EntityMention> Objects, int Last) SubjectAndObject(Trigger trigger, Slot slot, string[] objectPrepositions)
    {
        var after = _clauses.SkipAdverbials(trigger.EndToken);
        var left = _args.LeftSubject(trigger.FirstToken, slot, null, out var marked);
        // "واشنطن التي تتهم النظام السوري": the antecedent of a relative pronoun is the subject; what follows is the object.
        var relative = trigger.FirstToken > 0 && _c.Words.Is(Tokens[trigger.FirstToken - 1], ArgumentWordClass.Relative) && trigger.Pronoun == Pronoun.None;
        List<EntityMention> subjects;
        int objectFrom;
        if (!marked && !(relative && left.Count > 0) && _args.NounPhrase(after, slot) is { } phrase
            && (trigger.Pronoun != Pronoun.None || left.Count == 0 || _clauses.OpensClause(trigger.FirstToken) || SecondPhraseFollows(phrase.End, slot)))
        {
            subjects = phrase.Members;
            objectFrom = _clauses.SkipAdverbials(PastStatement(_clauses.SkipAdverbials(PastOwnTitles(phrase.End, subjects))));
        }
        else
        {
            subjects = left;
            objectFrom = after;
        }
        if (subjects.Count == 0)
        {
            return ([], [], trigger.EndToken);
        }
        if (trigger.Pronoun is Pronoun.ThirdMasculine or Pronoun.ThirdFeminine)
        {
            var antecedent = _refs.Antecedent(trigger.FirstToken, subjects[0].Entity);
            return antecedent is null ? ([], [], trigger.EndToken) : (subjects, [_refs.Representative(antecedent, trigger)], objectFrom);
        }
        var objects = slot == Slot.Person ? ObjectPersons(objectFrom, objectPrepositions) : ObjectActors(objectFrom, objectPrepositions);
        return (subjects, objects.Members, objects.End);
    }

    /// <summary>
    /// "التقى الوزير X، الذي وصل أمس، بالرئيس ..."، "ناقش X، المشرف العام على الفريق، مع المدرب ...": a relative clause
    /// or a title naming no one else, set off by commas after the subject, describes the subject and stands between it
    /// and the object; returns the token after the second comma, or <paramref name="from"/>.
    /// </summary>
    public int PastParenthetical(int from)
    {
        if (from + 1 >= Tokens.Count || Tokens[from].Text is not ("،" or ","))
        {
            return from;
        }
        var opener = from + 1;
        var relative = _c.Words.Is(Tokens[opener], ArgumentWordClass.Relative);
        // "التقى X، اليوم في مقر الحكومة بالرياض، Y": a time or a place set off by commas, like a title or a relative clause.
        var adverbial = _c.Words.Is(Tokens[opener], ArgumentWordClass.Adverb) || Tokens[opener].Text is "في";
        if (!relative && !adverbial && !_c.RolesByToken.ContainsKey(opener))
        {
            return from;
        }
        var sentence = _c.Doc.SentenceOf(from);
        for (var k = opener + 1; k < Math.Min(sentence.EndToken, opener + MaxParentheticalTokens); k++)
        {
            if (Tokens[k].Text is "،" or ",")
            {
                return relative || !_c.Table.Within(opener, k).Any(mention => mention.Type == EntityType.Person && mention.Kind == MentionKind.Name) ? k + 1 : from;
            }
            if (Tokens[k].Text is ":" or "؛" || _c.Words.Is(Tokens[k], ArgumentWordClass.Complementizer))
            {
                return from;
            }
        }
        return from;
    }

    private const int MaxParentheticalTokens = 14;

    /// <summary>"الشيخ صباح ... أمير دولة الكويت الشقيقة": past the titles that follow a name and are its own.</summary>
    private int PastOwnTitles(int index, List<EntityMention> people)
    {
        while (index < Tokens.Count && _c.RolesByToken.TryGetValue(index, out var role) && role.EndToken > index
               && people.Any(person => person.AllRoles.Contains(role)))
        {
            index = role.EndToken;
            if (index < Tokens.Count && _c.Resources.DescriptiveAdjectives.Contains(Tokens[index].Text) || index < Tokens.Count && Tokens[index].Text is "الشقيقه" or "الصديقه")
            {
                index++;
            }
        }
        return index;
    }

    /// <summary>Whether another argument phrase follows (so the first after the verb is its subject, VSO).</summary>
    public bool SecondPhraseFollows(int from, Slot slot)
    {
        var k = _clauses.SkipAdverbials(from);
        for (var j = k; j < Math.Min(Tokens.Count, k + 3); j++)
        {
            if (_args.NounPhrase(j, slot, allowPreposition: true) is not null)
            {
                return true;
            }
        }
        return false;
    }

    public (List<EntityMention> Members, int End) ObjectPersons(int from, string[] prepositions, int window = 11)
    {
        var sentence = _c.Doc.SentenceOf(Math.Min(from, Tokens.Count - 1));
        for (var k = from; k < Math.Min(sentence.EndToken, from + window); k++)
        {
            // "وسيلتقي ظريف خلال الزيارة أمير الكويت": a verbal noun in a phrase of time does not end the search; a verb does.
            if (_c.StartsTrigger(k) && _c.IsVerbTrigger(k) || _c.Words.Is(Tokens[k], ArgumentWordClass.Complementizer))
            {
                break;
            }
            if (_args.NounPhrase(k, Slot.Person, allowPreposition: true) is { } phrase)
            {
                var preposition = _clauses.PrepositionOf(phrase.Members[0]);
                if (preposition is null || prepositions.Contains(preposition))
                {
                    return (phrase.Members, phrase.End);
                }
                k = phrase.End - 1;
            }
        }
        return ([], from);
    }

    private (List<EntityMention> Members, int End) ObjectActors(int from, string[] prepositions)
    {
        var sentence = _c.Doc.SentenceOf(Math.Min(from, Tokens.Count - 1));
        for (var k = from; k < Math.Min(sentence.EndToken, from + 4); k++)
        {
            if (_args.NounPhrase(k, Slot.Actor, allowPreposition: true) is { } phrase)
            {
                var preposition = _clauses.PrepositionOf(phrase.Members[0]);
                return preposition is null || prepositions.Contains(preposition) ? (phrase.Members, phrase.End) : ([], from);
            }
        }
        return ([], from);
    }

    /// <summary>"مع نظيرهما الأمريكي جون كيري": "مع" before the person, or before the title phrase that leads to the name.</summary>
    public bool IntroducedByWith(EntityMention person)
    {
        for (var k = person.FirstToken - 1; k >= Math.Max(0, person.FirstToken - 5); k--)
        {
            if (Tokens[k].Text is "مع" or "ومع")
            {
                return true;
            }
            if (Tokens[k].Kind != TokenKind.Word || _c.Table.Covering(k) is { Type: not EntityType.Country, Kind: not MentionKind.Descriptor })
            {
                return false;
            }
        }
        return false;
    }
}
