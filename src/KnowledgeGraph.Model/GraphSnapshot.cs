namespace KnowledgeGraph.Model;

/// <summary>A whole graph, as exported: documents, entities and relations, in a stable order.</summary>
public sealed class GraphSnapshot
{
    public GraphSnapshot(IReadOnlyList<DocumentInfo> documents, IReadOnlyList<Entity> entities, IReadOnlyList<Relation> relations)
    {
        Documents = documents;
        Entities = entities;
        Relations = relations;
    }

    public IReadOnlyList<DocumentInfo> Documents { get; }
    public IReadOnlyList<Entity> Entities { get; }
    public IReadOnlyList<Relation> Relations { get; }
}
