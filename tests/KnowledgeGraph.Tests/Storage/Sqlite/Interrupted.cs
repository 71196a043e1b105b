using System.Collections;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Storage.Sqlite;

/// <summary>
/// A list that hands out its first items and then does something at one index (throws, as a crash would, or
/// cancels a token): the store is then in the middle of writing the article.
/// </summary>
internal sealed class Interrupted<T>(IReadOnlyList<T> items, int at, Action interrupt) : IReadOnlyList<T>
{
    public int Count => items.Count;

    public T this[int index]
    {
        get
        {
            if (index == at)
            {
                interrupt();
            }
            return items[index];
        }
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < items.Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

internal sealed class SimulatedCrashException() : Exception("simulated crash while writing an article");

internal static class Interruptions
{
    /// <summary>The article, failing at its second relation: its document row, entities and mentions are written by then.</summary>
    public static DocumentGraph CrashingAtSecondRelation(this DocumentGraph graph) =>
        graph.InterruptedAtSecondRelation(() => throw new SimulatedCrashException());

    public static DocumentGraph InterruptedAtSecondRelation(this DocumentGraph graph, Action interrupt)
    {
        if (graph.Relations.Count < 2)
        {
            throw new ArgumentException($"{graph.Document.Name} has fewer than two relations: the interruption would not come mid-write.", nameof(graph));
        }
        return new DocumentGraph(graph.Document, graph.Entities, new Interrupted<Relation>(graph.Relations, 1, interrupt));
    }
}
