namespace KnowledgeGraph.Model;

/// <summary>
/// Merges document graphs into one graph in memory, with the semantics every store shares:
/// one node per entity id, one relation per key, and a document that is added again
/// (same name) replaces what its earlier version contributed.
/// </summary>
public sealed class GraphBuilder
{
    private readonly Dictionary<string, DocumentGraph> _documents = new(StringComparer.Ordinal);

    public int DocumentCount => _documents.Count;

    public void Add(DocumentGraph graph) => _documents[graph.Document.Name] = graph;

    public GraphSnapshot Build()
    {
        var documents = _documents.Values.Select(graph => graph.Document)
            .OrderBy(document => document.Name, StringComparer.Ordinal)
            .ToList();

        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var relations = new Dictionary<string, Relation>(StringComparer.Ordinal);

        foreach (var graph in _documents.Values.OrderBy(graph => graph.Document.Name, StringComparer.Ordinal))
        {
            foreach (var entity in graph.Entities)
            {
                if (!entities.TryGetValue(entity.Id, out var merged))
                {
                    merged = new Entity(entity.Id, entity.Type, entity.Name, entity.NameAr) { Links = entity.Links };
                    entities.Add(entity.Id, merged);
                }
                foreach (var alias in entity.Aliases)
                {
                    merged.AddAlias(alias);
                }
                merged.Mentions.AddRange(entity.Mentions);
                merged.Contributions.Add(new EntityContribution(graph.Document.Name, entity.Type, entity.Name, entity.NameAr, entity.Aliases.ToList(),
                    entity.Links));
            }

            foreach (var relation in graph.Relations)
            {
                if (!relations.TryGetValue(relation.Id, out var merged))
                {
                    merged = new Relation(relation.Type, relation.Source, relation.Target);
                    relations.Add(relation.Id, merged);
                }
                merged.Evidence.AddRange(relation.Evidence);
            }
        }

        return new GraphSnapshot(
            documents,
            entities.Values.OrderBy(entity => entity.Id, StringComparer.Ordinal).ToList(),
            relations.Values.OrderBy(relation => relation.Id, StringComparer.Ordinal).ToList());
    }
}
