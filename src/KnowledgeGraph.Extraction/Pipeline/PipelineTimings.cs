using System.Collections.Concurrent;
using System.Diagnostics;

namespace KnowledgeGraph.Extraction.Pipeline;

/// <summary>Time spent in each pipeline step, summed over documents and threads.</summary>
public sealed class PipelineTimings
{
    private readonly ConcurrentDictionary<string, long> _ticks = new(StringComparer.Ordinal);

    public void Add(string step, long startedTimestamp) =>
        _ticks.AddOrUpdate(step, Stopwatch.GetTimestamp() - startedTimestamp, (_, total) => total + Stopwatch.GetTimestamp() - startedTimestamp);

    /// <summary>Seconds per step, in pipeline order of first use.</summary>
    public IReadOnlyList<(string Step, double Seconds)> Totals =>
        _ticks.Select(pair => (pair.Key, pair.Value / (double)Stopwatch.Frequency)).OrderByDescending(pair => pair.Item2).ToList();
}
