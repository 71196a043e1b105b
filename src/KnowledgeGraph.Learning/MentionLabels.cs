using KnowledgeGraph.Evaluation;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Learning;

/// <summary>
/// Labels mention candidates from a gold annotation: a span is a yes when its text, read as the
/// scorer reads surface forms, is an alias of a gold entity of the candidate's type.
/// </summary>
public sealed class MentionLabels
{
    private readonly Doc _doc;
    private readonly Dictionary<string, HashSet<string>> _aliasesByType = new(StringComparer.Ordinal);

    public MentionLabels(Doc doc, GoldDocument gold)
    {
        _doc = doc;
        foreach (var entity in gold.Entities)
        {
            if (!_aliasesByType.TryGetValue(entity.Type, out var set))
            {
                set = new HashSet<string>(StringComparer.Ordinal);
                _aliasesByType.Add(entity.Type, set);
            }
            foreach (var alias in entity.Aliases)
            {
                set.Add(SurfaceForms.Normalize(alias));
            }
        }
    }

    public Label Of(EntityMention mention)
    {
        if (!_aliasesByType.TryGetValue(mention.Type.ToWire(), out var aliases))
        {
            return Label.No;
        }
        var (start, end) = _doc.ToOriginal(mention.Start, mention.End);
        return SurfaceForms.Expand(_doc.Article.Text[start..end]).Any(aliases.Contains) ? Label.Yes : Label.No;
    }
}
