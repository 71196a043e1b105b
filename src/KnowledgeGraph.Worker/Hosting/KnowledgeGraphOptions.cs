namespace KnowledgeGraph.Worker.Hosting;

/// <summary>Which store the worker writes to ("Storage:Provider").</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>"sqlite" (the default: an embedded file) or "neo4j".</summary>
    public string Provider { get; set; } = "sqlite";
}

/// <summary>The folder the worker watches ("Inbox").</summary>
public sealed class InboxOptions
{
    public const string SectionName = "Inbox";

    public string Path { get; set; } = "inbox";

    /// <summary>Where an article file goes once its graph is committed (default: "processed" inside the inbox).</summary>
    public string? ProcessedPath { get; set; }

    /// <summary>Where an unreadable or failing file goes, with a ".error" file saying why (default: "failed" inside the inbox).</summary>
    public string? FailedPath { get; set; }

    /// <summary>A periodic scan catches what file events miss (network shares, events lost under load).</summary>
    public int ScanIntervalSeconds { get; set; } = 30;

    /// <summary>Articles files processed at once.</summary>
    public int MaxConcurrency { get; set; } = 2;

    /// <summary>
    /// A file dropped by a plain copy is taken once its size and modification time have not changed for this long and
    /// nobody holds it open with a lock; a writer that may pause longer must write to a .part/.tmp name (or outside the
    /// inbox) and rename. All waiting files share one clock: a folder of files waits this long once, not once per file.
    /// </summary>
    public int SettleMilliseconds { get; set; } = 2000;

    public string ProcessedFolder => ProcessedPath ?? System.IO.Path.Combine(Path, "processed");
    public string FailedFolder => FailedPath ?? System.IO.Path.Combine(Path, "failed");
}

/// <summary>Extraction settings ("Extraction").</summary>
public sealed class ExtractionOptions
{
    public const string SectionName = "Extraction";

    /// <summary>A folder of language data to use instead of the built-in copy.</summary>
    public string? DataDirectory { get; set; }
}
