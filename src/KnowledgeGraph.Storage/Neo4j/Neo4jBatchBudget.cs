using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// How much one transaction may carry: at most <see cref="Neo4jOptions.BatchSize"/> articles,
/// <see cref="Neo4jOptions.BatchRows"/> rows and <see cref="Neo4jOptions.BatchBytes"/> bytes of parameters, and
/// what keeps the write within a quarter of the request timeout: a write that took longer halves the row budget,
/// one that timed out is split in two, and fast writes let the budget grow back. Thread-safe.
/// </summary>
internal sealed class Neo4jBatchBudget
{
    private readonly int _maxArticles;
    private readonly long _maxRows;
    private readonly long _maxBytes;
    private readonly TimeSpan _target;
    private long _rows;

    public Neo4jBatchBudget(Neo4jOptions options)
    {
        _maxArticles = options.BatchSize;
        _maxRows = options.BatchRows;
        _maxBytes = options.BatchBytes;
        _target = TimeSpan.FromSeconds(options.RequestTimeoutSeconds / 4.0);
        _rows = _maxRows;
    }

    /// <summary>The row budget now (it shrinks after slow writes).</summary>
    public long Rows => Interlocked.Read(ref _rows);

    /// <summary>
    /// The next transaction's articles from <paramref name="start"/>: consecutive, within the budget (at least one),
    /// and with distinct names, so that writing chunk by chunk is writing article by article, in order.
    /// </summary>
    public List<int> Next(IReadOnlyList<DocumentGraph> graphs, int start)
    {
        var chunk = new List<int>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        long rows = 0, bytes = 0;
        var budget = Rows;
        for (var index = start; index < graphs.Count && chunk.Count < _maxArticles; index++)
        {
            var graph = graphs[index];
            var (graphRows, graphBytes) = Size(graph);
            if (chunk.Count > 0 && (rows + graphRows > budget || bytes + graphBytes > _maxBytes || names.Contains(graph.Document.Name)))
            {
                break;
            }
            chunk.Add(index);
            names.Add(graph.Document.Name);
            rows += graphRows;
            bytes += graphBytes;
        }
        return chunk;
    }

    /// <summary>A write of <paramref name="rows"/> rows took <paramref name="elapsed"/>: adapt the row budget.</summary>
    public void Observe(long rows, TimeSpan elapsed)
    {
        if (elapsed > _target)
        {
            Shrink(rows);
        }
        else if (elapsed < _target / 3 && rows * 2 >= Rows)
        {
            Interlocked.Exchange(ref _rows, Math.Min(_maxRows, Rows * 3 / 2 + 1));
        }
    }

    /// <summary>A write of <paramref name="rows"/> rows was too slow (or timed out): the next ones carry half as much.</summary>
    public void Shrink(long rows) => Interlocked.Exchange(ref _rows, Math.Max(1, Math.Min(Rows, rows) / 2));

    /// <summary>Rows the write statement UNWINDs for an article, and the bytes of its parameters, estimated.</summary>
    public static (long Rows, long Bytes) Size(DocumentGraph graph)
    {
        long rows = 1, characters = graph.Document.Title.Length + graph.Document.Name.Length + 200;
        foreach (var entity in graph.Entities)
        {
            rows += 2;
            characters += entity.Id.Length * 2 + entity.Name.Length + entity.NameAr.Length + 80;
            characters += entity.Aliases.Sum(alias => alias.Length + 3);
            characters += entity.Mentions.Sum(mention => mention.Text.Length + 24);
        }
        foreach (var relation in graph.Relations)
        {
            rows += 2;
            characters += relation.Id.Length * 3 + graph.Document.Name.Length * 2 + 200;
            characters += relation.Evidence.Sum(evidence => evidence.Text.Length + (evidence.Role?.Length ?? 0) + (evidence.Charge?.Length ?? 0));
        }
        // Arabic text takes two bytes a character in UTF-8.
        return (rows, characters * 2);
    }
}

/// <summary>A write that timed out on a transaction of several articles: it is split rather than retried whole.</summary>
internal sealed class Neo4jBatchTooLargeException(Neo4jTransientException timeout) : Exception(timeout.Message, timeout);
