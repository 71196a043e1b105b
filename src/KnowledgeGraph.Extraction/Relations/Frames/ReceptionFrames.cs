using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Relations.Candidates;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations.Frames;

/// <summary>
/// MET from receptions ("استقبل"، "كان في استقباله") and, for attendance ("حضر الاستقبال"), VISITED
/// at the place and ACCOMPANIED for those from the guest's side.
/// </summary>
internal sealed class ReceptionFrames
{
    private readonly RelationContext _c;
    private readonly ArgumentFinder _args;
    private readonly ReferenceResolver _refs;
    private readonly StatusDetector _status;
    private readonly DocumentFindings _findings;
    private readonly CandidateSink _candidates;
    private readonly SubjectObjectFinder _subjectObject;
    private readonly PlaceTargetFinder _placeTargets;
    private readonly MeetingPlaces _meetingPlaces;

    public ReceptionFrames(RelationContext context, StatusDetector status, DocumentFindings findings, SubjectObjectFinder subjectObject,
        PlaceTargetFinder placeTargets, MeetingPlaces meetingPlaces)
    {
        _c = context;
        _args = context.Arguments;
        _refs = context.References;
        _status = status;
        _findings = findings;
        _candidates = findings.Candidates;
        _subjectObject = subjectObject;
        _placeTargets = placeTargets;
        _meetingPlaces = meetingPlaces;
    }

    private IReadOnlyList<Token> Tokens => _c.Tokens;

    /// <summary>"استقبل بوتين كيم"، "رحب الملك بالرئيس"، "استقبله X"، "كان في استقباله X وY".</summary>
    public void Receive(Trigger trigger)
    {
        var status = _status.Of(trigger);
        if (status is null)
        {
            return;
        }
        if (!trigger.IsVerb)
        {
            ReceiveNoun(trigger, status.Value);
            return;
        }
        var (hosts, guests, last) = _subjectObject.SubjectAndObject(trigger, Slot.Person, ["ب"]);
        foreach (var host in hosts)
        {
            foreach (var guest in guests)
            {
                _candidates.Emit(RelationType.Met, host, guest, trigger, status.Value, $"receive:{trigger.Info.Form}", last);
            }
        }
        var people = hosts.Concat(guests).ToList();
        if (hosts.Count > 0 && (guests.Count > 0 || HostOnly(trigger)))
        {
            var sentence = _c.Doc.SentenceOf(trigger.FirstToken).Index;
            // "وفي بداية الاستقبال رحب الملك بالضيف": the host welcoming a guest the text does not name again goes on with the
            // reception already reported, guest included.
            _findings.LastGathering = guests.Count == 0 && _findings.LastGathering is { } reported && hosts.All(host => reported.Participants.Contains(host.Entity!))
                ? reported with { Sentence = sentence }
                : Gathering.Of(people, guests.LastOrDefault()?.Entity, sentence);
            // "استقبل الملك في قصر السلام اليوم الوزير": the place may stand between host and guest.
            _meetingPlaces.EmitPresence(trigger, people, status.Value, hosts.Max(host => Math.Max(host.EndToken, trigger.EndToken)));
        }
    }

    /// <summary>
    /// "استقبل الأمير ... أصحاب السمو الأمراء والمواطنين": a reception whose guests are not named still has its
    /// host, whom those who attend it meet; a host read by a pronoun ("استقبله") stays unknown.
    /// </summary>
    private static bool HostOnly(Trigger trigger) => trigger.IsVerb && trigger.Pronoun == Pronoun.None;

