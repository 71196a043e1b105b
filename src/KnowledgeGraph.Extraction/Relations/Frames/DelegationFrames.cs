using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Relations.Candidates;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations.Frames;

/// <summary>ACCOMPANIED from accompanying ("رافق"، "برفقة"), delegations ("يضم وفد كيم X") and joining ("انضم إليه").</summary>
internal sealed class DelegationFrames
{
    private readonly RelationContext _c;
    private readonly ClauseNavigator _clauses;
    private readonly ArgumentFinder _args;
    private readonly ReferenceResolver _refs;
    private readonly StatusDetector _status;
    private readonly CandidateSink _candidates;
    private readonly SubjectObjectFinder _subjectObject;

    public DelegationFrames(RelationContext context, StatusDetector status, DocumentFindings findings, SubjectObjectFinder subjectObject)
    {
        _c = context;
        _clauses = context.Clauses;
        _args = context.Arguments;
        _refs = context.References;
        _status = status;
        _candidates = findings.Candidates;
        _subjectObject = subjectObject;
    }

    private IReadOnlyList<Token> Tokens => _c.Tokens;

    /// <summary>"رافق X Y": X accompanies Y; "يرافقه X": X accompanies him.</summary>
    public void Accompany(Trigger trigger)
    {
        var status = _status.Of(trigger);
        if (status is null || !trigger.IsVerb)
        {
            return;
        }
        if (trigger.Pronoun is Pronoun.ThirdMasculine or Pronoun.ThirdFeminine)
        {
            var companions = _subjectObject.ObjectPersons(_clauses.SkipAdverbials(trigger.EndToken), []);
            if (companions.Members.Count > 0 && _refs.Antecedent(trigger.FirstToken, companions.Members[0].Entity) is { } principal)
            {
                foreach (var companion in companions.Members)
                {
                    _candidates.Emit(RelationType.Accompanied, companion, _refs.Representative(principal, trigger), trigger, status.Value, "accompany:pronoun", companions.End);
                }
            }
            return;
        }
        // "رافق معاليه X، وY": the one accompanied is an honorific pronoun, the companions follow.
        var afterVerb = _clauses.SkipAdverbials(trigger.EndToken);
        if (_refs.IsHonorificPronoun(afterVerb))
        {
            var companions = _subjectObject.ObjectPersons(afterVerb + 1, []);
            if (companions.Members.Count > 0 && _refs.Antecedent(afterVerb, companions.Members[0].Entity) is { } honoured)
            {
                foreach (var companion in companions.Members)
                {
                    _candidates.Emit(RelationType.Accompanied, companion, _refs.Representative(honoured, trigger), trigger, status.Value, "accompany:honorific", companions.End);
                }
            }
            return;
        }
        // "يرافق الرئيسَ في زيارته وزيرُ الخارجية": with this verb the one accompanied usually comes first (VOS).
        var first = _args.NounPhrase(afterVerb, Slot.Person);
        if (first is null)
        {
            return;
        }
        var second = _subjectObject.ObjectPersons(_clauses.SkipAdverbials(first.Value.End), []);
        if (second.Members.Count == 0)
        {
            return;
        }
        foreach (var principal in first.Value.Members)
        {
            foreach (var companion in second.Members)
            {
                _candidates.Emit(RelationType.Accompanied, companion, principal, trigger, status.Value, $"accompany:{trigger.Info.Form}", second.End);
            }
        }
    }

    /// <summary>"X ... برفقة Y": Y accompanies X.</summary>
    public void Escort(Trigger trigger)
    {
        var status = _status.Of(trigger);
        if (status is null)
        {
            return;
        }
        if (_refs.AfterPronounArgument(trigger) is { } afterPronoun)
        {
            EscortOfPronoun(trigger, afterPronoun, status.Value);
            return;
        }
        var companions = _subjectObject.ObjectPersons(trigger.EndToken, []);
        if (companions.Members.Count == 0)
        {
            return;
        }
        var principals = _args.LeftSubject(trigger.FirstToken, Slot.Person, companions.Members[0].Entity);
        foreach (var principal in principals)
        {
            foreach (var companion in companions.Members)
            {
                _candidates.Emit(RelationType.Accompanied, companion, principal, trigger, status.Value, "escort", companions.End);
            }
        }
    }

    /// <summary>
    /// "ووصل بمعية سموه، المستشار X والمستشار Y": with the principal a pronoun, the people named after it arrived in
    /// his company; "وصل X برفقته" has the companion before it.
    /// </summary>
    private void EscortOfPronoun(Trigger trigger, int afterPronoun, RelationStatus status)
    {
        if (_refs.Antecedent(trigger.FirstToken) is not { } principalEntity)
        {
            return;
        }
        var from = afterPronoun < Tokens.Count && Tokens[afterPronoun].Text is "،" or "," ? afterPronoun + 1 : afterPronoun;
        var companions = _subjectObject.ObjectPersons(from, []) is { Members.Count: > 0 } after ? after.Members
            : _args.LeftSubject(trigger.FirstToken, Slot.Person, principalEntity);
        var principal = _refs.Representative(principalEntity, trigger);
        var last = companions.Count > 0 ? companions.Max(mention => mention.EndToken) : trigger.EndToken;
        foreach (var companion in companions.Where(companion => companion.Entity != principalEntity))
        {
            _candidates.Emit(RelationType.Accompanied, companion, principal, trigger, status, "escort:pronoun", last);
        }
    }

