using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeGraph.Export.Cypher;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Tests.Export.Formats;
using KnowledgeGraph.Tests.Support;
using KnowledgeGraph.Tests.Worker;

namespace KnowledgeGraph.Tests.Cypher;

/// <summary>What `kg dump-cypher` hands to Neo4j's Cypher front end in CI (tools/cypher-lint).</summary>
public sealed partial class CypherInventoryTests
{
    [Fact]
    public async Task The_inventory_holds_the_schema_from_the_code_and_every_kind_of_cypher_text()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("inventory.json");
        var samples = Path.Combine(SharedData.RepositoryRoot, "samples");

        var (exitCode, _, error) = await WorkerProcess.RunCapturedAsync(folder.Path, new Dictionary<string, string>(), "dump-cypher", "--samples", samples, "--out", path);

        Assert.True(exitCode == 0, error);
        using var inventory = JsonDocument.Parse(File.ReadAllText(path));
        var schema = inventory.RootElement.GetProperty("schema");
        Assert.Equal(GraphSchema.NodeLabels.Order(StringComparer.Ordinal), Strings(schema.GetProperty("labels")));
        Assert.Equal(GraphSchema.AllRelationshipTypes.Order(StringComparer.Ordinal), Strings(schema.GetProperty("relationshipTypes")));
        Assert.Superset(GraphSchema.PropertyKeys.ToHashSet(), Strings(schema.GetProperty("propertyKeys")).ToHashSet());

        var origins = inventory.RootElement.GetProperty("texts").EnumerateArray().Select(text => text.GetProperty("origin").GetString()!).ToList();
        Assert.Contains(origins, origin => origin.StartsWith("pack query visits/", StringComparison.Ordinal));
        Assert.Contains(origins, origin => origin.StartsWith("Neo4j store statement", StringComparison.Ordinal));
        Assert.Contains(origins, origin => origin.StartsWith("Cypher export", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_row_key_the_generated_statements_read_is_declared()
    {
        var graphs = FormatGraphs.PipelineGraphs();
        var declared = StatementCatalog.RowKeys.ToHashSet(StringComparer.Ordinal);

        foreach (var statement in StatementCatalog.All(graphs))
        {
            foreach (Match match in RowKey().Matches(statement.Text))
            {
                Assert.Contains(match.Groups[1].Value, declared);
            }
        }
    }

    [Fact]
    public async Task Every_row_key_the_cypher_export_reads_is_a_graph_key_or_declared()
    {
        var declared = GraphSchema.PropertyKeys.Concat(CypherExporter.RowKeys).ToHashSet(StringComparer.Ordinal);
        using var stream = new MemoryStream();
        await new CypherExporter().WriteAsync(FormatGraphs.Pipeline(), stream);
        var script = System.Text.Encoding.UTF8.GetString(stream.ToArray());

        var keys = RowKey().Matches(script).Select(match => match.Groups[1].Value).ToHashSet();
        Assert.NotEmpty(keys);
        Assert.Subset(declared, keys);
    }

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(item => item.GetString()!).ToList();

    [GeneratedRegex(@"\brow\.`?([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex RowKey();
}
