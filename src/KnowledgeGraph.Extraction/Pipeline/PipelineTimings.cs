using System.Collections.Concurrent;
using System.Diagnostics;

namespace KnowledgeGraph.Extraction.Pipeline;

/// <summary>Time spent in each pipeline step, summed over documents and threads.</summary>
public sealed class PipelineTimings
{
    // One counter per step name, added to without locks or allocation: it runs around every step of every article.
    private readonly ConcurrentDictionary<string, StrongBox<long>> _ticks = new(StringComparer.Ordinal);

    public void Add(string step, long startedTimestamp)
    {
        var elapsed = Stopwatch.GetTimestamp() - startedTimestamp;
        if (!_ticks.TryGetValue(step, out var counter))
        {
            counter = _ticks.GetOrAdd(step, _ => new StrongBox<long>());
        }
        Interlocked.Add(ref counter.Value, elapsed);
    }

    /// <summary>Seconds per step, the longest first.</summary>
    public IReadOnlyList<(string Step, double Seconds)> Totals =>
        _ticks.Select(pair => (pair.Key, Interlocked.Read(ref pair.Value.Value) / (double)Stopwatch.Frequency)).OrderByDescending(pair => pair.Item2).ToList();

    private sealed class StrongBox<T>
    {
        public T Value = default!;
    }
}
