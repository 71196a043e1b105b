using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Relations.Candidates;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations.Frames;

/// <summary>ACCUSED, DENIED and WARNED: who accuses, denies or warns whom, with the charge of an accusation.</summary>
internal sealed class ClaimFrames
{
    private readonly RelationContext _c;
    private readonly ClauseNavigator _clauses;
    private readonly ArgumentFinder _args;
    private readonly ReferenceResolver _refs;
    private readonly StatusDetector _status;
    private readonly DocumentFindings _findings;
    private readonly CandidateSink _candidates;
    private readonly AgentFinder _agents;
    private readonly SubjectObjectFinder _subjectObject;
    private readonly ClaimArguments _claimArguments;

    public ClaimFrames(RelationContext context, StatusDetector status, DocumentFindings findings, AgentFinder agents, SubjectObjectFinder subjectObject)
    {
        _c = context;
        _clauses = context.Clauses;
        _args = context.Arguments;
        _refs = context.References;
        _status = status;
        _findings = findings;
        _candidates = findings.Candidates;
        _agents = agents;
        _subjectObject = subjectObject;
        _claimArguments = new ClaimArguments(context);
    }

    private IReadOnlyList<Token> Tokens => _c.Tokens;

    /// <summary>Subjects of verbs of saying, so that "نا" (we) in a quote can find its speaker.</summary>
    public void FindSpeakers()
    {
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (Tokens[i].Kind == TokenKind.Word && _c.Features.IsSpeechVerb(i)
                && _args.PersonAt(_clauses.SkipAdverbials(i + 1)) is { } speaker)
            {
                _findings.SpeakerBySentence[_c.Doc.SentenceOf(i).Index] = speaker.Mention.Entity!;
            }
        }
    }

    public void Accuse(Trigger trigger)
    {
        var status = _status.Of(trigger);
        if (status is null)
        {
            return;
        }
        List<EntityMention> accusers, accused;
        int last;
        // "زعم" (claimed) takes a clause ("زعم أن ..."); without one "تزعم" is "led" ("تزعم حزب الدعوة نوري المالكي").
        if (trigger.IsVerb && trigger.Info.Form.Contains("زعم", StringComparison.Ordinal) && !ClauseFollows(trigger.EndToken))
        {
            return;
        }
        if (trigger.IsVerb)
        {
            (accusers, accused, last) = _subjectObject.SubjectAndObject(trigger, Slot.Actor, []);
            // "كما اتهم حزب العمال الكردستاني وتنظيم داعش بأن ...": one party and then the charge; the party is the
            // accused and the accuser is unsaid, the person the text is about.
            if (accused.Count == 0 && accusers.Count > 0 && _claimArguments.Charge(last) is not null)
            {
                var left = _args.LeftSubject(trigger.FirstToken, Slot.Actor);
                if (SharedSubject(trigger, accusers, left) is { } shared)
                {
                    accused = accusers;
                    accusers = shared;
                }
                else if (left.Count == 0 && !_agents.UnrecognisedSubjectBefore(trigger.FirstToken)
                         && _refs.Antecedent(trigger.FirstToken, accusers[0].Entity) is { } topic && AgentFinder.IsTopic(topic))
                {
                    accused = accusers;
                    accusers = [_refs.Representative(topic, trigger)];
                }
            }
        }
        else
        {
            (accusers, accused, last) = NounArguments(trigger, ["ل", "الي", "ضد"]);
        }
        foreach (var accuser in accusers)
        {
            _findings.Accusers.Add((trigger.FirstToken, accuser.Entity!));
            foreach (var target in accused)
            {
                _candidates.Emit(RelationType.Accused, accuser, target, trigger, status.Value, $"accuse:{trigger.Info.Form}", last, charge: _claimArguments.Charge(last));
            }
        }
    }

    /// <summary>
    /// "وتحدث الرئيس عن الأزمة واتهم قطر بدعم ...": a verb joined by و to the clause before shares its subject (<paramref
    /// name="left"/>, the subject before the verb), so the one party after it, followed by what the claim is about, is
    /// its object. Returns that subject, or null.
    /// </summary>
    private List<EntityMention>? SharedSubject(Trigger trigger, List<EntityMention> party, List<EntityMention> left)
    {
        if (Tokens[trigger.FirstToken].Text[0] != 'و' || trigger.Pronoun != Pronoun.None)
        {
            return null;
        }
        // "وحذرت إيران من التصعيد": a feminine verb before a state or a body agrees with it, its own subject.
        if (FeminineVerb(trigger) && party.Any(member => member.Type != EntityType.Person))
        {
            return null;
        }
        return left.Count > 0 && !left.Any(subject => party.Any(member => member.Entity == subject.Entity)) ? left : null;
    }

    /// <summary>"اتهمت"، "تحذر": a claim verb in the feminine (no claim verb's stem ends or, in the present, starts with ت).</summary>
    private static bool FeminineVerb(Trigger trigger) =>
        trigger.Info.Tense == TriggerTense.Past ? trigger.Info.Form.EndsWith('ت') : trigger.Info.Form.StartsWith('ت');

    private bool ClauseFollows(int from)
    {
        for (var k = from; k < Math.Min(Tokens.Count, from + 6); k++)
        {
            if (_c.Words.Is(Tokens[k], ArgumentWordClass.Complementizer) || Tokens[k].Text is "بان" or "بانه" or "بانها")
            {
                return true;
            }
            if (ClauseNavigator.IsClauseBreak(Tokens[k]))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>Arguments of a verbal noun: the genitive or "من X" is the agent; a party after the given prepositions is the other.</summary>
    private (List<EntityMention> Agents, List<EntityMention> Others, int Last) NounArguments(Trigger trigger, string[] prepositions)
    {
        var k = _clauses.SkipAdverbials(trigger.EndToken);
        List<EntityMention> agents = [];
        if (_args.NounPhrase(k, Slot.Actor) is { } genitive)
        {
            agents = genitive.Members;
            k = genitive.End;
        }
        else if (k < Tokens.Count && Tokens[k].Text == "من" && _args.NounPhrase(k + 1, Slot.Actor, allowPreposition: true) is { } from)
        {
            agents = from.Members;
            k = from.End;
        }
        var sentence = _c.Doc.SentenceOf(trigger.FirstToken);
        for (var j = k; j < Math.Min(sentence.EndToken, k + 5); j++)
        {
            if (_args.NounPhrase(j, Slot.Actor, allowPreposition: true) is { } other)
            {
                var preposition = _args.PrepositionOfPerson(other.Members[0]);
                if (preposition is not null && prepositions.Contains(preposition))
                {
                    return (agents, other.Members, other.End);
                }
                break;
            }
        }
        return (agents, [], k);
    }

    public void Deny(Trigger trigger)
    {
        var status = _status.Of(trigger);
        if (status is null)
        {
            return;
        }
        var (deniers, objects, last) = trigger.IsVerb
            ? _subjectObject.SubjectAndObject(trigger, Slot.Actor, [])
            : NounArguments(trigger, []);
        if (deniers.Count == 0)
        {
            return;
        }
        var targets = new List<DocEntity>();
        // "نفى اتهامات واشنطن": the party whose claim is denied, named with it.
        foreach (var mention in objects)
        {
            if (mention.FirstToken > 0 && _c.NounTriggerTokens.Contains(mention.FirstToken - 1) && mention.Entity is { } named)
            {
                targets.Add(named);
            }
        }
        if (targets.Count == 0 && _claimArguments.ClaimSource(trigger.EndToken) is { } claimant)
        {
            targets.Add(claimant);
        }
        if (targets.Count == 0)
        {
            var accuser = _findings.Accusers.LastOrDefault(item => item.Position < trigger.FirstToken && deniers.All(denier => denier.Entity != item.Accuser));
            if (accuser.Accuser is not null)
            {
                targets.Add(accuser.Accuser);
            }
        }
        foreach (var denier in deniers)
        {
            foreach (var target in targets)
            {
                _candidates.Emit(RelationType.Denied, denier, _refs.Representative(target, trigger), trigger, status.Value, $"deny:{trigger.Info.Form}", last);
            }
        }
    }

    public void Warn(Trigger trigger)
    {
        var status = _status.Of(trigger);
        if (status is null)
        {
            return;
        }
        List<EntityMention> warners;
        List<EntityMention> warned = [];
        List<EntityMention> left = [];
        int after;
        if (trigger.IsVerb)
        {
            if (trigger.Pronoun == Pronoun.FirstPlural)
            {
                warners = Speaker(trigger) is { } speaker ? [_refs.Representative(speaker, trigger)] : [];
                after = trigger.EndToken;
            }
            else
            {
                var afterVerb = _clauses.SkipAdverbials(trigger.EndToken);
                left = _args.LeftSubject(trigger.FirstToken, Slot.Actor, null, out var marked);
                if (!marked && _args.NounPhrase(afterVerb, Slot.Actor) is { } subject
                    && (left.Count == 0 || _clauses.OpensClause(trigger.FirstToken) || _subjectObject.SecondPhraseFollows(subject.End, Slot.Actor)))
                {
                    warners = subject.Members;
                    after = _clauses.SkipAdverbials(subject.End);
                }
                else
                {
                    warners = left;
                    after = afterVerb;
                }
            }
            if (after < Tokens.Count && _args.NounPhrase(after, Slot.Actor) is { } direct)
            {
                warned = direct.Members;
                after = direct.End;
            }
            else if (warners.Count > 0 && after < Tokens.Count && Tokens[after].Text == "من" && SharedSubject(trigger, warners, left) is { } shared)
            {
                // "وتطرق الوزير إلى الوضع وحذر إيران من التدخل": the party is the one warned.
                warned = warners;
                warners = shared;
            }
            else
            {
                (warned, after) = _claimArguments.WarnedAbout(after);
            }
        }
        else
        {
            var (agents, others, last) = NounArguments(trigger, ["ل"]);
            warners = agents;
            warned = others;
            after = last;
            if (warned.Count == 0)
            {
                (warned, after) = _claimArguments.WarnedAbout(after);
            }
        }
        foreach (var warner in warners)
        {
            foreach (var target in warned)
            {
                _candidates.Emit(RelationType.Warned, warner, target, trigger, status.Value, $"warn:{trigger.Info.Form}", after);
            }
        }
    }

    /// <summary>"حذرنا" in a quote: the speaker the sentence or the one before names.</summary>
    private DocEntity? Speaker(Trigger trigger)
    {
        var sentence = _c.Doc.SentenceOf(trigger.FirstToken).Index;
        for (var s = sentence; s >= Math.Max(0, sentence - 3); s--)
        {
            if (_findings.SpeakerBySentence.TryGetValue(s, out var speaker))
            {
                return speaker;
            }
        }
        return null;
    }
}
