using System.Text.Json;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Export.Json;

/// <summary>Reads a graph back from the JSON export (for scoring a saved graph, and round-trip tests).</summary>
public static class JsonGraphReader
{
    public static async Task<GraphSnapshot> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var stream = File.OpenRead(path);
        return await ReadAsync(stream, cancellationToken).ConfigureAwait(false);
    }

    public static async Task<GraphSnapshot> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        return Read(document.RootElement);
    }

    public static GraphSnapshot Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Read(document.RootElement);
    }

    private static GraphSnapshot Read(JsonElement root)
    {
        var documents = new List<DocumentInfo>();
        foreach (var item in Array(root, "documents"))
        {
            documents.Add(new DocumentInfo(
                Required(item, "id"), Required(item, "name"), Optional(item, "title") ?? "", Optional(item, "language") ?? "ar",
                Optional(item, "date") is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd") : null,
                Optional(item, "source"), Optional(item, "url")));
        }

        var entities = new List<Entity>();
        foreach (var item in Array(root, "entities"))
        {
            var entity = new Entity(Required(item, "id"), EntityTypes.Parse(Required(item, "type")), Optional(item, "name") ?? "", Optional(item, "nameAr") ?? "")
            {
                Links = ReadLinks(item),
            };
            foreach (var alias in Array(item, "aliases"))
            {
                entity.AddAlias(alias.GetString() ?? "");
            }
            foreach (var mention in Array(item, "mentions"))
            {
                entity.Mentions.Add(new Mention(
                    Required(mention, "document"), mention.GetProperty("start").GetInt32(), mention.GetProperty("end").GetInt32(),
                    Required(mention, "text"), MentionKinds.Parse(Optional(mention, "kind"))));
            }
            entities.Add(entity);
        }

        var relations = new List<Relation>();
        foreach (var item in Array(root, "relations"))
        {
            var relation = new Relation(RelationTypes.Parse(Required(item, "type")), Required(item, "source"), Required(item, "target"));
            foreach (var evidence in Array(item, "evidence"))
            {
                relation.Evidence.Add(new Evidence(
                    Required(evidence, "document"), evidence.GetProperty("start").GetInt32(), evidence.GetProperty("end").GetInt32(),
                    Required(evidence, "text"), RelationStatuses.Parse(Optional(evidence, "status") ?? Required(item, "status")),
                    Optional(evidence, "date"), Optional(evidence, "attributedTo"), Optional(evidence, "role"), Optional(evidence, "charge")));
            }
            relations.Add(relation);
        }
        return new GraphSnapshot(documents, entities, relations);
    }

    private static EntityLinks ReadLinks(JsonElement item)
    {
        var latitude = Number(item, "latitude");
        var longitude = Number(item, "longitude");
        return new EntityLinks
        {
            NameSource = NameSources.Parse(Optional(item, "nameSource")),
            Wikidata = Optional(item, "wikidata"),
            GeoNames = Optional(item, "geonames"),
            Point = latitude is { } lat && longitude is { } lon ? new GeoPoint(lat, lon) : null,
            Country = Optional(item, "country"),
        };
    }

    private static double? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    private static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [];

    private static string Required(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new FormatException($"JSON graph: missing string '{name}'.");

    private static string? Optional(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
