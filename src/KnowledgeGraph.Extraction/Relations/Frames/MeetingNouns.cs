using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Relations.Candidates;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations.Frames;

/// <summary>The people a meeting noun brings together ("لقاء X وY"، "اجتماعه مع X"، "عقد الوزيران اجتماعا").</summary>
internal sealed class MeetingNouns
{
    private readonly RelationContext _c;
    private readonly ClauseNavigator _clauses;
    private readonly ArgumentFinder _args;
    private readonly ReferenceResolver _refs;
    private readonly SubjectObjectFinder _subjectObject;

    public MeetingNouns(RelationContext context, SubjectObjectFinder subjectObject)
    {
        _c = context;
        _clauses = context.Clauses;
        _args = context.Arguments;
        _refs = context.References;
        _subjectObject = subjectObject;
    }

    private IReadOnlyList<Token> Tokens => _c.Tokens;

    /// <summary>
    /// Who holds the meeting MeetNoun last read, when a light verb names one person and no one else meets ("عقد أوباما قمة").
    /// It keeps its value until the next meeting noun.
    /// </summary>
    public EntityMention? Convener { get; private set; }

    /// <summary>"لقاء X وY"، "قمته الأولى مع بوتين"، "للقاء الرئيس بوتين"، "اجتماع ... بين X وY"، "خلال الاجتماع".</summary>
    public int MeetNoun(Trigger trigger, List<(EntityMention A, EntityMention B)> pairs)
    {
        Convener = null;
        var sentence = _c.Doc.SentenceOf(trigger.FirstToken);
        var limit = Math.Min(sentence.EndToken, trigger.EndToken + 10);
        EntityMention? owner = null;
        if (trigger.Pronoun is Pronoun.ThirdMasculine or Pronoun.ThirdFeminine && _refs.Antecedent(trigger.FirstToken) is { } antecedent)
        {
            owner = _refs.Representative(antecedent, trigger);
        }
        else if (trigger.Pronoun == Pronoun.ThirdDual && _refs.DualReferents(trigger.FirstToken, leadersOnly: false) is { Count: 2 } dual)
        {
            MeetingFrames.AddPairs(pairs, dual.Select(entity => _refs.Representative(entity, trigger)).ToList());
            return trigger.EndToken;
        }

        var k = _clauses.SkipParentheticalTime(_clauses.SkipAdverbials(trigger.EndToken));
        if (owner is null && _args.NounPhrase(k, Slot.Person) is { } genitive)
        {
            if (genitive.Members.Count >= 2)
            {
                MeetingFrames.AddPairs(pairs, genitive.Members);
                return genitive.End;
            }
            if (trigger.Purpose)
            {
                // "للقاء الرئيس بوتين": the one met; who meets is the subject of the clause.
                foreach (var subject in _args.LeftSubject(trigger.FirstToken, Slot.Person, genitive.Members[0].Entity))
                {
                    pairs.Add((subject, genitive.Members[0]));
                }
                return genitive.End;
            }
            owner = genitive.Members[0];
            k = genitive.End;
        }
        else if (owner is not null && _args.NounPhrase(k, Slot.Person) is { } met
                 && _clauses.PrepositionOf(met.Members[0]) is null && met.Members.All(person => person.Entity != owner.Entity))
        {
            // "خلال لقائه الرئيس الروسي": with its agent as a pronoun, the person right after the noun is the one met.
            pairs.AddRange(met.Members.Select(person => (owner, person)));
            return met.End;
        }

        for (var j = k; j < limit; j++)
        {
            var text = Tokens[j].Text;
            if (text is "بين" or "وبين" && _args.NounPhrase(j + 1, Slot.Person, allowPreposition: true) is { Members.Count: >= 2 } between)
            {
                MeetingFrames.AddPairs(pairs, between.Members);
                return between.End;
            }
            // "لقاء ثلاثي ... يضم لافروف مع نظيريه كيري والجبير"، "اجتماع جمع X وY": who the meeting brings together.
            if (owner is null && text is "يضم" or "تضم" or "ضم" or "يجمع" or "تجمع" or "جمع" && _args.NounPhrase(j + 1, Slot.Person) is { } gathered)
            {
                var people = new List<EntityMention>(gathered.Members);
                var end = gathered.End;
                if (_subjectObject.ObjectPersons(end, ["مع"], 4) is { Members.Count: > 0 } withWhom && _subjectObject.IntroducedByWith(withWhom.Members[0]))
                {
                    people.AddRange(withWhom.Members);
                    end = withWhom.End;
                }
                if (people.DistinctBy(person => person.Entity).Count() >= 2)
                {
                    MeetingFrames.AddPairs(pairs, people.DistinctBy(person => person.Entity).ToList());
                    return end;
                }
            }
            // "خلال اجتماعه في بغداد برئيس الوزراء ...": ب introduces the one met.
            if (owner is not null && Tokens[j].Text.StartsWith('ب') && _args.NounPhrase(j, Slot.Person, allowPreposition: true) is { } met
                && _clauses.PrepositionOf(met.Members[0]) is "ب" or null && met.Members[0].FirstToken >= j)
            {
                pairs.AddRange(met.Members.Select(b => (owner, b)));
                return met.End;
            }
            if (text is "مع" && _args.NounPhrase(j + 1, Slot.Person, allowPreposition: true) is { } with)
            {
                var first = owner is not null ? [owner] : _args.LeftSubject(trigger.FirstToken, Slot.Person);
                foreach (var a in first)
                {
                    pairs.AddRange(with.Members.Select(b => (a, b)));
                }
                return with.End;
            }
            if (_c.StartsTrigger(j) || ClauseNavigator.IsClauseBreak(Tokens[j]) && j > k + 1)
            {
                break;
            }
        }

        // "وأجرى اردوغان وبوتين لقاء"، "عقد الوزيران اجتماعا": the people between a light verb and the meeting noun met.
        if (owner is null && pairs.Count == 0)
        {
            for (var j = trigger.FirstToken - 1; j >= Math.Max(0, trigger.FirstToken - 14) && !Tokens[j + 1].LineBreakBefore; j--)
            {
                if (ClauseNavigator.IsClauseBreak(Tokens[j]) || _c.StartsTrigger(j))
                {
                    break;
                }
                if (!_c.Words.Is(Tokens[j], ArgumentWordClass.Light))
                {
                    continue;
                }
                var between = j + 1 < Tokens.Count && _c.Words.Is(Tokens[j + 1], ArgumentWordClass.Dual)
                    ? _refs.DualReferents(j + 1, ReferenceResolver.LeadersDual(Tokens[j + 1])).Select(entity => _refs.Representative(entity, trigger)).ToList()
                    : _args.NounPhrase(j + 1, Slot.Person) is { } people && people.End <= trigger.FirstToken ? people.Members : [];
                if (between.Count >= 2)
                {
                    MeetingFrames.AddPairs(pairs, between);
                    return trigger.EndToken;
                }
                if (between.Count == 1)
                {
                    Convener = between[0]; // "عقد أوباما قمة في وادي السيليكون": he is where he holds it
                }
                break;
            }
        }

        // "عرض كيم على شويغو خلال الاجتماع": a definite meeting noun in a phrase of time joins the clause's people.
        if (owner is null && _c.IsDefinite(trigger) && trigger.FirstToken > 0 && Tokens[trigger.FirstToken - 1].Text is "خلال" or "في" or "اثناء")
        {
            var (first, _) = _clauses.Clause(trigger.FirstToken);
            var people = _c.Doc.Mentions
                .Where(mention => mention.Type == EntityType.Person && mention.Entity is not null && !mention.Nested
                                  && mention.FirstToken >= first && mention.EndToken <= trigger.FirstToken)
                .GroupBy(mention => mention.Entity)
                .Select(group => group.First())
                .ToList();
            if (people.Count == 2)
            {
                pairs.Add((people[0], people[1]));
            }
        }
        return trigger.EndToken;
    }
}
