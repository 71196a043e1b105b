namespace KnowledgeGraph.Worker.Ingestion;

/// <summary>What the inbox worker may do with a file now.</summary>
public enum Readiness
{
    /// <summary>Still changing, recently changed, or held open by a writer: look again later.</summary>
    Waiting,
    /// <summary>Complete: ingest it.</summary>
    Ready,
    /// <summary>Its format says it is not complete (a JSON array cut short): left for the next scan.</summary>
    Incomplete,
    /// <summary>Not complete and unchanged since the previous scan: it will not be finished; set it aside.</summary>
    Broken,
    /// <summary>No longer there (moved or deleted).</summary>
    Gone,
}

/// <summary>
/// Decides when a file in the inbox is complete, for all candidates at once (one settle window for a folder of
/// files, not one per file). A file is ready when its size and modification time have stayed the same for the
/// settle window, nobody holds it open with a lock, and its format says it is whole (<see cref="FileCompleteness"/>).
/// A file whose format says it is cut short is looked at again at the next scan, and set aside as broken if it
/// has not changed by then. Not thread-safe: one loop owns it.
/// </summary>
public sealed class InboxReadiness
{
    private readonly TimeSpan _settle;
    private readonly TimeSpan _rescan;
    private readonly Dictionary<string, Seen> _seen = new(StringComparer.Ordinal);

    public InboxReadiness(TimeSpan settle, TimeSpan rescan)
    {
        _settle = settle;
        _rescan = rescan;
    }

    /// <summary>Why the last <see cref="Readiness.Incomplete"/> or <see cref="Readiness.Broken"/> file is so.</summary>
    public string? Problem(string path) => _seen.TryGetValue(path, out var seen) ? seen.Problem : null;

    public Readiness Check(string path, DateTime now)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            _seen.Remove(path);
            return Readiness.Gone;
        }
        var state = (info.Length, info.LastWriteTimeUtc);
        if (!_seen.TryGetValue(path, out var seen) || seen.State != state)
        {
            _seen[path] = new Seen(state, now);
            return Readiness.Waiting;
        }
        if (seen.Problem is not null)
        {
            if (now < seen.RecheckAt)
            {
                return Readiness.Incomplete;
            }
            return Readiness.Broken;
        }
        if (now - seen.Since < _settle || !FileCompleteness.CanOpenExclusively(path))
        {
            return Readiness.Waiting;
        }
        if (FileCompleteness.Problem(path) is { } problem)
        {
            _seen[path] = seen with { Problem = problem, RecheckAt = now + _rescan };
            return Readiness.Incomplete;
        }
        _seen.Remove(path);
        return Readiness.Ready;
    }

    /// <summary>Forgets a file (taken, or set aside).</summary>
    public void Forget(string path) => _seen.Remove(path);

    private sealed record Seen((long Size, DateTime Modified) State, DateTime Since, string? Problem = null, DateTime RecheckAt = default);
}
