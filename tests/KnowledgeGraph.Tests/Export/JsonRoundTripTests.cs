using KnowledgeGraph.Export.Json;
using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.Reading;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Export;

public sealed class JsonRoundTripTests
{
    /// <summary>Two articles of my own, with diacritics, a tatweel and a direction mark to exercise the offset map.</summary>
    internal static readonly (string Name, string Text)[] Articles =
    [
        ("cairo.txt", "زيارة إلى مصر\nوصل الرئيسُ الروسي فلاديمير بوتين إلى القاهـرة يوم الأحد، والتقى الرئيسَ المصري عبد الفتاح السيسي في قصر الاتحادية."),
        ("riyadh.txt", "محادثات في الرياض\nاستقبل الملك سلمان بن عبدالعزيز رئيسَ الوزراء الهندي ناريندرا مودي في الرياض\u200F، وبحث الجانبان التعاون بين البلدين."),
    ];

    internal static GraphSnapshot PipelineGraph()
    {
        var builder = new GraphBuilder();
        foreach (var (name, text) in Articles)
        {
            builder.Add(Extract.Text(text, name));
        }
        return builder.Build();
    }

    [Fact]
    public void Hand_built_graph_reads_back_identical()
    {
        var graph = SampleGraphs.Both();

        var back = JsonGraphReader.Parse(JsonGraphWriter.ToJson(graph));

        SampleGraphs.AssertSame(graph, back);
    }

    [Fact]
    public void Hand_built_graph_writes_the_same_json_after_a_round_trip()
    {
        var json = JsonGraphWriter.ToJson(SampleGraphs.Both());

        Assert.Equal(json, JsonGraphWriter.ToJson(JsonGraphReader.Parse(json)));
    }

    [Fact]
    public async Task Graph_file_reads_back_identical()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "graph.json");
        var graph = SampleGraphs.Both();

        await JsonGraphWriter.WriteFileAsync(graph, path);
        var back = await JsonGraphReader.ReadFileAsync(path);

        SampleGraphs.AssertSame(graph, back);
    }

    [Fact]
    public void Pipeline_graph_reads_back_identical()
    {
        var graph = PipelineGraph();
        Assert.NotEmpty(graph.Entities);
        Assert.NotEmpty(graph.Relations);

        var json = JsonGraphWriter.ToJson(graph);
        var back = JsonGraphReader.Parse(json);

        SampleGraphs.AssertSame(graph, back);
        Assert.Equal(json, JsonGraphWriter.ToJson(back));
    }

    [Fact]
    public void Empty_graph_round_trips()
    {
        var back = JsonGraphReader.Parse(JsonGraphWriter.ToJson(new GraphSnapshot([], [], [])));

        Assert.Empty(back.Documents);
        Assert.Empty(back.Entities);
        Assert.Empty(back.Relations);
    }

    [Fact]
    public void Reader_takes_an_evidence_status_from_its_relation_when_missing()
    {
        const string json = """
            {"documents": [], "entities": [],
             "relations": [{"id": "a-VISITED-b", "type": "VISITED", "source": "a", "target": "b", "status": "planned",
                            "evidence": [{"document": "d.txt", "start": 0, "end": 3, "text": "زار"}]}]}
            """;

        var relation = Assert.Single(JsonGraphReader.Parse(json).Relations);

        Assert.Equal(RelationStatus.Planned, Assert.Single(relation.Evidence).Status);
    }

    [Fact]
    public void Reader_rejects_an_unknown_entity_type()
    {
        const string json = """{"entities": [{"id": "x", "type": "Planet", "name": "X", "nameAr": "س"}]}""";

        Assert.Throws<FormatException>(() => JsonGraphReader.Parse(json));
    }

    [Fact]
    public void Reader_rejects_an_entity_without_id()
    {
        const string json = """{"entities": [{"type": "Person", "name": "X", "nameAr": "س"}]}""";

        Assert.Throws<FormatException>(() => JsonGraphReader.Parse(json));
    }
}
