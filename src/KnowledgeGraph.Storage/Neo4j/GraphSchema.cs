using System.Collections.Frozen;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// The closed sets of the graph in Neo4j (cypher/README.md): node labels, relationship types and
/// property keys. Labels and relationship types are the only things ever interpolated into Cypher,
/// and only through the methods here, which return the set's own strings and never an input's.
/// </summary>
public static class GraphSchema
{
    public const string DocumentLabel = "Document";
    public const string EntityLabel = "Entity";
    public const string EvidenceLabel = "Evidence";
    public const string Mentions = "MENTIONS";
    public const string Supports = "SUPPORTS";

    private static readonly FrozenDictionary<EntityType, string> EntityLabelByType =
        EntityTypes.All.ToFrozenDictionary(type => type, type => type.ToWire());

    private static readonly FrozenDictionary<RelationType, string> RelationshipTypeByType =
        RelationTypes.All.ToFrozenDictionary(type => type, type => type.ToWire());

    /// <summary>The second label of an entity node, one per entity type.</summary>
    public static IReadOnlyDictionary<EntityType, string> EntityLabels => EntityLabelByType;

    /// <summary>The relationship type of each relation type (<see cref="RelationTypes.ToWire"/>).</summary>
    public static IReadOnlyDictionary<RelationType, string> RelationshipTypes => RelationshipTypeByType;

    private static readonly FrozenSet<string> NodeLabelSet =
        new[] { DocumentLabel, EntityLabel, EvidenceLabel }.Concat(EntityLabelByType.Values).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> RelationshipTypeSet =
        new[] { Mentions, Supports }.Concat(RelationshipTypeByType.Values).ToFrozenSet(StringComparer.Ordinal);

    public static IReadOnlySet<string> NodeLabels => NodeLabelSet;

    public static IReadOnlySet<string> AllRelationshipTypes => RelationshipTypeSet;

    /// <summary>Property keys, per element, exactly as cypher/README.md lists them.</summary>
    public static class Keys
    {
        public static IReadOnlyList<string> Document { get; } = ["name", "id", "title", "language", "date", "source", "url"];

        /// <summary>With the links to open data: <c>location</c> is a WGS-84 point (places only).</summary>
        public static IReadOnlyList<string> Entity { get; } =
            ["id", "type", "name", "nameAr", "aliases", "nameSource", "wikidata", "geonames", "country", "location"];

        public static IReadOnlyList<string> Evidence { get; } =
            ["key", "relation", "type", "document", "start", "end", "text", "status", "date", "attributedTo", "role", "charge"];

        /// <summary>
        /// MENTIONS also keeps <c>name</c>, <c>nameAr</c>, <c>type</c> and the links (<c>latitude</c>, <c>longitude</c> as
        /// numbers), what this document makes of the entity: an entity's names, type and links come from the first
        /// document (by name) that mentions it, so they must survive that document's replacement by a version that no
        /// longer mentions it.
        /// </summary>
        public static IReadOnlyList<string> Mentions { get; } =
            ["count", "starts", "ends", "texts", "kinds", "aliases", "name", "nameAr", "type", "nameSource", "wikidata", "geonames", "latitude", "longitude", "country"];

        public static IReadOnlyList<string> Relation { get; } =
            ["id", "status", "documents", "role", "charge", "date", "attributedTo", "evidenceCount"];
    }

    private static readonly FrozenSet<string> PropertyKeySet =
        Keys.Document.Concat(Keys.Entity).Concat(Keys.Evidence).Concat(Keys.Mentions).Concat(Keys.Relation)
            .ToFrozenSet(StringComparer.Ordinal);

    public static IReadOnlySet<string> PropertyKeys => PropertyKeySet;

    /// <summary>The label of an entity type's nodes.</summary>
    public static string Label(EntityType type) =>
        EntityLabelByType.TryGetValue(type, out var label)
            ? label
            : throw new ArgumentOutOfRangeException(nameof(type), (int)type, "Not an entity type of the graph schema.");

    /// <summary>The relationship type of a relation type.</summary>
    public static string RelationshipType(RelationType type) =>
        RelationshipTypeByType.TryGetValue(type, out var name)
            ? name
            : throw new ArgumentOutOfRangeException(nameof(type), (int)type, "Not a relation type of the graph schema.");

    /// <summary>A node label of the schema, returned as the schema's own string; anything else is rejected.</summary>
    public static string Label(string label) =>
        NodeLabelSet.TryGetValue(label, out var known)
            ? known
            : throw new ArgumentException("Not a node label of the graph schema (cypher/README.md).", nameof(label));

    /// <summary>A relationship type of the schema, returned as the schema's own string; anything else is rejected.</summary>
    public static string RelationshipType(string type) =>
        RelationshipTypeSet.TryGetValue(type, out var known)
            ? known
            : throw new ArgumentException("Not a relationship type of the graph schema (cypher/README.md).", nameof(type));

    /// <summary>A property key of the schema, returned as the schema's own string; anything else is rejected.</summary>
    public static string Property(string key) =>
        PropertyKeySet.TryGetValue(key, out var known)
            ? known
            : throw new ArgumentException("Not a property key of the graph schema (cypher/README.md).", nameof(key));
}
