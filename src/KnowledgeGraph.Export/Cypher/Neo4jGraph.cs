using System.Globalization;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Export.Cypher;

/// <summary>
/// One node: its key, the entity type label when it has one, and its property values, aligned
/// with the set's properties. A value is a string, an int, a list of strings or of ints, a
/// <see cref="GeoPoint"/>, or null (an optional value that is absent).
/// </summary>
internal sealed record Neo4jNode(string Key, string? TypeLabel, IReadOnlyList<object?> Values);

/// <summary>The nodes of one label, as one CSV file or one group of MERGE statements.</summary>
internal sealed record Neo4jNodeSet(string Label, Neo4jProperty Key, IReadOnlyList<Neo4jProperty> Properties, IReadOnlyList<Neo4jNode> Rows);

/// <summary>One relationship: its type, the keys of its endpoints, and its property values.</summary>
internal sealed record Neo4jRelationship(string Type, string Start, string End, IReadOnlyList<object?> Values);

/// <summary>
/// Relationships between two node sets. <paramref name="MergeProperty"/> names the property that
/// identifies a relationship beside its endpoints and type, when one does.
/// </summary>
internal sealed record Neo4jRelationshipSet(
    Neo4jNodeSet From, Neo4jNodeSet To, string? MergeProperty, IReadOnlyList<Neo4jProperty> Properties, IReadOnlyList<Neo4jRelationship> Rows);

/// <summary>A graph in the shape of the Neo4j model (cypher/README.md), in a stable order.</summary>
internal sealed class Neo4jGraph
{
    private Neo4jGraph(
        Neo4jNodeSet documents, Neo4jNodeSet entities, Neo4jNodeSet evidence,
        Neo4jRelationshipSet mentions, Neo4jRelationshipSet relations, Neo4jRelationshipSet supports)
    {
        Documents = documents;
        Entities = entities;
        Evidence = evidence;
        Mentions = mentions;
        Relations = relations;
        Supports = supports;
    }

    public Neo4jNodeSet Documents { get; }
    public Neo4jNodeSet Entities { get; }
    public Neo4jNodeSet Evidence { get; }
    public Neo4jRelationshipSet Mentions { get; }
    public Neo4jRelationshipSet Relations { get; }
    public Neo4jRelationshipSet Supports { get; }

    public IEnumerable<Neo4jNodeSet> NodeSets => [Documents, Entities, Evidence];

    public IEnumerable<Neo4jRelationshipSet> RelationshipSets => [Mentions, Relations, Supports];

    public static Neo4jGraph From(GraphSnapshot graph)
    {
        GraphFacts.EnsureConsistent(graph);

        var documents = new Neo4jNodeSet(Neo4jSchema.Document, Neo4jSchema.DocumentKey, Neo4jSchema.DocumentProperties,
            graph.Documents.Select(document => new Neo4jNode(document.Name, null,
            [
                document.Id, document.Title, document.Language,
                document.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), document.Source, document.Url,
            ])).ToList());

        var entities = new Neo4jNodeSet(Neo4jSchema.Entity, Neo4jSchema.EntityKey, Neo4jSchema.EntityProperties,
            graph.Entities.Select(entity => new Neo4jNode(entity.Id, Neo4jSchema.TypeLabel(entity.Type),
            [
                // A sorted set, as the store keeps it (the JSON export keeps the documents' order).
                entity.Type.ToWire(), entity.Name, entity.NameAr, entity.Aliases.Order(StringComparer.Ordinal).ToList(),
                entity.Links.NameSource?.ToWire(), entity.Links.Wikidata, entity.Links.GeoNames, entity.Links.Country, entity.Links.Point,
            ])).ToList());

        var evidenceItems = EvidenceItems(graph);
        var evidence = new Neo4jNodeSet(Neo4jSchema.Evidence, Neo4jSchema.EvidenceKey, Neo4jSchema.EvidenceProperties,
            evidenceItems.Select(item => item.Node).ToList());

        var mentions = new Neo4jRelationshipSet(documents, entities, null, Neo4jSchema.MentionsProperties, MentionsRelationships(graph));

