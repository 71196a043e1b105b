using System.Globalization;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Export.GraphML;

/// <summary>One typed GraphML attribute: its key declaration and how an element's value is read.</summary>
/// <param name="Name">attr.name, what Gephi, yEd, Cytoscape and networkx call the property.</param>
/// <param name="Type">attr.type: string, int, double or boolean.</param>
/// <param name="Value">The value as GraphML text, or null to leave the property out for this element.</param>
internal sealed record GraphMLProperty<T>(string Name, string Type, Func<T, string?> Value);

/// <summary>The node and edge properties the GraphML export declares and writes, in that order.</summary>
internal static class GraphMLProperties
{
    public static IReadOnlyList<GraphMLProperty<Entity>> Node { get; } =
    [
        new("label", "string", GraphFacts.Label),
        new("type", "string", entity => entity.Type.ToWire()),
        new("name", "string", entity => entity.Name),
        new("nameAr", "string", entity => entity.NameAr),
        new("aliases", "string", entity => string.Join(GraphFacts.ListSeparator, entity.Aliases)),
        new("mentionCount", "int", entity => Int(entity.Mentions.Count)),
        new("documentCount", "int", entity => Int(GraphFacts.DocumentCount(entity))),
        new("nameSource", "string", entity => entity.Links.NameSource?.ToWire()),
        new("wikidata", "string", entity => entity.Links.Wikidata),
        new("geonames", "string", entity => entity.Links.GeoNames),
        new("country", "string", entity => entity.Links.Country),
        // Gephi's Geo Layout places nodes by these two.
        new("latitude", "double", entity => Double(entity.Links.Point?.Latitude)),
        new("longitude", "double", entity => Double(entity.Links.Point?.Longitude)),
    ];

    public static IReadOnlyList<GraphMLProperty<Relation>> Edge { get; } =
    [
        // Gephi and yEd show an attribute named "label" on the edge.
        new("label", "string", relation => relation.Type.ToWire()),
        new("type", "string", relation => relation.Type.ToWire()),
        new("status", "string", relation => relation.Status.ToWire()),
        new("occurred", "boolean", relation => Bool(relation.Status == RelationStatus.Occurred)),
        // MET is one edge per pair; the direction only says which id sorts first.
        new("symmetric", "boolean", relation => Bool(relation.Type.IsSymmetric())),
        new("role", "string", relation => relation.Role),
        new("charge", "string", relation => relation.Charge),
        new("date", "string", relation => relation.Date),
        new("attributedTo", "string", relation => relation.AttributedTo.Count == 0 ? null : string.Join(GraphFacts.ListSeparator, relation.AttributedTo)),
        new("documents", "string", relation => string.Join(GraphFacts.ListSeparator, GraphFacts.Documents(relation))),
        new("evidenceCount", "int", relation => Int(relation.Evidence.Count)),
        new("evidence", "string", relation => relation.Evidence.Count == 0 ? null : relation.Evidence[0].Text),
    ];

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Bool(bool value) => value ? "true" : "false";

    private static string? Double(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);
}
