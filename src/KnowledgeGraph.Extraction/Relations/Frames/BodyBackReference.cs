using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations.Frames;

/// <summary>
/// "مدير الجامعة"، "رئيس النادي"، "أمير المنطقة"، "رئيس الهيئة": a title whose only role word is the
/// head noun of a body or place, with the article, refers back to the body or place of that kind the
/// article names ("جامعة الملك عبدالعزيز"، "نادي الاتحاد"، "منطقة عسير"): the nearest one named
/// before the title, else the first one named after it.
/// </summary>
internal sealed class BodyBackReference
{
    private readonly RelationContext _c;

    public BodyBackReference(RelationContext context) => _c = context;

    public EntityMention? Target(RolePhrase role)
    {
        if (role.Target is not null || role.BackReference is not { } head)
        {
            return null;
        }
        EntityMention? before = null;
        EntityMention? after = null;
        foreach (var mention in _c.Doc.Mentions)
        {
            if (mention.Entity is null || mention.Kind != MentionKind.Name || mention.Type is not (EntityType.Organization or EntityType.Location)
                || mention.FirstToken >= role.FirstToken && mention.FirstToken < role.EndToken || !StartsWithHead(mention, head))
            {
                continue;
            }
            if (mention.FirstToken < role.FirstToken)
            {
                before = mention;
            }
            else
            {
                after ??= mention;
            }
        }
        var referent = before ?? after;
        return referent is null ? null : _c.References.Representative(referent.Entity!, role.FirstToken);
    }

    private bool StartsWithHead(EntityMention mention, string head)
    {
        var first = _c.Tokens[mention.FirstToken];
        foreach (var reading in first.Readings)
        {
            var stem = reading.Stem.StartsWith("ال", StringComparison.Ordinal) ? reading.Stem[2..] : reading.Stem;
            if (stem == head)
            {
                return true;
            }
        }
        return false;
    }
}