        var relations = new Neo4jRelationshipSet(entities, entities, Neo4jSchema.RelationMergeProperty, Neo4jSchema.RelationProperties,
            graph.Relations.Select(relation => new Neo4jRelationship(relation.Type.ToWire(), relation.Source, relation.Target,
            [
                relation.Id, relation.Status.ToWire(), GraphFacts.Documents(relation),
                relation.Role, relation.Charge, relation.Date, relation.AttributedTo.Order(StringComparer.Ordinal).ToList(), relation.Evidence.Count,
            ])).ToList());

        var supports = new Neo4jRelationshipSet(evidence, documents, null, [],
            evidenceItems.Select(item => new Neo4jRelationship(Neo4jSchema.Supports, item.Node.Key, item.Document, [])).ToList());

        return new Neo4jGraph(documents, entities, evidence, mentions, relations, supports);
    }

    /// <summary>The key of an evidence node: one per relation and document.</summary>
    public static string EvidenceKey(Relation relation, Evidence evidence) => $"{relation.Id}@{evidence.Document}";

    /// <summary>
    /// One node per key: should a relation hold two evidence items from one document, the first
    /// is kept, as the key is unique in the model.
    /// </summary>
    private static List<(Neo4jNode Node, string Document)> EvidenceItems(GraphSnapshot graph)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var nodes = new List<(Neo4jNode, string)>();
        foreach (var relation in graph.Relations)
        {
            foreach (var item in relation.Evidence)
            {
                var key = EvidenceKey(relation, item);
                if (seen.Add(key))
                {
                    nodes.Add((new Neo4jNode(key, null,
                    [
                        relation.Id, relation.Type.ToWire(), item.Document, item.Start, item.End, item.Text,
                        item.Status.ToWire(), item.Date, item.AttributedTo, item.Role, item.Charge,
                    ]), item.Document));
                }
            }
        }
        return nodes;
    }

    /// <summary>
    /// One MENTIONS per document and entity, its mentions as parallel lists in the order the document gives them (as the
    /// store keeps them), with what that document
    /// makes of the entity (its aliases, names, type and links, a point as its two numbers), as the Neo4j store keeps
    /// them: a graph loaded from this export reads back, and takes more articles, as the store's own. A graph read
    /// from the JSON export has lost them: its aliases are then the distinct surface forms of the mentions, metonyms
    /// left out as the extractor leaves them out (a capital's name is not its state's), and its names, type and links
    /// the merged entity's.
    /// </summary>
    private static List<Neo4jRelationship> MentionsRelationships(GraphSnapshot graph) =>
        graph.Entities
            .SelectMany(entity => entity.Mentions.GroupBy(mention => mention.Document, StringComparer.Ordinal)
                .Select(group => (Document: group.Key, Entity: entity,
                    Contribution: entity.Contributions.LastOrDefault(contribution => contribution.Document == group.Key),
                    Mentions: group.ToList())))
            .OrderBy(row => row.Document, StringComparer.Ordinal)
            .ThenBy(row => row.Entity.Id, StringComparer.Ordinal)
            .Select(row => new Neo4jRelationship(Neo4jSchema.Mentions, row.Document, row.Entity.Id,
            [
                row.Mentions.Count,
                row.Mentions.Select(mention => mention.Start).ToList(),
                row.Mentions.Select(mention => mention.End).ToList(),
                row.Mentions.Select(mention => mention.Text).ToList(),
                row.Mentions.Select(mention => MentionKinds.ToWire(mention.Kind)).ToList(),
                row.Contribution?.Aliases.ToList() ?? row.Mentions.Where(mention => mention.Kind != MentionKind.Metonym)
                    .Select(mention => mention.Text).Distinct(StringComparer.Ordinal).ToList(),
                row.Contribution?.Name ?? row.Entity.Name,
                row.Contribution?.NameAr ?? row.Entity.NameAr,
                (row.Contribution?.Type ?? row.Entity.Type).ToWire(),
                .. LinkValues(row.Contribution?.Links ?? row.Entity.Links),
            ]))
            .ToList();

    /// <summary>The link values of a MENTIONS, in the order of <see cref="Neo4jSchema.MentionsProperties"/>.</summary>
    private static object?[] LinkValues(EntityLinks links) =>
    [
        links.NameSource?.ToWire(), links.Wikidata, links.GeoNames, links.Point?.Latitude, links.Point?.Longitude, links.Country,
    ];
}
