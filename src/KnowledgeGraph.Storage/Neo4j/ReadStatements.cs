namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>The read-only statements: export, statistics, and whether an article is stored.</summary>
internal static class ReadStatements
{
    private const string DocumentLabel = GraphSchema.DocumentLabel;
    private const string EntityLabel = GraphSchema.EntityLabel;
    private const string EvidenceLabel = GraphSchema.EvidenceLabel;
    private const string Mentions = GraphSchema.Mentions;
    private const string Supports = GraphSchema.Supports;

    private static readonly IReadOnlyDictionary<string, object?> NoParameters = new Dictionary<string, object?>();

    public static Neo4jStatement Contains(string name) => new(
        Cypher.Compact($$"""
            MATCH (document:{{DocumentLabel}} {name: $name})
            RETURN document.id AS id
            """),
        new Dictionary<string, object?> { ["name"] = name },
        0);

    public static Neo4jStatement Documents { get; } = new(
        Cypher.Compact($$"""
            MATCH (document:{{DocumentLabel}})
            RETURN document.name AS name, document.id AS id, document.title AS title, document.language AS language,
                   document.date AS date, document.source AS source, document.url AS url
            """),
        NoParameters,
        0);

    /// <summary>Every entity, once per document that mentions it (a null document when none does).</summary>
    public static Neo4jStatement Entities { get; } = new(
        Cypher.Compact($$"""
            MATCH (entity:{{EntityLabel}})
            OPTIONAL MATCH (document:{{DocumentLabel}})-[mention:{{Mentions}}]->(entity)
            RETURN entity.id AS id, entity.type AS type, entity.name AS entityName, entity.nameAr AS entityNameAr,
                   entity.aliases AS entityAliases, document.name AS document, mention.name AS name, mention.nameAr AS nameAr,
                   mention.aliases AS aliases, mention.starts AS starts, mention.ends AS ends, mention.texts AS texts,
                   mention.kinds AS kinds,
                   mention.nameSource AS nameSource, mention.wikidata AS wikidata, mention.geonames AS geonames,
                   mention.latitude AS latitude, mention.longitude AS longitude, mention.country AS country,
                   entity.nameSource AS entityNameSource, entity.wikidata AS entityWikidata, entity.geonames AS entityGeonames,
                   entity.location.latitude AS entityLatitude, entity.location.longitude AS entityLongitude, entity.country AS entityCountry
            """),
        NoParameters,
        0);

    /// <summary>Relationships between entities are exactly the relations (MENTIONS and SUPPORTS end elsewhere).</summary>
    public static Neo4jStatement Relations { get; } = new(
        Cypher.Compact($$"""
            MATCH (source:{{EntityLabel}})-[relation]->(target:{{EntityLabel}})
            RETURN relation.id AS id, type(relation) AS type, source.id AS source, target.id AS target
            """),
        NoParameters,
        0);

    public static Neo4jStatement Evidence { get; } = new(
        Cypher.Compact($$"""
            MATCH (evidence:{{EvidenceLabel}})-[:{{Supports}}]->(document:{{DocumentLabel}})
            RETURN evidence.relation AS relation, document.name AS document, evidence.start AS start, evidence.end AS end,
                   evidence.text AS text, evidence.status AS status, evidence.date AS date,
                   evidence.attributedTo AS attributedTo, evidence.role AS role, evidence.charge AS charge
            """),
        NoParameters,
        0);

    public static Neo4jStatement Statistics { get; } = new(
        Cypher.Compact($$"""
            CALL () { MATCH (document:{{DocumentLabel}}) RETURN count(document) AS documents }
            CALL () { MATCH (:{{DocumentLabel}})-[mention:{{Mentions}}]->(:{{EntityLabel}}) RETURN coalesce(sum(mention.count), 0) AS mentions }
            CALL () { MATCH (evidence:{{EvidenceLabel}}) RETURN count(evidence) AS evidence }
            CALL () {
              MATCH (entity:{{EntityLabel}})
              WITH entity.type AS type, count(*) AS count
              RETURN collect({type: type, count: count}) AS entitiesByType
            }
            CALL () {
              MATCH (:{{EntityLabel}})-[relation]->(:{{EntityLabel}})
              WITH type(relation) AS type, count(*) AS count
              RETURN collect({type: type, count: count}) AS relationsByType
            }
            RETURN documents, mentions, evidence, entitiesByType, relationsByType
            """),
        NoParameters,
        0);
}
