using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Relations.Candidates;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations.Frames;

/// <summary>VISITED for the people of a meeting or reception at the place its clause names; remembers it for attendance.</summary>
internal sealed class MeetingPlaces
{
    private readonly RelationContext _c;
    private readonly ArgumentFinder _args;
    private readonly DocumentFindings _findings;
    private readonly CandidateSink _candidates;

    public MeetingPlaces(RelationContext context, DocumentFindings findings)
    {
        _c = context;
        _args = context.Arguments;
        _findings = findings;
        _candidates = findings.Candidates;
    }

    private IReadOnlyList<Token> Tokens => _c.Tokens;

    /// <summary>
    /// People met at a named place are present there: "يلتقي بوتين وجونغ أون ... في فلاديفوستوك"; so is a host
    /// whose guests are not named ("استقبل الأمير في قصر السلام أصحاب السمو الأمراء").
    /// </summary>
    public void EmitPresence(Trigger trigger, IReadOnlyList<EntityMention> people, RelationStatus status, int from)
    {
        if (people.Count == 0)
        {
            return;
        }
        var sentence = _c.Doc.SentenceOf(trigger.FirstToken);
        // The place may come before the people met ("خلال اجتماعه في بغداد برئيس الوزراء") or after them.
        var start = trigger.EndToken;
        for (var k = start; k < Math.Min(sentence.EndToken, Math.Max(from, start) + 16); k++)
        {
            // The place must be in the meeting's own clause: "... ، وبحث الجانبان الأوضاع في غزة" is not it.
            if (k > start && _c.TriggerTokens.Contains(k) && _c.IsVerbTrigger(k) || _c.Words.Is(Tokens[k], ArgumentWordClass.Complementizer)
                || ClauseNavigator.IsClauseBreak(Tokens[k]) && k > start
                || k >= from && k > start && Tokens[k].Kind == TokenKind.Word && Tokens[k].Text[0] == 'و' && _c.Table.Covering(k) is null)
            {
                return;
            }
            if (Tokens[k].Text != "في" || _args.Arg(k + 1, Slot.Premises) is not { Type: EntityType.Location or EntityType.Organization or EntityType.Country } place
                || place.Type == EntityType.Organization && place.Known?.Kind is "news")
            {
                continue;
            }
            foreach (var person in people.DistinctBy(mention => mention.Entity))
            {
                _candidates.Emit(RelationType.Visited, person, place, trigger, status, "meeting-place");
            }
            _findings.LastMeetingPlace = place;
            return;
        }
    }
}
