using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Export.Cypher;
using KnowledgeGraph.Storage.Neo4j;

namespace KnowledgeGraph.Worker.Cli;

/// <summary>
/// `dump-cypher --out inventory.json`: the graph schema as the code defines it, and every Cypher text the
/// program ships or generates (pack queries, the schema script, the Neo4j store's statements, the Cypher
/// export of the sample articles), for tools/cypher-lint (Neo4j's own front end) to check.
/// </summary>
public static class DumpCypherCommand
{
    public static Command Create()
    {
        var output = new Option<FileInfo>("--out", "-o") { Description = "Where to write the inventory (JSON).", Required = true };
        var samples = new Option<DirectoryInfo>("--samples")
        {
            Description = "Articles to build the store's statements and the export from (default: samples).",
            DefaultValueFactory = _ => new DirectoryInfo("samples"),
        };
        var command = new Command("dump-cypher", "Write the graph schema and every Cypher text the program ships or generates, for checking with Neo4j's Cypher front end (tools/cypher-lint).")
        {
            output, samples,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var folder = parse.GetValue(samples)!;
            if (!folder.Exists)
            {
                throw new DirectoryNotFoundException($"The samples folder '{folder.FullName}' does not exist.");
            }
            var texts = (await CypherInventory.BuildAsync(folder.FullName, CommonOptions.Pipeline(parse), cancellationToken))
                .Select(text => new { origin = text.Origin, text = text.Text, parameters = text.Parameters })
                .ToList();

            var inventory = new { schema = Schema(), texts };
            var path = parse.GetValue(output)!.FullName;
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(inventory, new JsonSerializerOptions
            {
                WriteIndented = true,
                Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            }), cancellationToken);
            Console.Error.WriteLine($"{texts.Count} Cypher texts and the graph schema -> {path}");
            return 0;
        });
        return command;
    }

    /// <summary>The schema as DbSchema of @neo4j-cypher/language-support: labels, types, keys, and which type joins which labels.</summary>
    public static object Schema()
    {
        var entityLabels = new[] { GraphSchema.EntityLabel }.Concat(GraphSchema.EntityLabels.Values).ToList();
        var graphSchema = new List<object>();
        foreach (var entity in entityLabels)
        {
            graphSchema.Add(new { from = GraphSchema.DocumentLabel, to = entity, relType = GraphSchema.Mentions });
        }
        graphSchema.Add(new { from = GraphSchema.EvidenceLabel, to = GraphSchema.DocumentLabel, relType = GraphSchema.Supports });
        foreach (var type in GraphSchema.RelationshipTypes.Values)
        {
            foreach (var from in entityLabels)
            {
                foreach (var to in entityLabels)
                {
                    graphSchema.Add(new { from, to, relType = type });
                }
            }
        }
        return new
        {
            labels = GraphSchema.NodeLabels.Order(StringComparer.Ordinal).ToList(),
            relationshipTypes = GraphSchema.AllRelationshipTypes.Order(StringComparer.Ordinal).ToList(),
            // The graph's keys, and the keys of the parameter rows statements UNWIND (row.entity), each from its code.
            propertyKeys = GraphSchema.PropertyKeys.Concat(StatementCatalog.RowKeys).Concat(CypherExporter.RowKeys)
                .Distinct().Order(StringComparer.Ordinal).ToList(),
            graphSchema,
        };
    }
}
