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

    /// <summary>
    /// The export reads page by page, each page one request well within the request timeout: up to
    /// <paramref name="limit"/> nodes whose key sorts after <paramref name="after"/>, in key order (the unique
    /// index gives that order). Every statement returns the page's last key as <c>pageKey</c> on each row.
    /// </summary>
    public static Neo4jStatement Documents(string after, int limit) => Page($$"""
        MATCH (document:{{DocumentLabel}}) WHERE document.name > $after
        WITH document ORDER BY document.name LIMIT $limit
        RETURN document.name AS pageKey, document.name AS name, document.id AS id, document.title AS title,
               document.language AS language, document.date AS date, document.source AS source, document.url AS url
        """, after, limit);

    /// <summary>Every entity of the page, once per document that mentions it (a null document when none does).</summary>
    public static Neo4jStatement Entities(string after, int limit) => Page($$"""
        MATCH (entity:{{EntityLabel}}) WHERE entity.id > $after
        WITH entity ORDER BY entity.id LIMIT $limit
        OPTIONAL MATCH (document:{{DocumentLabel}})-[mention:{{Mentions}}]->(entity)
        RETURN entity.id AS pageKey, entity.id AS id, entity.type AS type, entity.name AS entityName, entity.nameAr AS entityNameAr,
               entity.aliases AS entityAliases, document.name AS document, mention.name AS name, mention.nameAr AS nameAr,
               mention.aliases AS aliases, mention.type AS mentionType, mention.starts AS starts, mention.ends AS ends,
               mention.texts AS texts, mention.kinds AS kinds,
               mention.nameSource AS nameSource, mention.wikidata AS wikidata, mention.geonames AS geonames,
               mention.latitude AS latitude, mention.longitude AS longitude, mention.country AS country,
               entity.nameSource AS entityNameSource, entity.wikidata AS entityWikidata, entity.geonames AS entityGeonames,
               entity.location.latitude AS entityLatitude, entity.location.longitude AS entityLongitude, entity.country AS entityCountry
        """, after, limit);

    /// <summary>
    /// The relations of the page's source entities (a null relation for an entity that has none). Relationships
    /// between entities are exactly the relations (MENTIONS and SUPPORTS end elsewhere).
    /// </summary>
    public static Neo4jStatement Relations(string after, int limit) => Page($$"""
        MATCH (source:{{EntityLabel}}) WHERE source.id > $after
        WITH source ORDER BY source.id LIMIT $limit
        OPTIONAL MATCH (source)-[relation]->(target:{{EntityLabel}})
        RETURN source.id AS pageKey, relation.id AS id, type(relation) AS type, source.id AS source, target.id AS target
        """, after, limit);

    public static Neo4jStatement Evidence(string after, int limit) => Page($$"""
        MATCH (evidence:{{EvidenceLabel}}) WHERE evidence.key > $after
        WITH evidence ORDER BY evidence.key LIMIT $limit
        MATCH (evidence)-[:{{Supports}}]->(document:{{DocumentLabel}})
        RETURN evidence.key AS pageKey, evidence.relation AS relation, document.name AS document, evidence.start AS start,
               evidence.end AS end, evidence.text AS text, evidence.status AS status, evidence.date AS date,
               evidence.attributedTo AS attributedTo, evidence.role AS role, evidence.charge AS charge
        """, after, limit);

    private static Neo4jStatement Page(string text, string after, int limit) =>
        new(Cypher.Compact(text), new Dictionary<string, object?> { ["after"] = after, ["limit"] = limit }, 0);

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