    /// <summary>
    /// "كان في استقباله X وY"، "وكان في وداع سموه لدى مغادرته مطار القاهرة الدولي X": the people after
    /// the noun receive (or see off) the person the pronoun stands for ("في وداع الأمير Z": or the one
    /// named after it), at the place the clause names, or where the guest was last reported arriving.
    /// </summary>
    private void ReceiveNoun(Trigger trigger, RelationStatus status)
    {
        var afterPronoun = _refs.AfterPronounArgument(trigger);
        var pronoun = afterPronoun is not null;
        var k = afterPronoun ?? trigger.EndToken;
        var afterIn = trigger.FirstToken > 0 && Tokens[trigger.FirstToken - 1].Text == "في";
        EntityMention? named = null;
        if (!pronoun)
        {
            // "كما كان في الاستقبال X": those at the reception the text has just reported attend it.
            if (_c.IsDefinite(trigger) && afterIn)
            {
                Attend(trigger);
                return;
            }
            // "وكان في وداع الأمير X لدى مغادرته مطار القاهرة Y وZ": the guest named in the genitive.
            if (!afterIn || _c.IsDefinite(trigger) || _args.PersonAt(k) is not { } genitive)
            {
                return;
            }
            named = genitive.Mention;
            k = genitive.End;
        }
        var sentence = _c.Doc.SentenceOf(trigger.FirstToken);
        EntityMention? place = null;
        List<EntityMention> receivers = [];
        var end = trigger.EndToken;
        for (var j = k; j < Math.Min(sentence.EndToken, k + 14) && receivers.Count == 0; j++)
        {
            if (_c.Words.Is(Tokens[j], ArgumentWordClass.Complementizer) || Tokens[j].Text is ":" or "؛")
            {
                break;
            }
            if (place is null && _args.Arg(j, Slot.Premises) is { Nested: false } candidate && candidate.Type != EntityType.Country)
            {
                place = candidate;
                j = candidate.EndToken - 1;
                continue;
            }
            if (_args.NounPhrase(j, Slot.Person) is { } phrase)
            {
                receivers = phrase.Members;
                end = phrase.End;
            }
        }
        if (receivers.Count == 0 || (named?.Entity ?? _refs.Antecedent(trigger.FirstToken, receivers[0].Entity)) is not { } guest)
        {
            return;
        }
        // "كان في استقباله رئيس الديوان X، ونائب رئيس الوزراء Y، ومحافظ العاصمة Z": the whole list receives him.
        var listed = PersonsAfter(receivers[0].FirstToken, sentence).Where(person => person.Entity != guest).ToList();
        if (listed.Count > receivers.Count)
        {
            receivers = listed;
            end = Math.Max(end, listed.Max(person => person.EndToken));
        }
        place ??= ArrivalPlace(guest, trigger);
        var guestMention = named ?? _refs.Representative(guest, trigger);
        // Those who join a receiving line later ("كما كان في الاستقبال X") meet the guest, not the others in the line.
        _findings.LastGathering = new Gathering([guest], guest, sentence.Index);
        foreach (var receiver in receivers)
        {
            _candidates.Emit(RelationType.Met, receiver, guestMention, trigger, status, $"receive:{trigger.Info.Form}", end);
            if (place is not null)
            {
                _candidates.Emit(RelationType.Visited, receiver, place, trigger, status, "receive:place", end);
            }
        }
        if (place is not null && place.Known?.Kind != "capital")
        {
            _candidates.Emit(RelationType.Visited, guestMention, place, trigger, status, "receive:place", end);
        }
    }

    /// <summary>
    /// "حضر الاستقبال X وY"، "فيما حضر من الجانب الأمريكي X": attendees are where the reception
    /// or meeting takes place and meet the people it brought together; those from the guest's side
    /// are in the guest's delegation.
    /// </summary>
    public void Attend(Trigger trigger)
    {
        var status = _status.Of(trigger);
        if (status is null)
        {
            return;
        }
        var sentence = _c.Doc.SentenceOf(trigger.FirstToken);
        var attendees = PersonsAfter(trigger.EndToken, sentence);
        if (attendees.Count == 0)
        {
            return;
        }
        var side = SideCountry(trigger.EndToken, sentence.EndToken);
        var last = attendees.Max(mention => mention.EndToken);
        IReadOnlyList<EntityMention> places;
        Gathering? gathering;
        if (trigger.IsVerb || trigger.Info.Frame == Frame.Receive)
        {
            var named = _placeTargets.PlaceTargets(trigger, trigger.EndToken);
            places = named.Count > 0 ? named
                : AttendsOccasion(trigger) ? _meetingPlaces.OccasionPlaces(sentence.Index)
                : _findings.LastMeetingPlaces;
            gathering = AttendedGathering(trigger, sentence, side is not null || !trigger.IsVerb, side is not null);
        }
        else
        {
            (gathering, places) = PresenceAt(trigger, sentence);
        }
        foreach (var attendee in attendees)
        {
            foreach (var place in places)
            {
                _candidates.Emit(RelationType.Visited, attendee, place, trigger, status.Value, "attend", last);
            }
            foreach (var participant in gathering?.Participants ?? [])
            {
                if (participant != attendee.Entity && attendees.All(other => other.Entity != participant))
                {
                    _candidates.Emit(RelationType.Met, attendee, _refs.Representative(participant, trigger), trigger, status.Value, "attend:met", last);
                }
            }
            if (side is not null && _findings.LastGathering is { Guest: { } guest } && attendee.Entity != guest && CountryOf(guest) == side)
            {
                _candidates.Emit(RelationType.Accompanied, attendee, _refs.Representative(guest, trigger), trigger, status.Value, "attend:side", last);
            }
        }
    }

