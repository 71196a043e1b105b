using System.Text.Json;
using KnowledgeGraph.Export.Cytoscape;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Export.Formats;

/// <summary>The Cytoscape.js export: the elements JSON cytoscape() and cy.add take.</summary>
public sealed class CytoscapeExportTests
{
    private static async Task<(string Text, JsonElement Elements)> ExportAsync(GraphSnapshot graph)
    {
        var text = await FormatGraphs.ExportTextAsync(new CytoscapeExporter(), graph);
        using var document = JsonDocument.Parse(text);
        Assert.Equal(["elements"], document.RootElement.EnumerateObject().Select(property => property.Name));
        return (text, document.RootElement.GetProperty("elements").Clone());
    }

    private static List<JsonElement> Items(JsonElement elements, string group) => elements.GetProperty(group).EnumerateArray().ToList();

    [Theory]
    [MemberData(nameof(FormatGraphs.GraphNames), MemberType = typeof(FormatGraphs))]
    public async Task Nodes_are_the_entities_with_label_type_and_names(string name)
    {
        var source = FormatGraphs.Named(name);
        var (_, elements) = await ExportAsync(source);

        var nodes = Items(elements, "nodes");
        Assert.Equal(source.Entities.Count, nodes.Count);
        foreach (var (entity, node) in source.Entities.Zip(nodes))
        {
            var data = node.GetProperty("data");
            Assert.Equal(entity.Id, data.GetProperty("id").GetString());
            Assert.False(string.IsNullOrWhiteSpace(data.GetProperty("label").GetString()));
            Assert.Equal(entity.Type.ToWire(), data.GetProperty("type").GetString());
            Assert.Equal(entity.Name, data.GetProperty("name").GetString());
            Assert.Equal(entity.NameAr, data.GetProperty("nameAr").GetString());
            Assert.Equal(entity.Aliases, data.GetProperty("aliases").EnumerateArray().Select(alias => alias.GetString()));
            Assert.Equal(entity.Mentions.Count, data.GetProperty("mentionCount").GetInt32());
            Assert.Equal(entity.Type.ToWire(), node.GetProperty("classes").GetString());
        }
    }

    [Theory]
    [MemberData(nameof(FormatGraphs.GraphNames), MemberType = typeof(FormatGraphs))]
    public async Task Edges_are_the_relations_between_node_ids_labelled_with_their_type(string name)
    {
        var source = FormatGraphs.Named(name);
        var (_, elements) = await ExportAsync(source);

        var nodeIds = Items(elements, "nodes").Select(node => node.GetProperty("data").GetProperty("id").GetString()).ToHashSet();
        var edges = Items(elements, "edges");
        Assert.Equal(source.Relations.Count, edges.Count);
        foreach (var (relation, edge) in source.Relations.Zip(edges))
        {
            var data = edge.GetProperty("data");
            Assert.Equal(relation.Id, data.GetProperty("id").GetString());
            Assert.Contains(data.GetProperty("source").GetString(), nodeIds);
            Assert.Contains(data.GetProperty("target").GetString(), nodeIds);
            Assert.Equal(relation.Source, data.GetProperty("source").GetString());
            Assert.Equal(relation.Target, data.GetProperty("target").GetString());
            Assert.Equal(relation.Type.ToWire(), data.GetProperty("label").GetString());
            Assert.Equal(relation.Status.ToWire(), data.GetProperty("status").GetString());
            Assert.Equal(relation.Evidence.Count, data.GetProperty("evidenceCount").GetInt32());
            Assert.Equal(relation.AttributedTo, data.GetProperty("attributedTo").EnumerateArray().Select(item => item.GetString()));
            Assert.Equal(relation.Role, data.TryGetProperty("role", out var role) ? role.GetString() : null);
            Assert.Equal($"{relation.Type.ToWire()} {relation.Status.ToWire()}", edge.GetProperty("classes").GetString());
        }
        // Cytoscape needs one id space for nodes and edges.
        Assert.Equal(nodeIds.Count + edges.Count, nodeIds.Concat(edges.Select(edge => edge.GetProperty("data").GetProperty("id").GetString())).Distinct().Count());
    }

    [Fact]
    public async Task Arabic_is_written_as_is_and_reads_back_identical()
    {
        var source = FormatGraphs.Tricky();
        var (text, elements) = await ExportAsync(source);

        Assert.Contains("\"nameAr\": \"مكان 'ثانٍ'\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u06", text, StringComparison.OrdinalIgnoreCase);
        var visit = Items(elements, "edges").Single(edge => edge.GetProperty("data").GetProperty("label").GetString() == "VISITED");
        Assert.Equal(FormatGraphs.TrickyText, visit.GetProperty("data").GetProperty("evidence").GetString());
        var person = Items(elements, "nodes").Single(node => node.GetProperty("data").GetProperty("id").GetString() == "person_one");
        Assert.Equal("a, \"b\"; it's\\n <c>&amp; (شخص \"أول\")", person.GetProperty("data").GetProperty("label").GetString());
    }

    [Fact]
    public async Task Pipeline_labels_carry_the_arabic_names_of_the_articles()
    {
        var source = FormatGraphs.Pipeline();
        var (_, elements) = await ExportAsync(source);

        var labels = Items(elements, "nodes").Select(node => node.GetProperty("data").GetProperty("label").GetString()!).ToList();
        Assert.Contains(labels, label => label.Contains("ماكرون", StringComparison.Ordinal));
        Assert.Contains(labels, label => label.Contains("الرباط", StringComparison.Ordinal));
    }

    [CytoscapeJsTheory]
    [MemberData(nameof(FormatGraphs.GraphNames), MemberType = typeof(FormatGraphs))]
    public async Task Cytoscape_js_loads_every_node_and_edge_with_its_label_and_arabic_names(string name)
    {
        Assert.Null(CytoscapeJs.Missing);
        var source = FormatGraphs.Named(name);
        using var folder = new TemporaryFolder();
        var path = folder.File("graph.cyjs");
        await File.WriteAllTextAsync(path, await FormatGraphs.ExportTextAsync(new CytoscapeExporter(), source));

        var read = await CytoscapeJs.ReadAsync(path);

        var nodes = read.GetProperty("nodes").EnumerateArray().ToDictionary(node => node.GetProperty("id").GetString()!);
        Assert.Equal(source.Entities.Select(entity => entity.Id).Order(StringComparer.Ordinal), nodes.Keys.Order(StringComparer.Ordinal));
        foreach (var entity in source.Entities)
        {
            var node = nodes[entity.Id];
            Assert.False(string.IsNullOrWhiteSpace(node.GetProperty("label").GetString()));
            Assert.Equal(entity.NameAr, node.GetProperty("data").GetProperty("nameAr").GetString());
            Assert.Contains(entity.Type.ToWire(), node.GetProperty("classes").EnumerateArray().Select(item => item.GetString()));
        }
        var edges = read.GetProperty("edges").EnumerateArray().ToDictionary(edge => edge.GetProperty("id").GetString()!);
        Assert.Equal(source.Relations.Count, edges.Count);
        foreach (var relation in source.Relations)
        {
            var edge = edges[relation.Id];
            Assert.Equal(relation.Source, edge.GetProperty("source").GetString());
            Assert.Equal(relation.Target, edge.GetProperty("target").GetString());
            Assert.Equal(relation.Type.ToWire(), edge.GetProperty("label").GetString());
        }
    }
}
