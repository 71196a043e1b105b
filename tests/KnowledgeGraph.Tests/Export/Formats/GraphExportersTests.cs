using System.IO.Compression;
using KnowledgeGraph.Export;
using KnowledgeGraph.Export.Json;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Export.Formats;

/// <summary>The format registry a command line uses, and what every format promises.</summary>
public sealed class GraphExportersTests
{
    public static TheoryData<string> Formats => ["json", "graphml", "cytoscape", "neo4j-csv", "cypher"];

    public static TheoryData<string, string> FormatsAndGraphs()
    {
        var data = new TheoryData<string, string>();
        foreach (var format in Formats)
        {
            foreach (var graph in FormatGraphs.GraphNames)
            {
                data.Add(format, graph);
            }
        }
        return data;
    }

    [Fact]
    public void Registry_holds_the_six_formats_with_their_extensions()
    {
        Assert.Equal(new[] { "json", "graphml", "cytoscape", "neo4j-csv", "cypher", "geojson" }, GraphExporters.Formats);
        Assert.Equal(new[] { ".json", ".graphml", ".cyjs", ".zip", ".cypher", ".geojson" }, GraphExporters.All.Select(exporter => exporter.DefaultExtension));
        Assert.IsAssignableFrom<IDirectoryGraphExporter>(GraphExporters.Get("neo4j-csv"));
    }

    [Fact]
    public void Format_names_are_found_in_any_case_and_unknown_ones_are_refused_with_the_list()
    {
        Assert.Equal("graphml", GraphExporters.Get("GraphML").Format);
        Assert.True(GraphExporters.TryGet(" cypher ", out var cypher));
        Assert.Equal("cypher", cypher.Format);
        Assert.False(GraphExporters.TryGet("dot", out _));

        var error = Assert.Throws<ArgumentException>(() => GraphExporters.Get("dot"));
        Assert.Contains("json, graphml, cytoscape, neo4j-csv, cypher", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(FormatsAndGraphs))]
    public async Task Every_format_writes_the_same_bytes_for_the_same_graph(string format, string graph)
    {
        var exporter = GraphExporters.Get(format);

        var first = await FormatGraphs.ExportAsync(exporter, FormatGraphs.Named(graph));
        var second = await FormatGraphs.ExportAsync(exporter, FormatGraphs.Named(graph));

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Every_format_writes_utf8_without_a_byte_order_mark(string format)
    {
        var bytes = await FormatGraphs.ExportAsync(GraphExporters.Get(format), FormatGraphs.Hand());

        Assert.False(bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Output_stream_is_left_open(string format)
    {
        using var stream = new MemoryStream();

        await GraphExporters.Get(format).WriteAsync(FormatGraphs.Hand(), stream);

        Assert.True(stream.CanWrite);
    }

    [Theory]
    [InlineData("graphml")]
    [InlineData("cytoscape")]
    [InlineData("neo4j-csv")]
    [InlineData("cypher")]
    public async Task A_relation_to_an_entity_the_graph_lacks_is_refused(string format)
    {
        var entity = new Entity("a", EntityType.Person, "A", "أ");
        var graph = new GraphSnapshot([], [entity], [new Relation(RelationType.Met, "a", "missing")]);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => FormatGraphs.ExportAsync(GraphExporters.Get(format), graph));

        Assert.Contains("a-MET-missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_format_is_the_json_contract()
    {
        var graph = FormatGraphs.Hand();

        var text = await FormatGraphs.ExportTextAsync(GraphExporters.Get("json"), graph);

        Assert.Equal(JsonGraphWriter.ToJson(graph), text);
    }

    [Fact]
    public async Task A_file_format_writes_a_file_at_the_path()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "out", "graph.graphml");

        await GraphExporters.ExportAsync(FormatGraphs.Hand(), "graphml", path);

        Assert.Equal(await FormatGraphs.ExportAsync(GraphExporters.Get("graphml"), FormatGraphs.Hand()), await File.ReadAllBytesAsync(path));
        Assert.Equal(new[] { "graph.graphml" }, Directory.GetFiles(Path.GetDirectoryName(path)!).Select(file => Path.GetFileName(file)));
    }

    [Fact]
    public async Task Neo4j_csv_writes_a_folder_or_a_zip_of_the_same_files()
    {
        using var folder = new TemporaryFolder();
        var directory = Path.Combine(folder.Path, "import");
        var archive = Path.Combine(folder.Path, "import.zip");

        await GraphExporters.ExportAsync(FormatGraphs.Tricky(), "neo4j-csv", directory);
        await GraphExporters.ExportAsync(FormatGraphs.Tricky(), "neo4j-csv", archive);

        string[] expected = ["README.txt", "documents.csv", "entities.csv", "evidence.csv", "mentions.csv", "relations.csv", "supports.csv"];
        Assert.Equal(expected, Directory.GetFiles(directory).Select(file => Path.GetFileName(file)).Order(StringComparer.Ordinal));
        using var zip = ZipFile.OpenRead(archive);
        Assert.Equal(expected, zip.Entries.Select(entry => entry.FullName).Order(StringComparer.Ordinal));
        foreach (var entry in zip.Entries)
        {
            using var content = new MemoryStream();
            await using (var stream = entry.Open())
            {
                await stream.CopyToAsync(content);
            }
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(directory, entry.FullName)), content.ToArray());
        }
    }
}
