using System.Text.Json;
using KnowledgeGraph.Export;
using KnowledgeGraph.Export.GeoJson;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Export;

/// <summary>The map export: a GeoJSON FeatureCollection (RFC 7946) of the visited places with their visits.</summary>
public sealed class GeoJsonExportTests
{
    private static async Task<JsonElement> ExportAsync(GraphSnapshot graph)
    {
        using var stream = new MemoryStream();
        await new GeoJsonExporter().WriteAsync(graph, stream);
        return JsonDocument.Parse(stream.ToArray()).RootElement.Clone();
    }

    [Fact]
    public async Task Visited_places_with_a_point_are_point_features_longitude_first_with_their_visits()
    {
        var root = await ExportAsync(SampleGraphs.Both());

        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        var feature = Assert.Single(root.GetProperty("features").EnumerateArray());
        Assert.Equal("Feature", feature.GetProperty("type").GetString());
        var geometry = feature.GetProperty("geometry");
        Assert.Equal("Point", geometry.GetProperty("type").GetString());
        Assert.Equal([13.18733, 32.88743], geometry.GetProperty("coordinates").EnumerateArray().Select(value => value.GetDouble()));

        var properties = feature.GetProperty("properties");
        Assert.Equal(("tripoli", "Tripoli", "طرابلس", "Location", "LY", "2210247"),
            (properties.GetProperty("id").GetString(), properties.GetProperty("name").GetString(), properties.GetProperty("nameAr").GetString(),
             properties.GetProperty("type").GetString(), properties.GetProperty("country").GetString(), properties.GetProperty("geonames").GetString()));
        Assert.Equal(1, properties.GetProperty("visitCount").GetInt32());
        Assert.Equal("Salem Haddad", properties.GetProperty("visitors").GetString());
        var visit = Assert.Single(properties.GetProperty("visits").EnumerateArray());
        Assert.Equal(("salem_haddad", "Salem Haddad", "سالم الحداد", "2024-03-10", "occurred", 1),
            (visit.GetProperty("visitor").GetString(), visit.GetProperty("visitorName").GetString(), visit.GetProperty("visitorNameAr").GetString(),
             visit.GetProperty("date").GetString(), visit.GetProperty("status").GetString(), visit.GetProperty("evidenceCount").GetInt32()));
    }

    [Fact]
    public async Task A_visited_place_without_a_point_is_counted_but_not_drawn_and_unvisited_places_are_left_out()
    {
        var graph = SampleGraphs.Both();
        var unplaced = new Entity("location_x", EntityType.Location, "X", "إكس");
        var visit = new Relation(RelationType.Visited, "salem_haddad", "location_x");
        var withUnplaced = new GraphSnapshot(graph.Documents, [.. graph.Entities, unplaced], [.. graph.Relations, visit]);

        var root = await ExportAsync(withUnplaced);

        Assert.Equal(1, root.GetProperty("unmapped").GetInt32());
        Assert.Equal(["tripoli"], root.GetProperty("features").EnumerateArray().Select(feature => feature.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task The_format_is_registered_and_writes_the_same_bytes_every_time()
    {
        var exporter = GraphExporters.Get("geojson");
        using var first = new MemoryStream();
        using var second = new MemoryStream();

        await exporter.WriteAsync(SampleGraphs.Both(), first);
        await exporter.WriteAsync(SampleGraphs.Both(), second);

        Assert.Equal(".geojson", exporter.DefaultExtension);
        Assert.Equal(first.ToArray(), second.ToArray());
    }

    [Fact]
    public async Task The_sample_articles_draw_their_visits_on_the_map()
    {
        var root = await ExportAsync(Cypher.PackExamples.Samples());

        var ids = root.GetProperty("features").EnumerateArray().Select(feature => feature.GetProperty("id").GetString()).ToList();
        Assert.Contains("vladivostok", ids);
        Assert.Contains("russia", ids);
        Assert.All(root.GetProperty("features").EnumerateArray(), feature =>
        {
            var coordinates = feature.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(value => value.GetDouble()).ToList();
            Assert.True(GeoPoint.IsValid(coordinates[1], coordinates[0]));
        });
    }
}
