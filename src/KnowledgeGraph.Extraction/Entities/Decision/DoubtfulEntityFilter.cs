using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Entities.Decision;

/// <summary>
/// After the relation decisions: the entities the entity decision doubted (<see cref="Doc.DoubtfulEntities"/>) leave
/// the document with their mentions, unless a kept relation holds them.
/// </summary>
public sealed class DoubtfulEntityFilter : IPipelineComponent
{
    public void Process(Doc doc)
    {
        if (doc.DoubtfulEntities is not { Count: > 0 } doubtful)
        {
            return;
        }
        foreach (var relation in doc.Relations)
        {
            doubtful.Remove(relation.Source);
            doubtful.Remove(relation.Target);
        }
        if (doubtful.Count > 0)
        {
            doc.Entities.RemoveAll(doubtful.Contains);
            doc.Mentions.RemoveAll(mention => mention.Entity is { } entity && doubtful.Contains(entity));
            doc.MentionTable = null;
        }
        doc.DoubtfulEntities = null;
    }
}
