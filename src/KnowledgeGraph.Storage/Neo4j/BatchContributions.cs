using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// What a batch of articles says of each entity and relationship, merged the way the whole graph merges them
/// (documents in name order), as the rows the write statement UNWINDs: per entity its first document's type,
/// names and links, whether every document of the batch agrees on them, and its aliases as a sorted set; per relationship its
/// documents (sorted), whether one calls it occurred, the earliest date, its sources (sorted), and the first role and
/// charge with whether the batch agrees on them (null values left out). Rows are in id order, which is the order locks are taken in.
/// </summary>
internal static class BatchContributions
{
    /// <summary>Rows by the label of the entity's type (its first document's).</summary>
    public static SortedDictionary<string, List<object?>> Entities(IReadOnlyList<DocumentGraph> graphs)
    {
        var rows = new SortedDictionary<string, List<object?>>(StringComparer.Ordinal);
        var byId = graphs.OrderBy(graph => graph.Document.Name, StringComparer.Ordinal)
            .SelectMany(graph => graph.Entities)
            .GroupBy(entity => entity.Id, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal);
        foreach (var group in byId)
        {
            var lead = group.First();
            var label = GraphSchema.Label(lead.Type);
            List(rows, label).Add(ElementProperties.Present(
                ("id", group.Key),
                ("type", label),
                ("name", lead.Name),
                ("nameAr", lead.NameAr),
                ("nameSource", lead.Links.NameSource?.ToWire()),
                ("wikidata", lead.Links.Wikidata),
                ("geonames", lead.Links.GeoNames),
                ("latitude", lead.Links.Point?.Latitude),
                ("longitude", lead.Links.Point?.Longitude),
                ("country", lead.Links.Country),
                ("uniform", group.All(entity => entity.Type == lead.Type && entity.Name == lead.Name && entity.NameAr == lead.NameAr
                    && entity.Links == lead.Links)),
                ("aliases", group.SelectMany(entity => entity.Aliases).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList())));
        }
        return rows;
    }

    /// <summary>Rows by relationship type.</summary>
    public static SortedDictionary<string, List<object?>> Relations(IReadOnlyList<DocumentGraph> graphs)
    {
        var rows = new SortedDictionary<string, List<object?>>(StringComparer.Ordinal);
        var byId = graphs.OrderBy(graph => graph.Document.Name, StringComparer.Ordinal)
            .SelectMany(graph => graph.Relations.Select(relation => (Document: graph.Document.Name, Relation: relation, Evidence: relation.Evidence[0])))
            .GroupBy(item => item.Relation.Id, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal);
        foreach (var group in byId)
        {
            var relation = group.First().Relation;
            var roles = group.Select(item => item.Evidence.Role).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            var charges = group.Select(item => item.Evidence.Charge).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            List(rows, GraphSchema.RelationshipType(relation.Type)).Add(ElementProperties.Present(
                ("id", group.Key),
                ("source", relation.Source),
                ("target", relation.Target),
                ("documents", group.Select(item => item.Document).ToList()),
                ("occurred", group.Any(item => item.Evidence.Status == RelationStatus.Occurred)),
                ("date", group.Select(item => item.Evidence.Date).OfType<string>().Order(StringComparer.Ordinal).FirstOrDefault()),
                ("attributedTo", group.Select(item => item.Evidence.AttributedTo).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()),
                ("role", roles.FirstOrDefault()),
                ("uniformRole", roles.Count <= 1),
                ("charge", charges.FirstOrDefault()),
                ("uniformCharge", charges.Count <= 1)));
        }
        return rows;
    }

    private static List<object?> List(SortedDictionary<string, List<object?>> rows, string key)
    {
        if (!rows.TryGetValue(key, out var list))
        {
            list = [];
            rows.Add(key, list);
        }
        return list;
    }
}
