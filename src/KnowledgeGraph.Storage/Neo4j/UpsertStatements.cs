using System.Globalization;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// The statements that write articles, in the shape of cypher/README.md. Per transaction: one statement
/// that reads which articles are there already, then one that writes all the new or changed ones
/// (UNWINDing lists: documents, entities per label, mentions, evidence, relations per type). Labels and
/// relationship types come from <see cref="GraphSchema"/>; every value is a parameter.
/// </summary>
internal static class UpsertStatements
{
    private const string DocumentLabel = GraphSchema.DocumentLabel;
    private const string EntityLabel = GraphSchema.EntityLabel;
    private const string EvidenceLabel = GraphSchema.EvidenceLabel;
    private const string Mentions = GraphSchema.Mentions;
    private const string Supports = GraphSchema.Supports;

    /// <summary>The id stored for each name (null when the name is not stored).</summary>
    public static Neo4jStatement Check(IReadOnlyList<string> names) => new(
        Cypher.Compact($$"""
            UNWIND $names AS documentName
            OPTIONAL MATCH (document:{{DocumentLabel}} {name: documentName})
            RETURN documentName AS name, document.id AS id
            """),
        new Dictionary<string, object?> { ["names"] = names },
        names.Count);

    /// <summary>
    /// Removes what the <paramref name="replaced"/> documents contributed, writes <paramref name="graphs"/>,
    /// then recomputes every relationship and entity either touched, deleting those nothing supports any more.
    /// </summary>
    public static Neo4jStatement Write(IReadOnlyList<DocumentGraph> graphs, IReadOnlyList<string> replaced)
    {
        var documents = new List<object?>();
        var mentions = new List<object?>();
        var evidence = new List<object?>();
        var entities = new SortedDictionary<EntityType, List<object?>>();
        var relations = new SortedDictionary<RelationType, List<object?>>();
        var seenEntities = new HashSet<string>(StringComparer.Ordinal);
        var seenRelations = new HashSet<string>(StringComparer.Ordinal);

        foreach (var graph in graphs)
        {
            Validate(graph);
            var name = graph.Document.Name;
            documents.Add(Row(("name", name), ("properties", DocumentProperties(graph.Document))));
            foreach (var entity in graph.Entities)
            {
                if (seenEntities.Add(entity.Id))
                {
                    ListOf(entities, entity.Type).Add(Row(("id", entity.Id), ("type", GraphSchema.Label(entity.Type))));
                }
                mentions.Add(Row(("document", name), ("entity", entity.Id), ("properties", MentionProperties(entity))));
            }
            foreach (var relation in graph.Relations)
            {
                var key = EvidenceKey(relation.Id, name);
                evidence.Add(Row(("document", name), ("key", key), ("properties", EvidenceProperties(key, relation, name))));
                if (seenRelations.Add(relation.Id))
                {
                    ListOf(relations, relation.Type).Add(Row(("id", relation.Id), ("source", relation.Source), ("target", relation.Target)));
                }
            }
        }

        var entityLabels = entities.Keys.Select(GraphSchema.Label).ToList();
        var relationshipTypes = relations.Keys.Select(GraphSchema.RelationshipType).ToList();
        var text = string.Join(' ',
        [
            Removal,
            WriteDocuments,
            .. entityLabels.Select(WriteEntities),
            WriteMentions,
            WriteEvidence,
            .. relationshipTypes.Select(WriteRelationships),
            RecomputeRelationships(relationshipTypes.Count),
            RecomputeEntities(entityLabels.Count),
            "RETURN size(staleRelations) AS staleRelations, size(staleEntities) AS staleEntities",
        ]);

        var parameters = new Dictionary<string, object?>
        {
            ["replaced"] = replaced,
            ["documents"] = documents,
            ["entities"] = entities.ToDictionary(pair => GraphSchema.Label(pair.Key), pair => (object?)pair.Value, StringComparer.Ordinal),
            ["mentions"] = mentions,
            ["evidence"] = evidence,
            ["relations"] = relations.ToDictionary(pair => GraphSchema.RelationshipType(pair.Key), pair => (object?)pair.Value, StringComparer.Ordinal),
            ["occurred"] = RelationStatus.Occurred.ToWire(),
            ["planned"] = RelationStatus.Planned.ToWire(),
        };
        var rows = replaced.Count + documents.Count + mentions.Count + evidence.Count
            + entities.Values.Sum(list => list.Count) + relations.Values.Sum(list => list.Count);
        return new Neo4jStatement(Cypher.Compact(text), parameters, rows);
    }

    /// <summary>
    /// Keys of the row maps the write statement UNWINDs ("row.entity", "row.properties"); a Cypher checker that
    /// knows only the graph's property keys needs these too.
    /// </summary>
    public static IReadOnlyList<string> RowKeys { get; } = ["name", "properties", "id", "type", "document", "entity", "key", "source", "target"];

    /// <summary>The Evidence node key of cypher/README.md: one per relation and document.</summary>
    public static string EvidenceKey(string relationId, string documentName) => relationId + "@" + documentName;

