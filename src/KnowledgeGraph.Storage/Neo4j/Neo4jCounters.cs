namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// What was sent to Neo4j, so a benchmark can report requests per article and rows per request.
/// Thread-safe.
/// </summary>
public sealed class Neo4jCounters
{
    private long _requests;
    private long _statements;
    private long _rows;
    private long _transactions;
    private long _articles;
    private long _retries;

    /// <summary>HTTP requests (statements, begins, commits, rollbacks).</summary>
    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Cypher statements sent.</summary>
    public long Statements => Interlocked.Read(ref _statements);

    /// <summary>Items of the lists the statements UNWIND (documents, entities, mentions, evidence, relations...).</summary>
    public long Rows => Interlocked.Read(ref _rows);

    public long Transactions => Interlocked.Read(ref _transactions);

    /// <summary>Articles handed to an upsert (written or found unchanged).</summary>
    public long Articles => Interlocked.Read(ref _articles);

    /// <summary>Attempts of a unit of work that were retried.</summary>
    public long Retries => Interlocked.Read(ref _retries);

    public double RequestsPerArticle => Articles == 0 ? 0 : (double)Requests / Articles;

    public double RowsPerRequest => Requests == 0 ? 0 : (double)Rows / Requests;

    public void AddRequest() => Interlocked.Increment(ref _requests);

    public void AddStatement() => Interlocked.Increment(ref _statements);

    public void AddRows(long rows) => Interlocked.Add(ref _rows, rows);

    public void AddTransaction() => Interlocked.Increment(ref _transactions);

    public void AddArticles(long articles) => Interlocked.Add(ref _articles, articles);

    public void AddRetry() => Interlocked.Increment(ref _retries);

    public override string ToString() =>
        $"{Requests} requests, {Statements} statements, {Rows} rows, {Transactions} transactions, {Articles} articles, {Retries} retries";
}
