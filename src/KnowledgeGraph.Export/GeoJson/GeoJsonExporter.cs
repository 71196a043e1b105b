using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Export.GeoJson;

/// <summary>
/// Writes the map of the visits as a GeoJSON FeatureCollection (RFC 7946), as geojson.io, QGIS and kepler.gl open it:
/// one Point feature per visited place that has a point (a country is drawn at its capital), with the place's names
/// and links as flat properties and its visits (visitor, date, status, evidence count) as a list. Visited places
/// without a point cannot be drawn and are left out; the collection's "unmapped" member counts them.
/// </summary>
public sealed class GeoJsonExporter : IGraphExporter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Format => "geojson";

    public string DefaultExtension => ".geojson";

    public async Task WriteAsync(GraphSnapshot graph, Stream output, CancellationToken cancellationToken = default)
    {
        GraphFacts.EnsureConsistent(graph);
        var entities = graph.Entities.ToDictionary(entity => entity.Id, StringComparer.Ordinal);
        var visitsByPlace = graph.Relations.Where(relation => relation.Type == RelationType.Visited)
            .GroupBy(relation => relation.Target, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .ToList();

        await using var writer = new Utf8JsonWriter(output, Options);
        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        writer.WriteNumber("unmapped", visitsByPlace.Count(group => entities[group.Key].Links.Point is null));
        writer.WriteStartArray("features");
        foreach (var group in visitsByPlace)
        {
            var place = entities[group.Key];
            if (place.Links.Point is not { } point)
            {
                continue;
            }
            WriteFeature(writer, place, point, group.OrderBy(visit => visit.Source, StringComparer.Ordinal).ToList(), entities);
            if (writer.BytesPending > 64 * 1024)
            {
                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void WriteFeature(Utf8JsonWriter writer, Entity place, GeoPoint point, IReadOnlyList<Relation> visits, IReadOnlyDictionary<string, Entity> entities)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "Feature");
        writer.WriteString("id", place.Id);
        writer.WriteStartObject("geometry");
        writer.WriteString("type", "Point");
        writer.WriteStartArray("coordinates");
        // GeoJSON positions are longitude first.
        writer.WriteNumberValue(point.Longitude);
        writer.WriteNumberValue(point.Latitude);
        writer.WriteEndArray();
        writer.WriteEndObject();

        writer.WriteStartObject("properties");
        writer.WriteString("id", place.Id);
        writer.WriteString("name", place.Name);
        writer.WriteString("nameAr", place.NameAr);
        writer.WriteString("type", place.Type.ToWire());
        WriteOptional(writer, "country", place.Links.Country);
        WriteOptional(writer, "geonames", place.Links.GeoNames);
        WriteOptional(writer, "wikidata", place.Links.Wikidata);
        writer.WriteNumber("visitCount", visits.Count);
        writer.WriteString("visitors", string.Join(GraphFacts.ListSeparator, visits.Select(visit => entities[visit.Source].Name)));
        writer.WriteStartArray("visits");
        foreach (var visit in visits)
        {
            var visitor = entities[visit.Source];
            writer.WriteStartObject();
            writer.WriteString("visitor", visitor.Id);
            writer.WriteString("visitorName", visitor.Name);
            writer.WriteString("visitorNameAr", visitor.NameAr);
            WriteOptional(writer, "date", visit.Date);
            writer.WriteString("status", visit.Status.ToWire());
            writer.WriteNumber("evidenceCount", visit.Evidence.Count);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
