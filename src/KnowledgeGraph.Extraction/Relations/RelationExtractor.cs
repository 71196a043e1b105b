using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Relations.Candidates;
using KnowledgeGraph.Extraction.Relations.Frames;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// Finds relations: for each trigger word, the arguments its frame says where to look for
/// (Data/relations/triggers.tsv), with the status the clause gives; then presence in captions,
/// and the offices title phrases give (HOLDS_ROLE). Each relation keeps the clause that
/// supports it, a date and the source the sentence cites, when the text gives them.
/// </summary>
public sealed class RelationExtractor : IPipelineComponent
{
    private readonly LanguageResources _resources;
    private readonly NameWords _nameWords;
    private readonly TriggerFinder _triggers;
    private readonly DateResolver _dates;

    public RelationExtractor(LanguageResources resources, NameWords nameWords)
    {
        _resources = resources;
        _nameWords = nameWords;
        _triggers = new TriggerFinder(resources);
        _dates = new DateResolver(resources);
    }

    public void Process(Doc doc)
    {
        var context = new RelationContext(doc, _resources, _nameWords.For(doc));
        var triggers = _triggers.Find(doc);
        doc.Triggers.Clear();
        doc.Triggers.AddRange(triggers);
        context.MarkTriggers(triggers);
        var candidates = FindCandidates(context, triggers);
        var merger = new CandidateMerger(context, new AttributionFinder(context), _dates);
        doc.Relations.Clear();
        doc.Relations.AddRange(merger.Merge(candidates));
    }

    /// <summary>
    /// Every candidate the rules find in one document, each naming its rule, in the order they are
    /// emitted (merging keeps the first of equals): the triggers' frames in reading order, then
    /// captions, then offices (which look back at the delegations and receptions found).
    /// </summary>
    private static IReadOnlyList<RelationCandidate> FindCandidates(RelationContext context, IReadOnlyList<Trigger> triggers)
    {
        var findings = new DocumentFindings(context);
        var status = new StatusDetector(context);
        var agents = new AgentFinder(context);
        var subjectObject = new SubjectObjectFinder(context);
        var placeTargets = new PlaceTargetFinder(context);
        var meetingPlaces = new MeetingPlaces(context, findings, placeTargets);
        var visits = new VisitFrames(context, status, findings, agents, placeTargets);
        var meetings = new MeetingFrames(context, status, findings, agents, subjectObject, meetingPlaces, placeTargets);
        var receptions = new ReceptionFrames(context, status, findings, subjectObject, placeTargets, meetingPlaces);
        var delegations = new DelegationFrames(context, status, findings, subjectObject);
        var claims = new ClaimFrames(context, status, findings, agents, subjectObject);

        claims.FindSpeakers();
        foreach (var trigger in triggers)
        {
            switch (trigger.Info.Frame)
            {
                case Frame.Visit or Frame.Travel or Frame.Arrive or Frame.Presence or Frame.Pass or Frame.Tour:
                    visits.Visit(trigger);
                    break;
                case Frame.Speak:
                    visits.Speak(trigger);
                    break;
                case Frame.Meet:
                    meetings.Meet(trigger);
                    break;
                case Frame.Receive:
                    receptions.Receive(trigger);
                    break;
                case Frame.Shake:
                    meetings.Shake(trigger);
                    break;
                case Frame.Accompany:
                    delegations.Accompany(trigger);
                    break;
                case Frame.Escort:
                    delegations.Escort(trigger);
                    break;
                case Frame.Delegation:
                    delegations.Delegation(trigger);
                    break;
                case Frame.Join:
                    delegations.Join(trigger);
                    break;
                case Frame.Accuse:
                    claims.Accuse(trigger);
                    break;
                case Frame.Deny:
                    claims.Deny(trigger);
                    break;
                case Frame.Warn:
                    claims.Warn(trigger);
                    break;
                case Frame.Attend:
                    receptions.Attend(trigger);
                    break;
                case Frame.Participate:
                    meetings.Participate(trigger);
                    break;
            }
        }
        new StatementPlaces(context, findings).Find();
        new CaptionFrames(context, findings).Captions(triggers);
        new RoleRelations(context, findings.Candidates).Extract();
        new ChairFrames(context, findings.Candidates).Find();
        return findings.Candidates.Found;
    }
}
