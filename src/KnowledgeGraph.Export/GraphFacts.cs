using KnowledgeGraph.Model;

namespace KnowledgeGraph.Export;

/// <summary>Values several exports derive from a graph the same way.</summary>
internal static class GraphFacts
{
    public const string ListSeparator = " | ";

    /// <summary>What a visualizer shows on a node: the English name with the Arabic one, or the one name when they agree.</summary>
    public static string Label(Entity entity) =>
        entity.Name.Length == 0 ? entity.NameAr
        : entity.NameAr.Length == 0 || entity.NameAr == entity.Name ? entity.Name
        : $"{entity.Name} ({entity.NameAr})";

    /// <summary>How many documents mention the entity.</summary>
    public static int DocumentCount(Entity entity) =>
        entity.Mentions.Select(mention => mention.Document).Distinct(StringComparer.Ordinal).Count();

    /// <summary>The documents the relation's evidence comes from, distinct, in order of first appearance.</summary>
    public static IReadOnlyList<string> Documents(Relation relation) =>
        relation.Evidence.Select(evidence => evidence.Document).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Every format but the JSON contract needs a consistent graph (an edge between two nodes it
    /// declares, evidence and mentions from documents it holds): say what is wrong rather than
    /// write a file the tools reject or, worse, load partly.
    /// </summary>
    public static void EnsureConsistent(GraphSnapshot graph)
    {
        var documents = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in graph.Documents)
        {
            if (!documents.Add(document.Name))
            {
                throw new InvalidDataException($"The graph holds document '{document.Name}' twice.");
            }
        }

        var entities = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in graph.Entities)
        {
            if (!entities.Add(entity.Id))
            {
                throw new InvalidDataException($"The graph holds entity '{entity.Id}' twice.");
            }
            if (entity.Mentions.FirstOrDefault(mention => !documents.Contains(mention.Document)) is { } mention)
            {
                throw new InvalidDataException($"Entity '{entity.Id}' is mentioned in document '{mention.Document}', which the graph does not hold.");
            }
        }

        var relations = new HashSet<string>(StringComparer.Ordinal);
        foreach (var relation in graph.Relations)
        {
            if (!relations.Add(relation.Id))
            {
                throw new InvalidDataException($"The graph holds relation '{relation.Id}' twice.");
            }
            if (!entities.Contains(relation.Source) || !entities.Contains(relation.Target))
            {
                throw new InvalidDataException($"Relation '{relation.Id}' links an entity the graph does not hold.");
            }
            if (relation.Evidence.FirstOrDefault(evidence => !documents.Contains(evidence.Document)) is { } evidence)
            {
                throw new InvalidDataException($"Relation '{relation.Id}' has evidence from document '{evidence.Document}', which the graph does not hold.");
            }
        }
    }
}
