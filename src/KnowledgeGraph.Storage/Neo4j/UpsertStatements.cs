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

    /// <summary>The write statement's one map parameter, holding every list it UNWINDs.</summary>
    public const string BatchParameter = "batch";

    /// <summary>
    /// The id stored for each name (null when the name is not stored), with the Document nodes write-locked (new ones
    /// created bare), in name order: a second writer of one of these articles waits for this transaction to end, then
    /// reads what it wrote.
    /// </summary>
    public static Neo4jStatement Check(IReadOnlyList<string> names) => new(
        Cypher.Compact($$"""
            UNWIND $names AS documentName
            MERGE (document:{{DocumentLabel}} {name: documentName})
            ON MATCH SET document.name = documentName
            RETURN documentName AS name, document.id AS id
            """),
        new Dictionary<string, object?> { ["names"] = names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList() },
        names.Count);

    /// <summary>
    /// Removes what the <paramref name="replaced"/> documents contributed and writes <paramref name="graphs"/>. An entity
    /// or relationship the new documents touch is updated from what they bring (ordered lists merged, counts added),
    /// without reading what other documents brought: an entity named in thousands of articles costs each batch what
    /// the batch says of it. Only where the new documents disagree with what is stored (another name or type for an
    /// entity, another role or charge for a relationship), and for everything the replaced documents touched, is the
    /// element recomputed from all its MENTIONS or Evidence, and deleted when nothing supports it any more.
    /// </summary>
    public static Neo4jStatement Write(IReadOnlyList<DocumentGraph> graphs, IReadOnlyList<string> replaced)
    {
        // A document's mentions and evidence travel in its row, so that its name is sent once.
        var documents = new List<object?>();
        var mentions = 0;
        var evidence = 0;
        foreach (var graph in graphs)
        {
            Validate(graph);
            var name = graph.Document.Name;
            documents.Add(ElementProperties.Row(
                ("name", name),
                ("properties", ElementProperties.Document(graph.Document)),
                ("mentions", graph.Entities.Select(entity => ElementProperties.Row(("entity", entity.Id), ("properties", ElementProperties.Mention(entity)))).ToList()),
                ("evidence", graph.Relations.Select(relation => ElementProperties.Evidence(EvidenceKey(relation.Id, name), relation, name)).ToList())));
            mentions += graph.Entities.Count;
            evidence += graph.Relations.Count;
        }
        var entities = BatchContributions.Entities(graphs);
        var relations = BatchContributions.Relations(graphs);

        // Every label and type, with empty lists for those the batch lacks: one statement text, planned once and cached.
        var entityLabels = GraphSchema.EntityLabels.Values.Order(StringComparer.Ordinal).ToList();
        var relationshipTypes = GraphSchema.RelationshipTypes.Values.Order(StringComparer.Ordinal).ToList();
        foreach (var label in entityLabels)
        {
            entities.TryAdd(label, []);
        }
        foreach (var type in relationshipTypes)
        {
            relations.TryAdd(type, []);
        }
        var text = string.Join(' ',
        [
            ReplanSkip,
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

        // One map parameter: Neo4j keys its plan cache by the size (a power of ten) of every list parameter, so lists
        // given as parameters of their own would have this large statement planned again for each mix of batch sizes.
        var batch = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["replaced"] = replaced,
            ["documents"] = documents,
            ["entities"] = entities.ToDictionary(pair => pair.Key, pair => (object?)pair.Value, StringComparer.Ordinal),
            ["relations"] = relations.ToDictionary(pair => pair.Key, pair => (object?)pair.Value, StringComparer.Ordinal),
        };
        var parameters = new Dictionary<string, object?>
        {
            [BatchParameter] = batch,
            ["occurred"] = RelationStatus.Occurred.ToWire(),
            ["planned"] = RelationStatus.Planned.ToWire(),
        };
        var rows = replaced.Count + documents.Count + mentions + evidence
            + entities.Values.Sum(list => list.Count) + relations.Values.Sum(list => list.Count);
        return new Neo4jStatement(Cypher.Compact(text), parameters, rows);
    }

    /// <summary>
    /// Keys of the row maps the write statement UNWINDs ("row.entity", "row.properties"); a Cypher checker that
    /// knows only the graph's property keys needs these too.
    /// </summary>
    public static IReadOnlyList<string> RowKeys { get; } =
        ["name", "properties", "mentions", "evidence", "id", "type", "document", "entity", "key", "source", "target", "nameAr", "aliases", "uniform", "documents",
         "occurred", "date", "attributedTo", "role", "charge", "uniformRole", "uniformCharge",
         "nameSource", "wikidata", "geonames", "latitude", "longitude", "country"];

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

    /// <summary>
    /// The write statement keeps the plan it was first given. Neo4j plans it again whenever the graph's statistics have
    /// moved by three quarters, which a graph growing from empty does every few batches, at a second or more of server
    /// CPU each time; the plan does not depend on them: every node is found by a unique key, or from a node so found
    /// (a live test checks that the plan made on an empty database scans no label).
    /// </summary>
    public const string ReplanSkip = "CYPHER replan=skip";

    // Removal of replaced documents' contributions. The relationships and entities they touched are
    // returned, to be recomputed (or deleted) once the new versions are written.
    private static readonly string Removal = $$"""
        CALL () {
          UNWIND $batch.replaced AS documentName
          MATCH (document:{{DocumentLabel}} {name: documentName})-[:{{Mentions}}]->(:{{EntityLabel}})-[relation]->(:{{EntityLabel}})
          WHERE EXISTS { (document)<-[:{{Supports}}]-(:{{EvidenceLabel}} {relation: relation.id}) }
          RETURN collect(DISTINCT relation) AS staleRelations
        }
        CALL () {
          UNWIND $batch.replaced AS documentName
          MATCH (:{{DocumentLabel}} {name: documentName})<-[:{{Supports}}]-(evidence:{{EvidenceLabel}})
          DETACH DELETE evidence
        }
        CALL () {
          UNWIND $batch.replaced AS documentName
          MATCH (:{{DocumentLabel}} {name: documentName})-[mention:{{Mentions}}]->(entity:{{EntityLabel}})
          DELETE mention
          RETURN collect(DISTINCT entity) AS staleEntities
        }
        """;

    private static readonly string WriteDocuments = $$"""
        CALL () {
          UNWIND $batch.documents AS row
          MERGE (document:{{DocumentLabel}} {name: row.name})
          SET document = row.properties
        }
        """;

    // A new entity takes what the batch says of it; a known one merges the batch's aliases into its sorted set, and is
    // recomputed when the batch gives it other names, another type or other links (the first document by name decides
    // which stand). Links may be absent, so they are compared with null equal to null (a point by its coordinates).
    private static string WriteEntities(string label, int index) => $$"""
        CALL () {
          UNWIND $batch.entities.{{label}} AS row
          MERGE (entity:{{EntityLabel}} {id: row.id})
          ON CREATE SET entity:{{label}}, entity.type = row.type, entity.name = row.name, entity.nameAr = row.nameAr, entity.aliases = row.aliases,
            entity.nameSource = row.nameSource, entity.wikidata = row.wikidata, entity.geonames = row.geonames, entity.country = row.country,
            entity.location = CASE WHEN row.latitude IS NULL THEN null ELSE point({latitude: row.latitude, longitude: row.longitude}) END
          WITH entity, row
          SET entity.aliases = CASE WHEN all(alias IN row.aliases WHERE alias IN coalesce(entity.aliases, [])) THEN entity.aliases
            ELSE COLLECT { UNWIND coalesce(entity.aliases, []) + row.aliases AS alias RETURN DISTINCT alias ORDER BY alias } END
          WITH entity, row
          WHERE NOT row.uniform OR entity.type <> row.type OR entity.name <> row.name OR entity.nameAr <> row.nameAr
             OR {{Differs("entity.nameSource", "row.nameSource")}} OR {{Differs("entity.wikidata", "row.wikidata")}}
             OR {{Differs("entity.geonames", "row.geonames")}} OR {{Differs("entity.country", "row.country")}}
             OR {{Differs("entity.location.latitude", "row.latitude")}} OR {{Differs("entity.location.longitude", "row.longitude")}}
          RETURN collect(entity) AS entities{{index}}
        }
        """;

    /// <summary>Cypher that is true when two optional values differ, null being equal to null only.</summary>
    private static string Differs(string stored, string given) =>
        $"(coalesce({stored}, {given}) IS NOT NULL AND NOT coalesce({stored} = {given}, false))";

    // CREATE, not MERGE: a document being written has no MENTIONS (a new one never had any, a replaced one's were
    // deleted above, and the check holds its lock), and MERGE would look through the document's relationships for each.
    private static readonly string WriteMentions = $$"""
        CALL () {
          UNWIND $batch.documents AS row
          MATCH (document:{{DocumentLabel}} {name: row.name})
          UNWIND row.mentions AS item
          MATCH (entity:{{EntityLabel}} {id: item.entity})
          CREATE (document)-[mention:{{Mentions}}]->(entity)
          SET mention = item.properties
        }
        """;

    private static readonly string WriteEvidence = $$"""
        CALL () {
          UNWIND $batch.documents AS row
          MATCH (document:{{DocumentLabel}} {name: row.name})
          UNWIND row.evidence AS item
          MERGE (evidence:{{EvidenceLabel}} {key: item.key})
          SET evidence = item
          MERGE (evidence)-[:{{Supports}}]->(document)
        }
        """;

    // A new relationship takes what the batch says of it; a known one merges the batch's documents and sources into its
    // sorted lists, adds its evidence count, keeps the earliest date and "occurred" once any says so, and is recomputed
    // when the batch gives another role or charge than the one it has.
    private static string WriteRelationships(string type, int index) => $$"""
        CALL () {
          UNWIND $batch.relations.{{type}} AS row
          MATCH (source:{{EntityLabel}} {id: row.source})
          MATCH (target:{{EntityLabel}} {id: row.target})
          MERGE (source)-[relation:{{type}}]->(target)
          ON CREATE SET relation.id = row.id, relation.documents = row.documents, relation.evidenceCount = size(row.documents),
            relation.status = CASE WHEN row.occurred THEN $occurred ELSE $planned END, relation.date = row.date,
            relation.attributedTo = row.attributedTo, relation.role = row.role, relation.charge = row.charge
          ON MATCH SET relation.evidenceCount = relation.evidenceCount + size(row.documents),
            relation.status = CASE WHEN row.occurred THEN $occurred ELSE relation.status END,
            relation.date = CASE WHEN relation.date IS NULL OR row.date < relation.date THEN coalesce(row.date, relation.date) ELSE relation.date END,
            relation.role = coalesce(relation.role, row.role),
            relation.charge = coalesce(relation.charge, row.charge)
          WITH relation, row
          SET relation.documents = CASE WHEN all(document IN row.documents WHERE document IN coalesce(relation.documents, [])) THEN relation.documents
              ELSE COLLECT { UNWIND coalesce(relation.documents, []) + row.documents AS document RETURN DISTINCT document ORDER BY document } END,
            relation.attributedTo = CASE WHEN all(id IN row.attributedTo WHERE id IN coalesce(relation.attributedTo, [])) THEN relation.attributedTo
              ELSE COLLECT { UNWIND coalesce(relation.attributedTo, []) + row.attributedTo AS id RETURN DISTINCT id ORDER BY id } END
          WITH relation, row
          WHERE (row.role IS NOT NULL AND (relation.role <> row.role OR NOT row.uniformRole))
             OR (row.charge IS NOT NULL AND (relation.charge <> row.charge OR NOT row.uniformCharge))
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
                  relation.attributedTo = COLLECT { UNWIND evidence AS item WITH item.attributedTo AS id WHERE id IS NOT NULL RETURN DISTINCT id ORDER BY id },
                  relation.evidenceCount = size(evidence)
              WITH relation, evidence
              WHERE size(evidence) = 0
              DELETE relation
            }
            """;
    }

    // An entity's type (and so its second label), names and links come from the first document (by name) that
    // mentions it (a place's point as a WGS-84 point, for spatial queries); its aliases are the union of the documents'
    // aliases, sorted. An entity no document mentions and no relationship holds goes.
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
              WITH entity, mentions, lead, coalesce(lead.type, entity.type) AS type
              REMOVE entity:{{string.Join(":", GraphSchema.EntityLabels.Values.Order(StringComparer.Ordinal))}}
              SET entity:$(type), entity.type = type,
                  entity.name = coalesce(lead.name, entity.name),
                  entity.nameAr = coalesce(lead.nameAr, entity.nameAr),
                  entity.nameSource = CASE WHEN lead IS NULL THEN entity.nameSource ELSE lead.nameSource END,
                  entity.wikidata = CASE WHEN lead IS NULL THEN entity.wikidata ELSE lead.wikidata END,
                  entity.geonames = CASE WHEN lead IS NULL THEN entity.geonames ELSE lead.geonames END,
                  entity.country = CASE WHEN lead IS NULL THEN entity.country ELSE lead.country END,
                  entity.location = CASE WHEN lead IS NULL THEN entity.location WHEN lead.latitude IS NULL THEN null
                    ELSE point({latitude: lead.latitude, longitude: lead.longitude}) END,
                  entity.aliases = COLLECT { UNWIND mentions AS mention UNWIND coalesce(mention.aliases, []) AS alias RETURN DISTINCT alias ORDER BY alias }
              WITH entity, mentions
              WHERE size(mentions) = 0 AND NOT EXISTS { (entity)--() }
              DELETE entity
            }
            """;
    }
}
