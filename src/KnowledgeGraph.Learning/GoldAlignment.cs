using KnowledgeGraph.Evaluation;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Learning;

/// <summary>
/// Which gold entity each of a document's entities is, matched as the scorer matches them (shared
/// surface forms, one to one): the bridge from the extractor's candidates to the gold labels.
/// </summary>
public static class GoldAlignment
{
    public static Dictionary<DocEntity, string> Align(Doc doc, GoldDocument gold)
    {
        var byKey = new Dictionary<string, DocEntity>(StringComparer.Ordinal);
        var forms = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var entity in doc.Entities)
        {
            if (!byKey.TryAdd(entity.Key, entity))
            {
                continue;
            }
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var mention in entity.Mentions)
            {
                var (start, end) = doc.ToOriginal(mention.Start, mention.End);
                set.UnionWith(SurfaceForms.Expand(doc.Article.Text[start..end]));
            }
            if (entity.Known is { } known)
            {
                set.UnionWith(SurfaceForms.Expand(known.NameAr));
            }
            forms[entity.Key] = set;
        }
        return EntityMatcher.Match(forms, gold).ToDictionary(pair => byKey[pair.Key], pair => pair.Value);
    }
}
