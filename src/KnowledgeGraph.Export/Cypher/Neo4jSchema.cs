using KnowledgeGraph.Model;

namespace KnowledgeGraph.Export.Cypher;

/// <summary>The type of a property value in the Neo4j model.</summary>
internal enum Neo4jType
{
    String,
    Int,
    StringList,
    IntList,
    /// <summary>A double (a latitude or longitude on MENTIONS).</summary>
    Float,
    /// <summary>A WGS-84 point (<see cref="KnowledgeGraph.Model.GeoPoint"/>).</summary>
    Point,
}

internal sealed record Neo4jProperty(string Name, Neo4jType Type);

/// <summary>
/// A schema statement of the model (cypher/schema.cypher): a uniqueness constraint on a node key, a lookup index, or a
/// point index.
/// </summary>
internal sealed record Neo4jSchemaItem(string Name, string Label, string Property, bool Unique, bool Point = false)
{
    public string ToCypher() => Unique
        ? $"CREATE CONSTRAINT {Name} IF NOT EXISTS FOR (n:{Label}) REQUIRE n.{CypherText.Name(Property)} IS UNIQUE;"
        : $"CREATE {(Point ? "POINT " : "")}INDEX {Name} IF NOT EXISTS FOR (n:{Label}) ON (n.{CypherText.Name(Property)});";
}

/// <summary>
/// The closed sets of the Neo4j graph model (cypher/README.md): labels, relationship types, keys
/// and properties. The Cypher script and the neo4j-admin CSVs are both written from these.
/// </summary>
internal static class Neo4jSchema
{
    public const string Document = "Document";
    public const string Entity = "Entity";
    public const string Evidence = "Evidence";
    public const string Mentions = "MENTIONS";
    public const string Supports = "SUPPORTS";

    public static readonly Neo4jProperty DocumentKey = new("name", Neo4jType.String);
    public static readonly Neo4jProperty EntityKey = new("id", Neo4jType.String);
    public static readonly Neo4jProperty EvidenceKey = new("key", Neo4jType.String);

    /// <summary>The property a typed relation is merged on, beside its endpoints.</summary>
    public const string RelationMergeProperty = "id";

    /// <summary>The constraints and lookup indexes of cypher/schema.cypher, by the same names.</summary>
    public static IReadOnlyList<Neo4jSchemaItem> Schema { get; } =
    [
        new("entity_id", Entity, EntityKey.Name, Unique: true),
        new("document_name", Document, DocumentKey.Name, Unique: true),
        new("evidence_key", Evidence, EvidenceKey.Name, Unique: true),
        new("entity_name_ar", Entity, "nameAr", Unique: false),
        new("entity_type", Entity, "type", Unique: false),
        new("evidence_relation", Evidence, "relation", Unique: false),
        new("evidence_document", Evidence, "document", Unique: false),
        new("entity_location", Entity, "location", Unique: false, Point: true),
    ];

    public static IReadOnlyList<Neo4jProperty> DocumentProperties { get; } =
    [
        new("id", Neo4jType.String),
        new("title", Neo4jType.String),
        new("language", Neo4jType.String),
        new("date", Neo4jType.String),
        new("source", Neo4jType.String),
        new("url", Neo4jType.String),
    ];

    public static IReadOnlyList<Neo4jProperty> EntityProperties { get; } =
    [
        new("type", Neo4jType.String),
        new("name", Neo4jType.String),
        new("nameAr", Neo4jType.String),
        new("aliases", Neo4jType.StringList),
        new("nameSource", Neo4jType.String),
        new("wikidata", Neo4jType.String),
        new("geonames", Neo4jType.String),
        new("country", Neo4jType.String),
        new("location", Neo4jType.Point),
    ];

    public static IReadOnlyList<Neo4jProperty> EvidenceProperties { get; } =
    [
        new("relation", Neo4jType.String),
        new("type", Neo4jType.String),
        new("document", Neo4jType.String),
        new("start", Neo4jType.Int),
        new("end", Neo4jType.Int),
        new("text", Neo4jType.String),
        new("status", Neo4jType.String),
        new("date", Neo4jType.String),
        new("attributedTo", Neo4jType.String),
        new("role", Neo4jType.String),
        new("charge", Neo4jType.String),
    ];

    public static IReadOnlyList<Neo4jProperty> MentionsProperties { get; } =
    [
        new("count", Neo4jType.Int),
        new("starts", Neo4jType.IntList),
        new("ends", Neo4jType.IntList),
        new("texts", Neo4jType.StringList),
        new("kinds", Neo4jType.StringList),
        new("aliases", Neo4jType.StringList),
        new("name", Neo4jType.String),
        new("nameAr", Neo4jType.String),
        new("type", Neo4jType.String),
        new("nameSource", Neo4jType.String),
        new("wikidata", Neo4jType.String),
        new("geonames", Neo4jType.String),
        new("latitude", Neo4jType.Float),
        new("longitude", Neo4jType.Float),
        new("country", Neo4jType.String),
    ];

    public static IReadOnlyList<Neo4jProperty> RelationProperties { get; } =
    [
        new(RelationMergeProperty, Neo4jType.String),
        new("status", Neo4jType.String),
        new("documents", Neo4jType.StringList),
        new("role", Neo4jType.String),
        new("charge", Neo4jType.String),
        new("date", Neo4jType.String),
        new("attributedTo", Neo4jType.StringList),
        new("evidenceCount", Neo4jType.Int),
    ];

    /// <summary>The second label of an entity node: one of the closed set of entity types.</summary>
    public static string TypeLabel(EntityType type) => type.ToWire();

    public static IReadOnlyList<string> TypeLabels { get; } = EntityTypes.All.Select(TypeLabel).ToList();

    public static IReadOnlyList<string> RelationshipTypes { get; } =
        [Mentions, .. RelationTypes.All.Select(type => type.ToWire()), Supports];
}
