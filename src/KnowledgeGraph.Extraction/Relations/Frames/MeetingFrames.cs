using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Relations.Candidates;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations.Frames;

/// <summary>
/// MET from meeting verbs ("التقى"), meeting nouns (through <see cref="MeetingNouns"/>) and
/// handshakes; the people met are present at the meeting's place.
/// </summary>
internal sealed class MeetingFrames
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
    private readonly MeetingNouns _nouns;
    private readonly MeetingPlaces _meetingPlaces;
    private readonly PlaceTargetFinder _placeTargets;

    public MeetingFrames(RelationContext context, StatusDetector status, DocumentFindings findings, AgentFinder agents,
        SubjectObjectFinder subjectObject, MeetingPlaces meetingPlaces, PlaceTargetFinder placeTargets)
    {
        _placeTargets = placeTargets;
        _c = context;
        _clauses = context.Clauses;
        _args = context.Arguments;
        _refs = context.References;
        _status = status;
        _findings = findings;
        _candidates = findings.Candidates;
        _agents = agents;
        _subjectObject = subjectObject;
        _nouns = new MeetingNouns(context, subjectObject);
        _meetingPlaces = meetingPlaces;
    }

    private IReadOnlyList<Token> Tokens => _c.Tokens;

    public void Meet(Trigger trigger)
    {
        var status = _status.Of(trigger);
        if (status is null)
        {
            return;
        }
        var pairs = new List<(EntityMention A, EntityMention B)>();
        var last = trigger.EndToken;
        if (trigger.IsVerb)
        {
            var after = _clauses.SkipAdverbials(trigger.EndToken);
            List<EntityMention> subjects;
            if (after < Tokens.Count && _c.Words.Is(Tokens[after], ArgumentWordClass.Dual)
                && _refs.DualReferents(after, ReferenceResolver.LeadersDual(Tokens[after])) is { Count: 2 } dual)
            {
                subjects = dual.Select(entity => _refs.Representative(entity, trigger)).ToList();
                after++;
            }
            else if (_args.NounPhrase(after, Slot.Person) is { } phrase)
            {
                subjects = phrase.Members;
                after = phrase.End;
            }
            else if (DualBefore(trigger.FirstToken) is { Count: 2 } dualBefore)
            {
                // "وكان الوزيران التقيا في قطر": a dual subject before the verb.
                subjects = dualBefore.Select(entity => _refs.Representative(entity, trigger)).ToList();
            }
            else
            {
                subjects = [];
            }
            if (subjects.Count >= 2)
            {
                AddPairs(pairs, subjects);
                last = after;
            }
            var objects = _subjectObject.ObjectPersons(subjects.Count > 0 ? _subjectObject.PastParenthetical(after) : after, ["مع", "ب"],
                subjects.Count >= 2 ? 14 : 8);
            if (subjects.Count >= 2 && objects.Members.Count > 0 && _subjectObject.IntroducedByWith(objects.Members[0]))
            {
                // "... التقيا في قطر مع نظيرهما الأمريكي جون كيري": each of them met the third.
                pairs.AddRange(subjects.SelectMany(subject => objects.Members.Where(other => other.Entity != subject.Entity).Select(other => (subject, other))));
                last = objects.End;
            }
            if (subjects.Count == 1 && objects.Members.Count > 0)
            {
                pairs.AddRange(objects.Members.Select(other => (subjects[0], other)));
                last = objects.End;
            }
            else if (subjects.Count == 1)
            {
                // "حيث سيلتقي بوتين": the one named is met by the clause's subject; "قال إنه ... عندما يلتقي X": by the
                // person the text is about.
                var meeters = _args.LeftSubject(trigger.FirstToken, Slot.Person, subjects[0].Entity);
                if (meeters.Count == 0 && _refs.Antecedent(trigger.FirstToken, subjects[0].Entity) is { } topic && AgentFinder.IsTopic(topic)
                    && !_agents.UnrecognisedSubjectBefore(trigger.FirstToken) && !TitleLaterInClause(after))
                {
                    meeters = [_refs.Representative(topic, trigger)];
                }
                foreach (var subject in meeters)
                {
                    pairs.Add((subject, subjects[0]));
                }
                last = after;
            }
            else if (subjects.Count == 0)
            {
                var left = _args.LeftSubject(trigger.FirstToken, Slot.Person);
                if (left.Count >= 2)
                {
                    AddPairs(pairs, left);
                }
                if (left.Count == 0 && objects.Members.Count > 0 && _refs.Antecedent(trigger.FirstToken, objects.Members[0].Entity) is { } topic)
                {
                    // "التقى خلالها بفخامة الرئيس ...": the subject is the person the text is about.
                    left = [_refs.Representative(topic, trigger)];
                }
                if (left.Count > 0 && objects.Members.Count > 0)
                {
                    pairs.AddRange(objects.Members.Select(other => (left[^1], other)));
                    last = objects.End;
                }
            }
        }
        else
        {
            last = _nouns.MeetNoun(trigger, pairs);
        }

        foreach (var (a, b) in pairs)
        {
            _candidates.Emit(RelationType.Met, a, b, trigger, status.Value, $"meet:{trigger.Info.Form}", last);
        }
        var people = pairs.Count == 0 && _nouns.Convener is { } convener ? [convener] : pairs.SelectMany(pair => new[] { pair.A, pair.B }).ToList();
        if (pairs.Count > 0)
        {
            _findings.LastGathering = Gathering.Of(people, null, _c.Doc.SentenceOf(trigger.FirstToken).Index);
        }
        _meetingPlaces.EmitPresence(trigger, people, status.Value, last);
    }

    /// <summary>
    /// "خلال اجتماع اللجنة بالقاهرة، بمشاركة وزير الخارجية X ووزير الدولة Y": those taking part in the meeting of
    /// their sentence meet one another and the people it brought together, and are where it is held. Taking part
    /// in a conference or a campaign is not a meeting: a meeting noun must come before.
    /// </summary>
    public void Participate(Trigger trigger)
    {
        var status = _status.Of(trigger);
        if (status is null)
        {
            return;
        }
        var sentence = _c.Doc.SentenceOf(trigger.FirstToken);
        Trigger? meeting = null;
        for (var k = trigger.FirstToken - 1; k >= sentence.FirstToken && meeting is null; k--)
        {
            meeting = _c.TriggerOf(k, Frame.Meet);
        }
        var participants = _c.PersonsFrom(trigger.EndToken, sentence.EndToken);
        if (meeting is null || participants.Count == 0)
        {
            return;
        }
        if (_findings.LastGathering is { } gathering && gathering.Sentence == sentence.Index)
        {
            participants.InsertRange(0, gathering.Participants.Where(entity => participants.All(mention => mention.Entity != entity))
                .Select(entity => _refs.Representative(entity, trigger)));
        }
        if (SpeakerAt(meeting, sentence) is { } speaker && participants.All(mention => mention.Entity != speaker))
        {
            participants.Insert(0, _refs.Representative(speaker, trigger));
        }
        var last = participants.Max(mention => mention.EndToken);
        var pairs = new List<(EntityMention A, EntityMention B)>();
        AddPairs(pairs, participants);
        foreach (var (a, b) in pairs)
        {
            _candidates.Emit(RelationType.Met, a, b, trigger, status.Value, "participate", last);
        }
        if (_placeTargets.PlaceTargets(meeting, meeting.EndToken).FirstOrDefault(place => place.EndToken <= trigger.FirstToken) is { } venue)
        {
            foreach (var participant in participants)
            {
                _candidates.Emit(RelationType.Visited, participant, venue, trigger, status.Value, "participate:place", last);
            }
        }
        _findings.LastGathering = Gathering.Of(participants, null, sentence.Index);
    }

    /// <summary>
    /// "وقال X إن ... . جاء ذلك خلال اجتماع ..."، "وأكد X أن ...، وذلك خلال اجتماع ...": the meeting was the occasion
    /// of what X said, so X took part in it.
    /// </summary>
    private DocEntity? SpeakerAt(Trigger meeting, Sentence sentence)
    {
        var k = meeting.FirstToken;
        if (k < 2 || Tokens[k - 1].Text is not ("خلال" or "في" or "اثناء"))
        {
            return null;
        }
        var that = Tokens[k - 2].Text;
        if (that == "وذلك" && k - 2 > sentence.FirstToken)
        {
            return _findings.SpeakerBySentence.GetValueOrDefault(sentence.Index);
        }
        return that is "ذلك" or "هذا" && k - 3 == sentence.FirstToken && Tokens[k - 3].Text is "جاء" or "وجاء" && sentence.Index > 0
            ? _findings.SpeakerBySentence.GetValueOrDefault(sentence.Index - 1)
            : null;
    }

    public void Shake(Trigger trigger)
    {
        var status = _status.Of(trigger);
        if (status is null)
        {
            return;
        }
        var after = _clauses.SkipAdverbials(trigger.EndToken);
        var people = new List<EntityMention>();
        if (after < Tokens.Count && _c.Words.Is(Tokens[after], ArgumentWordClass.Dual))
        {
            people.AddRange(_refs.DualReferents(after, ReferenceResolver.LeadersDual(Tokens[after])).Select(entity => _refs.Representative(entity, trigger)));
        }
        else if (_args.NounPhrase(after, Slot.Person) is { } phrase)
        {
            people.AddRange(phrase.Members);
            if (people.Count == 1 && _subjectObject.ObjectPersons(phrase.End, ["مع"]) is { Members.Count: > 0 } with)
            {
                people.AddRange(with.Members);
            }
        }
        var pairs = new List<(EntityMention A, EntityMention B)>();
        AddPairs(pairs, people);
        foreach (var (a, b) in pairs)
        {
            _candidates.Emit(RelationType.Met, a, b, trigger, status.Value, $"shake:{trigger.Info.Form}");
        }
    }

    /// <summary>
    /// "التقى وزير الدفاع كارتر في القدس رئيس الوزراء الإسرائيلي": a title later in the clause is the one met, even
    /// unresolved, so the person right after the verb is its subject (VSO), not its object.
    /// </summary>
    private bool TitleLaterInClause(int from)
    {
        var sentence = _c.Doc.SentenceOf(Math.Min(from, Tokens.Count - 1));
        for (var k = from; k < Math.Min(sentence.EndToken, from + 10); k++)
        {
            if (ClauseNavigator.IsClauseBreak(Tokens[k]))
            {
                return false;
            }
            if (_c.Features.StartsTitle(k))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"وكان الوزيران التقيا": a dual word right before the verb (past a copula) and the two people it refers to.</summary>
    private List<DocEntity>? DualBefore(int verb)
    {
        for (var k = verb - 1; k >= Math.Max(0, verb - 2); k--)
        {
            if (Tokens[k].Kind != TokenKind.Word || Tokens[k + 1].LineBreakBefore)
            {
                return null;
            }
            if (_c.Words.Is(Tokens[k], ArgumentWordClass.Dual))
            {
                return _refs.DualReferents(k, ReferenceResolver.LeadersDual(Tokens[k]));
            }
            if (Tokens[k].Text is not ("كان" or "وكان" or "قد" or "وقد"))
            {
                return null;
            }
        }
        return null;
    }

    public static void AddPairs(List<(EntityMention A, EntityMention B)> pairs, List<EntityMention> people)
    {
        for (var i = 0; i < people.Count; i++)
        {
            for (var j = i + 1; j < people.Count; j++)
            {
                pairs.Add((people[i], people[j]));
            }
        }
    }
}
