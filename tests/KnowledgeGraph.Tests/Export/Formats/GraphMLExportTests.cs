using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using KnowledgeGraph.Export.GraphML;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Export.Formats;

/// <summary>The GraphML export: well-formed, typed keys for every property, and read back by networkx.</summary>
public sealed class GraphMLExportTests
{
    private static readonly XNamespace Ns = "http://graphml.graphdrawing.org/xmlns";

    private static readonly string[] NodeKeys =
        ["label", "type", "name", "nameAr", "aliases", "mentionCount", "documentCount", "nameSource", "wikidata", "geonames", "country", "latitude", "longitude"];

    private static readonly string[] EdgeKeys =
        ["label", "type", "status", "occurred", "symmetric", "role", "charge", "date", "attributedTo", "documents", "evidenceCount", "evidence"];

    private static async Task<(string Text, XDocument Document)> ExportAsync(GraphSnapshot graph)
    {
        var text = await FormatGraphs.ExportTextAsync(new GraphMLExporter(), graph);
        return (text, XDocument.Parse(text, LoadOptions.PreserveWhitespace));
    }

    /// <summary>An element's data values by property name, through the key declarations.</summary>
    private static Dictionary<string, string> Data(XDocument document, XElement element)
    {
        var names = document.Root!.Elements(Ns + "key").ToDictionary(key => (string)key.Attribute("id")!, key => (string)key.Attribute("attr.name")!);
        return element.Elements(Ns + "data").ToDictionary(data => names[(string)data.Attribute("key")!], data => data.Value);
    }