    /// <summary>"يضم وفد كيم X وY ..." and "X ضمن الوفد الروسي": members of a principal's delegation.</summary>
    public void Delegation(Trigger trigger)
    {
        var status = _status.Of(trigger);
        if (status is null)
        {
            return;
        }
        var sentence = _c.Doc.SentenceOf(trigger.FirstToken);
        var (principal, afterPrincipal) = DelegationHead(trigger.EndToken);
        var form = trigger.Info.Form;
        // "يضم وفد كيم X وY" lists members after the principal; "X ضمن الوفد" has the member before.
        var listsMembers = form is "يضم" or "ضم" or "تضم" or "ضمت" or "يتالف" or "تالف" or "تتالف" or "يتكون" or "تكون" or "تتكون";
        if (principal is null)
        {
            return;
        }
        List<EntityMention> members;
        var last = afterPrincipal;
        if (listsMembers)
        {
            members = _c.Doc.Mentions
                .Where(mention => mention.Type == EntityType.Person && mention.Entity is not null && mention.Entity != principal.Entity
                                  && !mention.Nested && mention.FirstToken >= afterPrincipal && mention.EndToken <= sentence.EndToken
                                  && mention.Kind != MentionKind.Descriptor)
                .GroupBy(mention => mention.Entity)
                .Select(group => group.First())
                .ToList();
            if (members.Count > 0)
            {
                last = members.Max(member => member.EndToken);
            }
        }
        else
        {
            members = _args.LeftSubject(trigger.FirstToken, Slot.Person, principal.Entity);
        }
        foreach (var member in members)
        {
            _candidates.Emit(RelationType.Accompanied, member, principal, trigger, status.Value, $"delegation:{form}", last);
        }
    }

    /// <summary>Whose delegation: a person named after "وفد" ("وفد كيم"), or the leader of the nationality ("الوفد الروسي").</summary>
    private (EntityMention? Principal, int End) DelegationHead(int index)
    {
        // "الوفد الرسمي لسمو ولي ولي العهد"، "الوفد المرافق لسموه": past the qualifiers, ل may introduce the principal.
        while (index < Tokens.Count && (Tokens[index].Text is "الرسمي" or "المرافق" or "المرافقه" or "الرسميه" or "الحكومي"
                                       || _c.Resources.DescriptiveAdjectives.Contains(Tokens[index].Text)))
        {
            index++;
        }
        // "ضمت البعثة برئاسة مدير الفريق X": the one who heads it.
        if (index < Tokens.Count && Tokens[index].Text is "برئاسه")
        {
            index++;
        }
        // "لسمو ولي ولي العهد": past an honorific (with its preposition) to the title or name.
        if (index < Tokens.Count && _c.Resources.Cues.Titles.Match(Tokens, index) is { Value.Class: TitleClass.Honorific } honorific
            && honorific.EndToken < Tokens.Count && _args.PersonAt(honorific.EndToken, allowPreposition: true) is { } honoured)
        {
            return (honoured.Mention, honoured.End);
        }
        if (index >= Tokens.Count)
        {
            return (null, index);
        }
        if (_args.PersonAt(index, allowPreposition: true) is { } person)
        {
            return (person.Mention, person.End);
        }
        if ((Tokens[index].Text is "له" or "لها" || _refs.IsHonorificPronoun(index) || Tokens[index].Text.StartsWith("لسمو", StringComparison.Ordinal))
            && _refs.Antecedent(index) is { } owner)
        {
            return (_refs.Representative(owner, index), index + 1);
        }
        if (_args.Arg(index, Slot.Actor, allowAdjective: true) is { Kind: MentionKind.Adjective, Entity: { } country } adjective)
        {
            var leader = _c.Doc.Entities
                .Where(entity => entity.Type == EntityType.Person && entity.Roles.Any(role =>
                    role.Title.Class is TitleClass.Leader or TitleClass.Royal or TitleClass.Government && role.Target?.Entity == country))
                .OrderByDescending(entity => entity.Mentions.Count)
                .FirstOrDefault();
            if (leader is not null)
            {
                return (_refs.Representative(leader, index), adjective.EndToken);
            }
        }
        return (null, index);
    }

    /// <summary>"والذي انضم إليه": the subject joins the person the pronoun stands for.</summary>
    public void Join(Trigger trigger)
    {
        var status = _status.Of(trigger);
        var next = trigger.EndToken;
        if (status is null || next >= Tokens.Count || Tokens[next].Text is not ("اليه" or "اليها"))
        {
            return;
        }
        var members = _args.LeftSubject(trigger.FirstToken, Slot.Person);
        if (members.Count == 0 && _args.NounPhrase(_clauses.SkipAdverbials(next + 1), Slot.Person) is { } after)
        {
            members = after.Members;
        }
        if (members.Count == 0 || _refs.Antecedent(trigger.FirstToken, members[0].Entity) is not { } principal)
        {
            return;
        }
        foreach (var member in members)
        {
            _candidates.Emit(RelationType.Accompanied, member, _refs.Representative(principal, trigger), trigger, status.Value, "join", next);
        }
    }
}