    /// <summary>
    /// The store keeps one Evidence node per relation and document, and draws relationships between the
    /// article's own entities: refuse a graph it could not store faithfully rather than lose part of it.
    /// </summary>
    public static void Validate(DocumentGraph graph)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in graph.Entities)
        {
            if (!ids.Add(entity.Id))
            {
                throw new ArgumentException($"Article '{graph.Document.Name}' lists entity '{entity.Id}' twice.", nameof(graph));
            }
        }
        var relationIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var relation in graph.Relations)
        {
            if (!relationIds.Add(relation.Id))
            {
                throw new ArgumentException($"Article '{graph.Document.Name}' lists relation '{relation.Id}' twice.", nameof(graph));
            }
            if (relation.Evidence.Count != 1)
            {
                throw new ArgumentException(
                    $"Relation '{relation.Id}' of article '{graph.Document.Name}' has {relation.Evidence.Count} evidence items; the Neo4j store keeps exactly one per relation and article.",
                    nameof(graph));
            }
            if (!ids.Contains(relation.Source) || !ids.Contains(relation.Target))
            {
                throw new ArgumentException(
                    $"Relation '{relation.Id}' of article '{graph.Document.Name}' links an entity the article does not list.", nameof(graph));
            }
        }
    }

    // Removal of replaced documents' contributions. The relationships and entities they touched are
    // returned, to be recomputed (or deleted) once the new versions are written.
    private static readonly string Removal = $$"""
        CALL () {
          UNWIND $replaced AS documentName
          MATCH (document:{{DocumentLabel}} {name: documentName})-[:{{Mentions}}]->(:{{EntityLabel}})-[relation]->(:{{EntityLabel}})
          WHERE EXISTS { (document)<-[:{{Supports}}]-(:{{EvidenceLabel}} {relation: relation.id}) }
          RETURN collect(DISTINCT relation) AS staleRelations
        }
        CALL () {
          UNWIND $replaced AS documentName
          MATCH (:{{DocumentLabel}} {name: documentName})<-[:{{Supports}}]-(evidence:{{EvidenceLabel}})
          DETACH DELETE evidence
        }
        CALL () {
          UNWIND $replaced AS documentName
          MATCH (:{{DocumentLabel}} {name: documentName})-[mention:{{Mentions}}]->(entity:{{EntityLabel}})
          DELETE mention
          RETURN collect(DISTINCT entity) AS staleEntities
        }
        """;

    private static readonly string WriteDocuments = $$"""
        CALL () {
          UNWIND $documents AS row
          MERGE (document:{{DocumentLabel}} {name: row.name})
          SET document = row.properties
        }
        """;

    private static string WriteEntities(string label, int index) => $$"""
        CALL () {
          UNWIND $entities.{{label}} AS row
          MERGE (entity:{{EntityLabel}} {id: row.id})
          SET entity:{{label}}, entity.type = row.type
          RETURN collect(entity) AS entities{{index}}
        }
        """;

    private static readonly string WriteMentions = $$"""
        CALL () {
          UNWIND $mentions AS row
          MATCH (document:{{DocumentLabel}} {name: row.document})
          MATCH (entity:{{EntityLabel}} {id: row.entity})
          MERGE (document)-[mention:{{Mentions}}]->(entity)
          SET mention = row.properties
        }
        """;

    private static readonly string WriteEvidence = $$"""
        CALL () {
          UNWIND $evidence AS row
          MATCH (document:{{DocumentLabel}} {name: row.document})
          MERGE (evidence:{{EvidenceLabel}} {key: row.key})
          SET evidence = row.properties
          MERGE (evidence)-[:{{Supports}}]->(document)
        }
        """;

    private static string WriteRelationships(string type, int index) => $$"""
        CALL () {
          UNWIND $relations.{{type}} AS row
          MATCH (source:{{EntityLabel}} {id: row.source})
          MATCH (target:{{EntityLabel}} {id: row.target})
          MERGE (source)-[relation:{{type}}]->(target)
          SET relation.id = row.id
          RETURN collect(relation) AS relations{{index}}
        }
        """;

    // Every property of a relationship follows from its Evidence nodes, in document-name order.
    private static string RecomputeRelationships(int written)
    {
        var lists = new[] { "staleRelations" }.Concat(Enumerable.Range(0, written).Select(index => $"relations{index}")).ToList();
        return $$"""
            CALL ({{string.Join(", ", lists)}}) {
              UNWIND {{string.Join(" + ", lists)}} AS relation
              WITH DISTINCT relation
              CALL (relation) {
                MATCH (evidence:{{EvidenceLabel}} {relation: relation.id})
                WITH evidence ORDER BY evidence.document
                RETURN collect(evidence) AS evidence, min(evidence.date) AS earliest
              }
              SET relation.status = CASE WHEN any(item IN evidence WHERE item.status = $occurred) THEN $occurred ELSE $planned END,
                  relation.documents = [item IN evidence | item.document],
                  relation.role = head([item IN evidence WHERE item.role IS NOT NULL | item.role]),
                  relation.charge = head([item IN evidence WHERE item.charge IS NOT NULL | item.charge]),
                  relation.date = earliest,
                  relation.attributedTo = reduce(ids = [], item IN evidence |
                    CASE WHEN item.attributedTo IS NULL OR item.attributedTo IN ids THEN ids ELSE ids + item.attributedTo END),
                  relation.evidenceCount = size(evidence)
              WITH relation, evidence
              WHERE size(evidence) = 0
              DELETE relation
            }
            """;
    }

    // An entity's names and links come from the first document (by name) that mentions it (a place's point as a
    // WGS-84 point, for spatial queries); its aliases are the union of the documents' aliases in that order. An
    // entity no document mentions and no relationship holds goes.
    private static string RecomputeEntities(int written)
    {
        var lists = new[] { "staleEntities" }.Concat(Enumerable.Range(0, written).Select(index => $"entities{index}")).ToList();
        return $$"""
            CALL ({{string.Join(", ", lists)}}) {
              UNWIND {{string.Join(" + ", lists)}} AS entity
              WITH DISTINCT entity
              CALL (entity) {
                MATCH (document:{{DocumentLabel}})-[mention:{{Mentions}}]->(entity)
                WITH document, mention ORDER BY document.name
                RETURN collect(mention) AS mentions
              }
              WITH entity, mentions, head(mentions) AS lead
              SET entity.name = coalesce(lead.name, entity.name),
                  entity.nameAr = coalesce(lead.nameAr, entity.nameAr),
                  entity.nameSource = CASE WHEN lead IS NULL THEN entity.nameSource ELSE lead.nameSource END,
                  entity.wikidata = CASE WHEN lead IS NULL THEN entity.wikidata ELSE lead.wikidata END,
                  entity.geonames = CASE WHEN lead IS NULL THEN entity.geonames ELSE lead.geonames END,
                  entity.country = CASE WHEN lead IS NULL THEN entity.country ELSE lead.country END,
                  entity.location = CASE WHEN lead IS NULL THEN entity.location WHEN lead.latitude IS NULL THEN null
                    ELSE point({latitude: lead.latitude, longitude: lead.longitude}) END,
                  entity.aliases = reduce(aliases = [], alias IN reduce(flat = [], mention IN mentions | flat + coalesce(mention.aliases, [])) |
                    CASE WHEN alias IN aliases THEN aliases ELSE aliases + alias END)
              WITH entity, mentions
              WHERE size(mentions) = 0 AND NOT EXISTS { (entity)--() }
              DELETE entity
            }
            """;
    }

    private static Dictionary<string, object?> DocumentProperties(DocumentInfo document) => new(StringComparer.Ordinal)
    {
        ["name"] = document.Name,
        ["id"] = document.Id,
        ["title"] = document.Title,
        ["language"] = document.Language,
        ["date"] = document.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["source"] = document.Source,
        ["url"] = document.Url,
    };

    private static Dictionary<string, object?> MentionProperties(Entity entity) => new(StringComparer.Ordinal)
    {
        ["count"] = entity.Mentions.Count,
        ["starts"] = entity.Mentions.Select(mention => mention.Start).ToList(),
        ["ends"] = entity.Mentions.Select(mention => mention.End).ToList(),
        ["texts"] = entity.Mentions.Select(mention => mention.Text).ToList(),
        ["kinds"] = entity.Mentions.Select(mention => MentionKinds.ToWire(mention.Kind)).ToList(),
        ["aliases"] = entity.Aliases.ToList(),
        ["name"] = entity.Name,
        ["nameAr"] = entity.NameAr,
        ["nameSource"] = entity.Links.NameSource?.ToWire(),
        ["wikidata"] = entity.Links.Wikidata,
        ["geonames"] = entity.Links.GeoNames,
        ["latitude"] = entity.Links.Point?.Latitude,
        ["longitude"] = entity.Links.Point?.Longitude,
        ["country"] = entity.Links.Country,
    };

    private static Dictionary<string, object?> EvidenceProperties(string key, Relation relation, string documentName)
    {
        var item = relation.Evidence[0];
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["key"] = key,
            ["relation"] = relation.Id,
            ["type"] = GraphSchema.RelationshipType(relation.Type),
            ["document"] = documentName,
            ["start"] = item.Start,
            ["end"] = item.End,
            ["text"] = item.Text,
            ["status"] = item.Status.ToWire(),
            ["date"] = item.Date,
            ["attributedTo"] = item.AttributedTo,
            ["role"] = item.Role,
            ["charge"] = item.Charge,
        };
    }

    private static Dictionary<string, object?> Row(params (string Key, object? Value)[] items)
    {
        var row = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in items)
        {
            row[key] = value;
        }
        return row;
    }

    private static List<object?> ListOf<TKey>(SortedDictionary<TKey, List<object?>> lists, TKey key)
        where TKey : notnull
    {
        if (!lists.TryGetValue(key, out var list))
        {
            list = [];
            lists.Add(key, list);
        }
        return list;
    }
}