    /// <summary>
    /// The reception or meeting an attendance refers back to: "حضر الاستقبال"، "كما حضر اللقاء" (a reception or
    /// meeting noun right after the verb), "فيما حضر من الجانب الأمريكي" or "كان في الاستقبال" after one, reported
    /// in this sentence or the few before. "حضر المؤتمر" or "حضر الحفل" name another event and meet no one.
    /// </summary>
    private Gathering? AttendedGathering(Trigger trigger, Sentence sentence, bool refersBack, bool bySide)
    {
        if (_findings.LastGathering is not { } gathering)
        {
            return null;
        }
        var next = _c.Clauses.SkipAdverbials(trigger.EndToken);
        var named = next < sentence.EndToken && _c.StartsTriggerOf(next, Frame.Receive, Frame.Meet);
        // "حضر الاستقبال"، "كما حضره"، "فيما حضر من الجانب الأمريكي": a reception named again, a pronoun for it or the
        // sides of a two-sided meeting reach further back than a bare "حضر".
        var reach = named || bySide || trigger.Pronoun != Pronoun.None ? MaxSentencesBackNamed : MaxSentencesBack;
        return gathering.Sentence >= sentence.Index - reach && (refersBack || named) ? gathering : null;
    }

    private const int MaxSentencesBack = 3;
    private const int MaxSentencesBackNamed = 6;

    /// <summary>"حضر الحفل"، "وشهد الاحتفال": the event attended is a celebration or ceremony.</summary>
    private bool AttendsOccasion(Trigger trigger)
    {
        var next = _c.Clauses.SkipAdverbials(trigger.EndToken);
        return next < Tokens.Count && _c.Words.Is(Tokens[next], ArgumentWordClass.Occasion);
    }

    /// <summary>
    /// "استقبل X Y بحضور Z"، "دشن X المعرض بمركز المعارض، وذلك بحضور Z": those present attend the event of their
    /// sentence: a reception or meeting reported in it, else what its first named person did, and they are
    /// where that person was. "تفاجأنا بحضور X" (X's coming), with no one before it, attends nothing.
    /// </summary>
    private (Gathering? Gathering, IReadOnlyList<EntityMention> Places) PresenceAt(Trigger trigger, Sentence sentence)
    {
        if (_findings.LastGathering is { } gathering && gathering.Sentence == sentence.Index)
        {
            return (gathering, _findings.LastMeetingPlaces.Where(place => place.FirstToken >= sentence.FirstToken).ToList());
        }
        var agent = _c.Doc.Mentions.FirstOrDefault(mention => mention.Type == EntityType.Person && mention.Entity is not null && !mention.Nested && !mention.Weak
                                                              && mention.Kind != MentionKind.Descriptor
                                                              && mention.FirstToken >= sentence.FirstToken && mention.EndToken <= trigger.FirstToken);
        if (agent is null)
        {
            return (null, []);
        }
        var places = _candidates.Found
            .Where(found => found.Type == RelationType.Visited && found.Source == agent.Entity && found.TargetMention is { } target
                            && target.FirstToken >= sentence.FirstToken && target.EndToken <= trigger.FirstToken)
            .Select(found => found.TargetMention!)
            .Distinct()
            .ToList();
        return (new Gathering([agent.Entity!], null, sentence.Index), places);
    }

    private List<EntityMention> PersonsAfter(int from, Sentence sentence) => _c.PersonsFrom(from, sentence.EndToken);

    /// <summary>"من الجانب الأمريكي": the country whose side the people named after it are on.</summary>
    private DocEntity? SideCountry(int from, int end)
    {
        for (var k = from; k < Math.Min(end, from + 4); k++)
        {
            if (Tokens[k].Text is "الجانب" && _args.Arg(k + 1, Slot.Actor, allowAdjective: true) is { Kind: MentionKind.Adjective, Entity: { } country })
            {
                return country;
            }
        }
        return null;
    }

    /// <summary>A person's country: the one their offices in the article are in, or what is known of them.</summary>
    private DocEntity? CountryOf(DocEntity person) =>
        person.Roles.Select(role => role.Target?.Entity).FirstOrDefault(entity => entity?.Type == EntityType.Country)
        ?? (person.Known?.Country is { } id ? _c.Doc.Entities.FirstOrDefault(entity => entity.Known?.Id == id) : null);

    /// <summary>The place a guest was last reported arriving in or passing through, in this sentence or the two before.</summary>
    private EntityMention? ArrivalPlace(DocEntity guest, Trigger trigger)
    {
        var sentence = _c.Doc.SentenceOf(trigger.FirstToken).Index;
        return _candidates.Found
            .Where(found => found.Type == RelationType.Visited && found.Source == guest && found.TargetMention is { Type: EntityType.Location }
                            && _c.Doc.SentenceOf(found.TargetMention.FirstToken).Index >= sentence - 2
                            && found.TargetMention.FirstToken < trigger.FirstToken)
            .Select(found => found.TargetMention)
            .LastOrDefault();
    }
}
