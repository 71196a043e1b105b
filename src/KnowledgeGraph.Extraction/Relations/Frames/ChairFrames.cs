using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Relations.Candidates;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations.Frames;

/// <summary>
/// "مجلس إدارة اتحاد الكرة برئاسة جمال علام"، "عقد مجلس الشؤون الاقتصادية والتنمية اجتماعا في قصر السلام برئاسة الأمير
/// X": the person after برئاسة chairs the nearest body the clause names before it (HOLDS_ROLE, role رئيس). A person,
/// a delegation or mission noun ("وفد من الوزارة برئاسة X"), or the start of the sentence before any body ends the search.
/// </summary>
internal sealed class ChairFrames
{
    private const int MaxDistance = 14;
    private const string Role = "رئيس";

    private readonly RelationContext _c;
    private readonly CandidateSink _candidates;

    public ChairFrames(RelationContext context, CandidateSink candidates)
    {
        _c = context;
        _candidates = candidates;
    }

    public void Find()
    {
        var tokens = _c.Tokens;
        for (var k = 1; k + 1 < tokens.Count; k++)
        {
            if (!_c.Words.Is(tokens[k], ArgumentWordClass.Chair) || _c.Arguments.PersonAt(k + 1) is not { } chair
                || ChairedBody(k) is not { } body)
            {
                continue;
            }
            _candidates.EmitAt(RelationType.HoldsRole, chair.Mention, body, RelationStatus.Occurred, "chair:برئاسة", body.FirstToken,
                chair.End - 1, role: Role);
        }
    }

    private EntityMention? ChairedBody(int chairWord)
    {
        var sentence = _c.Doc.SentenceOf(chairWord);
        for (var j = chairWord - 1; j >= Math.Max(sentence.FirstToken, chairWord - MaxDistance); j--)
        {
            if (_c.Words.Is(_c.Tokens[j], ArgumentWordClass.Gathering))
            {
                return null;
            }
            if (_c.Table.Covering(j) is not { Entity: not null } mention || mention.Nested)
            {
                continue;
            }
            if (mention.Type == EntityType.Person)
            {
                return null;
            }
            if (mention is { Type: EntityType.Organization, Kind: MentionKind.Name } && mention.Known?.Kind is not "news")
            {
                return InGathering(mention) ? null : mention;
            }
            j = mention.FirstToken;
        }
        return null;
    }

    /// <summary>"وفد من الهيئة"، "بعثة الاتحاد": the body is where a delegation comes from, not what its chair heads.</summary>
    private bool InGathering(EntityMention body)
    {
        for (var j = body.FirstToken - 1; j >= Math.Max(0, body.FirstToken - 2); j--)
        {
            if (_c.Words.Is(_c.Tokens[j], ArgumentWordClass.Gathering))
            {
                return true;
            }
        }
        return false;
    }
}
