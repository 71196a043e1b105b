namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>Where and how the embedded SQLite store keeps the graph (configuration section "Storage:Sqlite").</summary>
public sealed class SqliteStoreOptions
{
    public const string SectionName = "Storage:Sqlite";

    /// <summary>The database file; relative paths are resolved against the current directory. Its folder is created if missing.</summary>
    public string Path { get; set; } = "data/graph.db";

    /// <summary>How long an operation waits for a lock another connection or process holds before it fails.</summary>
    public int BusyTimeoutSeconds { get; set; } = 30;

    /// <summary>Whether a missing database file is created (writers); commands that only read set it to false and refuse a missing file.</summary>
    public bool CreateIfMissing { get; set; } = true;
}
