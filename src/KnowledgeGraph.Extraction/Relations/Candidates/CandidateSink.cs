using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations.Candidates;

/// <summary>
/// The relation candidates the rules find in one document, in the order they were emitted (merging
/// keeps the first of equals, so the order matters), each with its evidence span and the name of
/// the rule that produced it.
/// </summary>
internal sealed class CandidateSink
{
    private readonly RelationContext _c;
    private readonly List<RelationCandidate> _found = [];

    public CandidateSink(RelationContext context) => _c = context;

    /// <summary>Every candidate so far, in emission order.</summary>
    public IReadOnlyList<RelationCandidate> Found => _found;

    public void Emit(RelationType type, EntityMention source, EntityMention target, Trigger trigger, RelationStatus status, string rule,
        int lastToken = -1, string? charge = null)
    {
        var first = Math.Min(trigger.FirstToken, NearTrigger(source, trigger));
        var last = Math.Max(trigger.EndToken - 1, Math.Max(NearTrigger(target, trigger, end: true), lastToken > 0 ? Math.Min(lastToken - 1, target.EndToken - 1 + 12) : -1));
        last = Math.Max(last, NearTrigger(source, trigger, end: true));
        EmitAt(type, source, target, status, rule, first, last, charge);
    }

    /// <summary>An argument's token if it is in the trigger's sentence, else the trigger's (a pronoun's antecedent may be far).</summary>
    private int NearTrigger(EntityMention mention, Trigger trigger, bool end = false)
    {
        var sentence = _c.Doc.SentenceOf(trigger.FirstToken);
        var token = end ? mention.EndToken - 1 : mention.FirstToken;
        return token >= sentence.FirstToken && token < sentence.EndToken ? token : trigger.FirstToken;
    }

    public void EmitAt(RelationType type, EntityMention source, EntityMention target, RelationStatus status, string rule,
        int firstToken, int lastToken, string? charge = null, string? role = null)
    {
        if (source.Entity is not { } from || target.Entity is not { } to || from == to || !Valid(type, from, to))
        {
            return;
        }
        var (start, end) = _c.Clauses.Evidence(firstToken, Math.Max(firstToken, lastToken));
        _found.Add(new RelationCandidate
        {
            Type = type,
            Source = from,
            Target = to,
            Status = status,
            EvidenceStart = start,
            EvidenceEnd = end,
            SourceMention = source,
            TargetMention = target,
            Charge = charge,
            Role = role,
            Rule = rule,
        });
    }

    private static bool Valid(RelationType type, DocEntity source, DocEntity target) => type switch
    {
        RelationType.Visited => source.Type == EntityType.Person && target.Type is EntityType.Location or EntityType.Country or EntityType.Organization,
        RelationType.Met or RelationType.Accompanied => source.Type == EntityType.Person && target.Type == EntityType.Person,
        RelationType.HoldsRole => source.Type == EntityType.Person && target.Type is EntityType.Country or EntityType.Organization or EntityType.Location,
        _ => source.Type is EntityType.Person or EntityType.Country or EntityType.Organization
             && target.Type is EntityType.Person or EntityType.Country or EntityType.Organization,
    };
}
