using System.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Export.Cypher;

/// <summary>
/// Writes a graph as a Cypher script that loads it into Neo4j (<c>cypher-shell -f graph.cypher</c>,
/// or Neo4j Browser) in the shape of cypher/README.md. The constraints and indexes of
/// cypher/schema.cypher come first; then each
/// node set and relationship set is loaded by UNWIND over literal maps, a batch of rows per
/// statement, MERGE on the model's keys and SET of every property, so running the script
/// again leaves the same graph. Labels and relationship types come only from the closed sets,
/// as literal words in the statements; every value is a literal.
/// </summary>
public sealed class CypherExporter : IGraphExporter
{
    public const int DefaultBatchSize = 500;

    private const string StartKey = "startKey";
    private const string EndKey = "endKey";

    /// <summary>
    /// Keys of the row maps the script UNWINDs that are not graph properties (a relationship row names its
    /// endpoints' keys). A Cypher checker that knows only the graph's property keys needs these too.
    /// </summary>
    public static IReadOnlyList<string> RowKeys { get; } = [StartKey, EndKey];

    private readonly int _batchSize;

    public CypherExporter(int batchSize = DefaultBatchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        _batchSize = batchSize;
    }

    public string Format => "cypher";

    public string DefaultExtension => ".cypher";

    public async Task WriteAsync(GraphSnapshot graph, Stream output, CancellationToken cancellationToken = default)
    {
        var model = Neo4jGraph.From(graph);
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true) { NewLine = "\n" };

        await writer.WriteAsync(Header(graph)).ConfigureAwait(false);
        foreach (var item in Neo4jSchema.Schema)
        {
            await writer.WriteAsync(item.ToCypher() + "\n").ConfigureAwait(false);
        }

        foreach (var statement in Statements(model))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await writer.WriteAsync("\n").ConfigureAwait(false);
            await writer.WriteAsync(statement).ConfigureAwait(false);
        }
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string Header(GraphSnapshot graph) =>
        $"""
        // KnowledgeGraph: {graph.Documents.Count} documents, {graph.Entities.Count} entities, {graph.Relations.Count} relations, in the shape of cypher/README.md.
        // Load: cypher-shell -f graph.cypher (or paste into Neo4j Browser). Every node is merged on its key and every
        // relationship on its endpoints (and id), then its properties are set: running the script again leaves the same graph.


        """;

    private IEnumerable<string> Statements(Neo4jGraph model)
    {
        foreach (var batch in Batches(model.Documents.Rows))
        {
            yield return NodeStatement(model.Documents, batch, typeLabel: null);
        }
        // The type label is a word of the statement, not a value: one group of statements per type.
        foreach (var type in Neo4jSchema.TypeLabels)
        {
            foreach (var batch in Batches(model.Entities.Rows.Where(row => row.TypeLabel == type)))
            {
                yield return NodeStatement(model.Entities, batch, type);
            }
        }
        foreach (var batch in Batches(model.Evidence.Rows))
        {
            yield return NodeStatement(model.Evidence, batch, typeLabel: null);
        }
        foreach (var set in model.RelationshipSets)
        {
            foreach (var type in Neo4jSchema.RelationshipTypes)
            {
                foreach (var batch in Batches(set.Rows.Where(row => row.Type == type)))
                {
                    yield return RelationshipStatement(set, type, batch);
                }
            }
        }
    }

    private IEnumerable<List<T>> Batches<T>(IEnumerable<T> rows) => rows.Chunk(_batchSize).Select(chunk => chunk.ToList());

    private static string NodeStatement(Neo4jNodeSet set, IReadOnlyList<Neo4jNode> rows, string? typeLabel)
    {
        var builder = new StringBuilder();
        AppendUnwind(builder, rows, row => [(set.Key.Name, row.Key), .. set.Properties.Select((property, i) => (property.Name, row.Values[i]))]);

        var key = CypherText.Name(set.Key.Name);
        builder.Append($"MERGE (n:{set.Label} {{{key}: row.{key}}})\n");
        var assignments = set.Properties.Select(property => $"n.{CypherText.Name(property.Name)} = row.{CypherText.Name(property.Name)}");
        if (typeLabel is not null)
        {
            // An entity whose type changed since an earlier load keeps one type label.
            var others = Neo4jSchema.TypeLabels.Where(label => label != typeLabel).ToList();
            if (others.Count > 0)
            {
                builder.Append("REMOVE n:").Append(string.Join(":", others)).Append('\n');
            }
            assignments = assignments.Prepend($"n:{typeLabel}");
        }
        builder.Append("SET ").Append(string.Join(", ", assignments)).Append(";\n");
        return builder.ToString();
    }

    private static string RelationshipStatement(Neo4jRelationshipSet set, string type, IReadOnlyList<Neo4jRelationship> rows)
    {
        var builder = new StringBuilder();
        AppendUnwind(builder, rows, row => [(StartKey, row.Start), (EndKey, row.End), .. set.Properties.Select((property, i) => (property.Name, row.Values[i]))]);

        var fromKey = CypherText.Name(set.From.Key.Name);
        var toKey = CypherText.Name(set.To.Key.Name);
        builder.Append($"MATCH (a:{set.From.Label} {{{fromKey}: row.{StartKey}}})\n");
        builder.Append($"MATCH (b:{set.To.Label} {{{toKey}: row.{EndKey}}})\n");
        var merge = set.MergeProperty is { } mergeProperty
            ? $" {{{CypherText.Name(mergeProperty)}: row.{CypherText.Name(mergeProperty)}}}"
            : "";
        builder.Append($"MERGE (a)-[r:{type}{merge}]->(b)");
        var assignments = set.Properties
            .Where(property => property.Name != set.MergeProperty)
            .Select(property => $"r.{CypherText.Name(property.Name)} = row.{CypherText.Name(property.Name)}")
            .ToList();
        if (assignments.Count > 0)
        {
            builder.Append("\nSET ").Append(string.Join(", ", assignments));
        }
        builder.Append(";\n");
        return builder.ToString();
    }

    private static void AppendUnwind<T>(StringBuilder builder, IReadOnlyList<T> rows, Func<T, IEnumerable<(string Name, object? Value)>> fields)
    {
        builder.Append("UNWIND [\n");
        for (var i = 0; i < rows.Count; i++)
        {
            builder.Append("  {");
            var first = true;
            foreach (var (name, value) in fields(rows[i]))
            {
                builder.Append(first ? "" : ", ").Append(CypherText.Name(name)).Append(": ");
                CypherText.AppendValue(builder, value);
                first = false;
            }
            builder.Append(i + 1 < rows.Count ? "},\n" : "}\n");
        }
        builder.Append("] AS row\n");
    }
}