    [Theory]
    [MemberData(nameof(FormatGraphs.GraphNames), MemberType = typeof(FormatGraphs))]
    public async Task Document_is_graphml_with_a_typed_key_for_every_property_it_uses(string name)
    {
        var (text, document) = await ExportAsync(FormatGraphs.Named(name));

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", text, StringComparison.Ordinal);
        Assert.Equal(Ns + "graphml", document.Root!.Name);
        var keys = document.Root.Elements(Ns + "key").ToList();
        Assert.Equal(NodeKeys, keys.Where(key => (string?)key.Attribute("for") == "node").Select(key => (string)key.Attribute("attr.name")!));
        Assert.Equal(EdgeKeys, keys.Where(key => (string?)key.Attribute("for") == "edge").Select(key => (string)key.Attribute("attr.name")!));
        Assert.All(keys, key => Assert.Contains((string?)key.Attribute("attr.type"), new[] { "string", "int", "double", "boolean" }));
        Assert.Equal(keys.Count, keys.Select(key => (string)key.Attribute("id")!).Distinct().Count());

        var graph = Assert.Single(document.Root.Elements(Ns + "graph"));
        Assert.Equal("directed", (string?)graph.Attribute("edgedefault"));
        var declared = keys.ToDictionary(key => (string)key.Attribute("id")!);
        foreach (var element in graph.Elements())
        {
            foreach (var data in element.Elements(Ns + "data"))
            {
                var key = declared[(string)data.Attribute("key")!];
                Assert.Equal(element.Name.LocalName, (string?)key.Attribute("for"));
                switch ((string?)key.Attribute("attr.type"))
                {
                    case "int": Assert.True(int.TryParse(data.Value, NumberStyles.None, CultureInfo.InvariantCulture, out _), data.Value); break;
                    case "double": Assert.True(double.TryParse(data.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _), data.Value); break;
                    case "boolean": Assert.Contains(data.Value, new[] { "true", "false" }); break;
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(FormatGraphs.GraphNames), MemberType = typeof(FormatGraphs))]
    public async Task Every_entity_is_a_node_and_every_relation_an_edge_with_all_their_properties(string name)
    {
        var source = FormatGraphs.Named(name);
        var (_, document) = await ExportAsync(source);
        var graph = document.Root!.Element(Ns + "graph")!;

        var nodes = graph.Elements(Ns + "node").ToList();
        Assert.Equal(source.Entities.Select(entity => entity.Id), nodes.Select(node => (string)node.Attribute("id")!));
        foreach (var (entity, node) in source.Entities.Zip(nodes))
        {
            var data = Data(document, node);
            Assert.Equal(entity.Type.ToWire(), data["type"]);
            Assert.Equal(entity.Name, data["name"]);
            Assert.Equal(entity.NameAr, data["nameAr"]);
            Assert.Equal(string.Join(" | ", entity.Aliases), data["aliases"]);
            Assert.Equal(entity.Mentions.Count.ToString(CultureInfo.InvariantCulture), data["mentionCount"]);
            Assert.Equal(entity.Mentions.Select(mention => mention.Document).Distinct().Count().ToString(CultureInfo.InvariantCulture), data["documentCount"]);
            Assert.Contains(entity.NameAr, data["label"], StringComparison.Ordinal);
            Assert.Contains(entity.Name, data["label"], StringComparison.Ordinal);
        }

        var edges = graph.Elements(Ns + "edge").ToList();
        Assert.Equal(source.Relations.Select(relation => relation.Id), edges.Select(edge => (string)edge.Attribute("id")!));
        foreach (var (relation, edge) in source.Relations.Zip(edges))
        {
            Assert.Equal(relation.Source, (string?)edge.Attribute("source"));
            Assert.Equal(relation.Target, (string?)edge.Attribute("target"));
            var data = Data(document, edge);
            Assert.Equal(relation.Type.ToWire(), data["label"]);
            Assert.Equal(relation.Type.ToWire(), data["type"]);
            Assert.Equal(relation.Status.ToWire(), data["status"]);
            Assert.Equal(relation.Status == RelationStatus.Occurred ? "true" : "false", data["occurred"]);
            Assert.Equal(relation.Role, data.GetValueOrDefault("role"));
            Assert.Equal(relation.Charge, data.GetValueOrDefault("charge"));
            Assert.Equal(relation.Date, data.GetValueOrDefault("date"));
            Assert.Equal(relation.AttributedTo.Count == 0 ? null : string.Join(" | ", relation.AttributedTo), data.GetValueOrDefault("attributedTo"));
            Assert.Equal(relation.Evidence.Count.ToString(CultureInfo.InvariantCulture), data["evidenceCount"]);
            Assert.Equal(relation.Evidence.FirstOrDefault()?.Text, data.GetValueOrDefault("evidence"));
        }
    }

    [Fact]
    public async Task Markup_characters_are_escaped_and_arabic_is_written_as_is()
    {
        var (text, document) = await ExportAsync(FormatGraphs.Tricky());

        Assert.Contains("سالم الحداد", (await ExportAsync(FormatGraphs.Hand())).Text, StringComparison.Ordinal);
        Assert.Contains("&lt;ذلك&gt; &amp; انتهى", text, StringComparison.Ordinal);
        // The only character references are the carriage returns kept inside values.
        Assert.All(Regex.Matches(text, "&#[^;]*;").Select(match => match.Value), reference => Assert.Equal("&#xD;", reference));
        var person = document.Descendants(Ns + "node").Single(node => (string?)node.Attribute("id") == "person_one");
        Assert.Equal(FormatGraphs.TrickyName, Data(document, person)["name"]);
        var visit = document.Descendants(Ns + "edge").Single(edge => ((string)edge.Attribute("id")!).Contains("VISITED", StringComparison.Ordinal));
        Assert.Equal(FormatGraphs.TrickyText, Data(document, visit)["evidence"]);
    }

    [Fact]
    public async Task Characters_xml_cannot_carry_become_replacement_characters()
    {
        var entity = new Entity("x", EntityType.Person, "a\u0001b", "ج\uD800د");

        var (_, document) = await ExportAsync(new GraphSnapshot([], [entity], []));

        var data = Data(document, document.Descendants(Ns + "node").Single());
        Assert.Equal("a\uFFFDb", data["name"]);
        Assert.Equal("ج\uFFFDد", data["nameAr"]);
    }

    [Theory]
    [MemberData(nameof(FormatGraphs.GraphNames), MemberType = typeof(FormatGraphs))]
    public async Task Networkx_reads_every_node_edge_and_property_back(string name)
    {
        var source = FormatGraphs.Named(name);
        using var folder = new TemporaryFolder();
        var path = folder.File("graph.graphml");
        await using (var stream = File.Create(path))
        {
            await new GraphMLExporter().WriteAsync(source, stream);
        }

        var read = await NetworkX.ReadGraphMLAsync(path);

        Assert.True(read.GetProperty("directed").GetBoolean());
        var nodes = read.GetProperty("nodes").EnumerateArray().ToDictionary(node => node.GetProperty("id").GetString()!, node => node.GetProperty("data"));
        Assert.Equal(source.Entities.Count, nodes.Count);
        foreach (var entity in source.Entities)
        {
            var data = nodes[entity.Id];
            Assert.Equal(entity.NameAr, StringOrEmpty(data, "nameAr"));
            Assert.Equal(entity.Name, StringOrEmpty(data, "name"));
            Assert.Equal(entity.Type.ToWire(), data.GetProperty("type").GetString());
            Assert.Equal(JsonValueKind.Number, data.GetProperty("mentionCount").ValueKind);
            Assert.Equal(entity.Mentions.Count, data.GetProperty("mentionCount").GetInt32());
        }

        var edges = read.GetProperty("edges").EnumerateArray().ToDictionary(edge => edge.GetProperty("id").GetString()!);
        Assert.Equal(source.Relations.Count, edges.Count);
        foreach (var relation in source.Relations)
        {
            var edge = edges[relation.Id];
            Assert.Equal(relation.Source, edge.GetProperty("source").GetString());
            Assert.Equal(relation.Target, edge.GetProperty("target").GetString());
            var data = edge.GetProperty("data");
            Assert.Equal(relation.Type.ToWire(), data.GetProperty("label").GetString());
            Assert.Equal(relation.Status == RelationStatus.Occurred, data.GetProperty("occurred").GetBoolean());
            Assert.Equal(relation.Evidence.Count, data.GetProperty("evidenceCount").GetInt32());
            if (relation.Evidence.Count > 0)
            {
                Assert.Equal(relation.Evidence[0].Text, data.GetProperty("evidence").GetString());
            }
        }
    }

    // networkx before 3.0 leaves out a <data> element with no text, so an empty string reads back as absent.
    private static string StringOrEmpty(JsonElement data, string key) =>
        data.TryGetProperty(key, out var value) ? value.GetString() ?? "" : "";
}
