using System.Text.Json;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// Reads the whole graph for the export in one transaction, page by page (<see cref="PageSize"/> nodes a request),
/// so that no request holds the whole graph nor runs against the request timeout however large the graph grows.
/// </summary>
internal static class Neo4jSnapshotReader
{
    public const int PageSize = 2000;

    public static async Task<Model.GraphSnapshot> ReadAsync(INeo4jClient client, CancellationToken cancellationToken)
    {
        await using var transaction = await client.BeginTransactionAsync(null, cancellationToken).ConfigureAwait(false);
        var documents = await ReadAllAsync(transaction, ReadStatements.Documents, cancellationToken).ConfigureAwait(false);
        var entities = await ReadAllAsync(transaction, ReadStatements.Entities, cancellationToken).ConfigureAwait(false);
        var relations = await ReadAllAsync(transaction, ReadStatements.Relations, cancellationToken).ConfigureAwait(false);
        var evidence = await ReadAllAsync(transaction, ReadStatements.Evidence, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return SnapshotAssembler.Assemble(documents, entities, relations, evidence);
    }

    /// <summary>Every page of one read, as one result.</summary>
    private static async Task<Neo4jResult> ReadAllAsync(INeo4jTransaction transaction, Func<string, int, Neo4jStatement> page, CancellationToken cancellationToken)
    {
        IReadOnlyList<string>? fields = null;
        var rows = new List<IReadOnlyList<JsonElement>>();
        var after = "";
        while (true)
        {
            var statement = page(after, PageSize);
            var result = await transaction.RunAsync(statement.Text, statement.Parameters, cancellationToken).ConfigureAwait(false);
            fields ??= result.Fields;
            rows.AddRange(result.Rows);
            var keys = result.Records.Select(record => record.RequiredString("pageKey")).Distinct(StringComparer.Ordinal).ToList();
            if (keys.Count < PageSize)
            {
                return new Neo4jResult(fields, rows, []);
            }
            // Cypher orders strings as Java does, by UTF-16 code unit: ordinal.
            after = keys.Max(StringComparer.Ordinal)!;
        }
    }
}
