using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// Every statement text the Neo4j store can send, built as the store builds them, so that they can be
/// checked by Neo4j's own Cypher front end without a server (`kg dump-cypher`, CI's lint step). The write
/// statement's text depends on which entity labels and relationship types an article has, so it is
/// built for each graph given, for all of them at once, and as a replacement.
/// </summary>
public static class StatementCatalog
{
    /// <summary>Keys of the parameter rows the statements UNWIND, beside the graph's property keys.</summary>
    public static IReadOnlyList<string> RowKeys => UpsertStatements.RowKeys;

    public static IReadOnlyList<RecordedStatement> All(IReadOnlyList<DocumentGraph> graphs)
    {
        ArgumentNullException.ThrowIfNull(graphs);
        var statements = new List<RecordedStatement>();
        void Add(Neo4jStatement statement) => statements.Add(new RecordedStatement(statement.Text, statement.Parameters.Keys.ToList()));

        foreach (var text in SchemaScript.Statements())
        {
            statements.Add(new RecordedStatement(text, []));
        }
        var names = graphs.Select(graph => graph.Document.Name).ToList();
        Add(UpsertStatements.Check(names));
        foreach (var graph in graphs)
        {
            Add(UpsertStatements.Write([graph], []));
        }
        if (graphs.Count > 0)
        {
            Add(UpsertStatements.Write(graphs, []));
            Add(UpsertStatements.Write([graphs[0]], [graphs[0].Document.Name]));
            Add(ReadStatements.Contains(graphs[0].Document.Name));
        }
        Add(ReadStatements.Documents("", Neo4jSnapshotReader.PageSize));
        Add(ReadStatements.Entities("", Neo4jSnapshotReader.PageSize));
        Add(ReadStatements.Relations("", Neo4jSnapshotReader.PageSize));
        Add(ReadStatements.Evidence("", Neo4jSnapshotReader.PageSize));
        Add(ReadStatements.Statistics);
        return statements.DistinctBy(statement => statement.Text).ToList();
    }
}
