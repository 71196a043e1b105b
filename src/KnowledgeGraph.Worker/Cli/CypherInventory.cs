using KnowledgeGraph.Export.Cypher;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Neo4j.Packs;
using KnowledgeGraph.Worker.Batch;

namespace KnowledgeGraph.Worker.Cli;

/// <summary>One Cypher text the program ships or generates: where it comes from, the text, the parameters it declares.</summary>
public sealed record InventoryText(string Origin, string Text, IReadOnlyList<string> Parameters);

/// <summary>
/// Every Cypher text the program ships or generates: the pack queries, the schema script, the Neo4j store's
/// statements (built for the given articles, extracted by the given pipeline), and a Cypher export of them. `kg dump-cypher` writes it for
/// Neo4j's Cypher front end; the live tests send each text to a real server as EXPLAIN.
/// </summary>
public static class CypherInventory
{
    public static async Task<IReadOnlyList<InventoryText>> BuildAsync(string articles, ExtractionPipeline pipeline, CancellationToken cancellationToken = default)
    {
        var graphs = new List<DocumentGraph>();
        await foreach (var item in new BatchExtractor(pipeline, 1).RunAsync([articles], cancellationToken))
        {
            if (item.Graph is { } graph)
            {
                graphs.Add(graph);
            }
        }
        var builder = new GraphBuilder();
        graphs.ForEach(builder.Add);

        var texts = new List<InventoryText>();
        foreach (var query in QueryPacks.Load().Queries)
        {
            texts.Add(new InventoryText($"pack query {query.FullName}", query.Text, query.Parameters.Select(parameter => parameter.Name).ToList()));
        }
        foreach (var (statement, index) in StatementCatalog.All(graphs).Select((statement, index) => (statement, index)))
        {
            texts.Add(new InventoryText($"Neo4j store statement {index + 1}", statement.Text, statement.ParameterNames));
        }
        using (var script = new MemoryStream())
        {
            await new CypherExporter().WriteAsync(builder.Build(), script, cancellationToken);
            texts.Add(new InventoryText($"Cypher export of {Path.GetFileName(Path.TrimEndingDirectorySeparator(articles))}/", System.Text.Encoding.UTF8.GetString(script.ToArray()), []));
        }
        return texts;
    }
}
