using System.Globalization;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// The property maps the write statement sets (<see cref="UpsertStatements"/>): a Document's, a MENTIONS' (what the
/// document makes of the entity: names, type, aliases and links, a point as two numbers) and an Evidence node's, in the
/// keys of <see cref="GraphSchema.Keys"/>, null values left out; and the rows the statement UNWINDs.
/// </summary>
internal static class ElementProperties
{
    public static Dictionary<string, object?> Document(DocumentInfo document) => Present(
        ("name", document.Name),
        ("id", document.Id),
        ("title", document.Title),
        ("language", document.Language),
        ("date", document.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ("source", document.Source),
        ("url", document.Url));

    public static Dictionary<string, object?> Mention(Entity entity) => Present(
        ("count", entity.Mentions.Count),
        ("starts", entity.Mentions.Select(mention => mention.Start).ToList()),
        ("ends", entity.Mentions.Select(mention => mention.End).ToList()),
        ("texts", entity.Mentions.Select(mention => mention.Text).ToList()),
        ("kinds", entity.Mentions.Select(mention => MentionKinds.ToWire(mention.Kind)).ToList()),
        ("aliases", entity.Aliases.ToList()),
        ("name", entity.Name),
        ("nameAr", entity.NameAr),
        ("type", GraphSchema.Label(entity.Type)),
        ("nameSource", entity.Links.NameSource?.ToWire()),
        ("wikidata", entity.Links.Wikidata),
        ("geonames", entity.Links.GeoNames),
        ("latitude", entity.Links.Point?.Latitude),
        ("longitude", entity.Links.Point?.Longitude),
        ("country", entity.Links.Country));

    public static Dictionary<string, object?> Evidence(string key, Relation relation, string documentName)
    {
        var item = relation.Evidence[0];
        return Present(
            ("key", key),
            ("relation", relation.Id),
            ("type", GraphSchema.RelationshipType(relation.Type)),
            ("document", documentName),
            ("start", item.Start),
            ("end", item.End),
            ("text", item.Text),
            ("status", item.Status.ToWire()),
            ("date", item.Date),
            ("attributedTo", item.AttributedTo),
            ("role", item.Role),
            ("charge", item.Charge));
    }

    /// <summary>
    /// A map of the items whose value is not null. In Cypher a missing key reads as null, and <c>SET n = map</c> stores
    /// no property for it either way: leaving nulls out changes nothing written, only the bytes the server parses.
    /// </summary>
    public static Dictionary<string, object?> Present(params ReadOnlySpan<(string Key, object? Value)> items)
    {
        var map = new Dictionary<string, object?>(items.Length, StringComparer.Ordinal);
        foreach (var (key, value) in items)
        {
            if (value is not null)
            {
                map[key] = value;
            }
        }
        return map;
    }

    public static Dictionary<string, object?> Row(params (string Key, object? Value)[] items)
    {
        var row = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in items)
        {
            row[key] = value;
        }
        return row;
    }
}
