using System.Text.Json;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Worker.Cli;

namespace KnowledgeGraph.Tests.Cypher;

public sealed class QueryResultWriterTests
{
    // Values as the Query API's plain JSON gives them (https://neo4j.com/docs/query-api/current/result-formats/).
    private const string Kim = """{"elementId":"4:x:1","labels":["Entity","Person"],"properties":{"id":"kim_jong_un","name":"Kim Jong Un","nameAr":"كيم جونغ أون"}}""";
    private const string Russia = """{"elementId":"4:x:2","labels":["Entity","Country"],"properties":{"id":"russia","name":"Russia"}}""";
    private const string Visit = """{"elementId":"5:x:3","startNodeElementId":"4:x:1","endNodeElementId":"4:x:2","type":"VISITED","properties":{"status":"occurred"}}""";

    private static Neo4jResult Result(string[] fields, params string[][] rows) =>
        new(fields, rows.Select(row => (IReadOnlyList<JsonElement>)row.Select(value => JsonDocument.Parse(value).RootElement.Clone()).ToList()).ToList(), []);

    [Fact]
    public void Cells_show_nodes_by_name_relationships_by_type_paths_as_chains_and_lists_joined()
    {
        Assert.Equal("(Kim Jong Un)", QueryResultWriter.Cell(JsonDocument.Parse(Kim).RootElement));
        Assert.Equal("[:VISITED]", QueryResultWriter.Cell(JsonDocument.Parse(Visit).RootElement));
        Assert.Equal("(Kim Jong Un)-[:VISITED]->(Russia)", QueryResultWriter.Cell(JsonDocument.Parse($"[{Kim},{Visit},{Russia}]").RootElement));
        Assert.Equal("(Russia)<-[:VISITED]-(Kim Jong Un)", QueryResultWriter.Cell(JsonDocument.Parse($"[{Russia},{Visit},{Kim}]").RootElement));
        Assert.Equal("a.txt; b.txt", QueryResultWriter.Cell(JsonDocument.Parse("""["a.txt","b.txt"]""").RootElement));
        Assert.Equal("", QueryResultWriter.Cell(JsonDocument.Parse("null").RootElement));
        Assert.Equal("12", QueryResultWriter.Cell(JsonDocument.Parse("12").RootElement));
    }

    [Fact]
    public void A_table_aligns_its_columns_and_counts_its_rows()
    {
        var output = new StringWriter();
        QueryResultWriter.WriteTable(Result(["visitor", "visits"], ["\"Kim Jong Un\"", "3"], ["\"بوتين\"", "12"]), output);

        var lines = output.ToString().ReplaceLineEndings("\n").Split('\n');
        Assert.Equal("visitor      visits", lines[0]);
        Assert.Equal("-----------  ------", lines[1]);
        Assert.Equal("Kim Jong Un  3", lines[2]);
        Assert.Equal("بوتين        12", lines[3]);
        Assert.Equal("(2 rows)", lines[4]);
    }

    [Fact]
    public void Csv_quotes_what_needs_quoting_and_keeps_arabic_text_whole()
    {
        var output = new StringWriter();
        QueryResultWriter.WriteCsv(Result(["sentence", "documents"], ["\"قال: \\\"لا\\\"، ثم, أضاف\"", """["a.txt","b.txt"]"""]), output);

        Assert.Equal("sentence,documents\r\n\"قال: \"\"لا\"\"، ثم, أضاف\",a.txt; b.txt\r\n", output.ToString());
    }

    [Fact]
    public void Json_keeps_values_as_neo4j_returned_them()
    {
        var output = new StringWriter();
        QueryResultWriter.WriteJson(Result(["visitor", "count"], [Kim, "3"]), output);

        using var document = JsonDocument.Parse(output.ToString());
        var row = Assert.Single(document.RootElement.EnumerateArray().ToList());
        Assert.Equal("كيم جونغ أون", row.GetProperty("visitor").GetProperty("properties").GetProperty("nameAr").GetString());
        Assert.Equal(3, row.GetProperty("count").GetInt32());
        Assert.Contains("كيم", output.ToString()); // not \u-escaped
    }
}
