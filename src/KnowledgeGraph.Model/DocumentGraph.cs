namespace KnowledgeGraph.Model;

/// <summary>
/// What one article contributes to the graph: its entities (with the mentions in this
/// article), and its relations (with the evidence from this article). This is the unit the
/// extractor produces and a store upserts in one transaction.
/// </summary>
public sealed class DocumentGraph
{
    public DocumentGraph(DocumentInfo document, IReadOnlyList<Entity> entities, IReadOnlyList<Relation> relations)
    {
        Document = document;
        Entities = entities;
        Relations = relations;
    }

    public DocumentInfo Document { get; }
    public IReadOnlyList<Entity> Entities { get; }
    public IReadOnlyList<Relation> Relations { get; }
}
