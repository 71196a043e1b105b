using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage;

/// <summary>What an upsert did with an article.</summary>
public enum UpsertOutcome
{
    /// <summary>The article was new.</summary>
    Added,
    /// <summary>An article of this name was there with other text: its contribution was replaced.</summary>
    Replaced,
    /// <summary>The same article (same name, same text) was there already: nothing changed.</summary>
    Unchanged,
}

/// <summary>Counts a store reports (for summaries and the overview).</summary>
public sealed record StoreStatistics(
    int Documents,
    int Entities,
    int Relations,
    int Mentions,
    int Evidence,
    IReadOnlyDictionary<EntityType, int> EntitiesByType,
    IReadOnlyDictionary<RelationType, int> RelationsByType);

/// <summary>
/// A lasting graph. Every store has the same semantics:
/// <list type="bullet">
/// <item>One article is written in one transaction: all of it or nothing (a crash leaves the previous state).</item>
/// <item>An article is identified by its <see cref="DocumentInfo.Name"/>; its <see cref="DocumentInfo.Id"/> is a hash of its text.
/// Upserting the same name and id again changes nothing. Upserting the same name with another id replaces that
/// article's own mentions, aliases and evidence, and keeps what other articles contributed.</item>
/// <item>One node per entity id, whatever article names it; one relation per (type, source, target), MET once per pair,
/// with one evidence item per supporting article; a relation or entity no article supports any more is removed.</item>
/// </list>
/// </summary>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>A short description for logs ("SQLite data/graph.db", "Neo4j http://localhost:7474 db neo4j").</summary>
    string Description { get; }

    /// <summary>
    /// How many articles a writer should hand to <see cref="UpsertBatchAsync"/> at once: 1 for a store that
    /// writes one transaction per article, more where round trips cost (Neo4j over HTTP).
    /// </summary>
    int WriteBatchSize { get; }

    /// <summary>Creates the schema if it is not there (idempotent). Called once before use.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>Writes one article's contribution in one transaction.</summary>
    Task<UpsertOutcome> UpsertAsync(DocumentGraph graph, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes several articles. A store may write them in one transaction (fewer round trips), but the
    /// outcome must be the same as writing them one by one, in order.
    /// </summary>
    Task<IReadOnlyList<UpsertOutcome>> UpsertBatchAsync(IReadOnlyList<DocumentGraph> graphs, CancellationToken cancellationToken = default);

    /// <summary>Whether an article of this name and text is already stored (so re-reading it can be skipped).</summary>
    Task<bool> ContainsAsync(string documentName, string documentId, CancellationToken cancellationToken = default);

    /// <summary>The whole graph, as the JSON export describes it.</summary>
    Task<GraphSnapshot> ExportAsync(CancellationToken cancellationToken = default);

    Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default);
}
