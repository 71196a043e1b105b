using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Extraction.Learning;

/// <summary>
/// The columns of feature names by the name string's identity, for one <see cref="FeatureSpace"/>: the extractors
/// pass the same constant name strings for every candidate, and comparing a reference spares hashing and comparing
/// the name's characters in the space's table. Direct-mapped: a name whose slot another holds is looked up in the
/// space and takes the slot. Shared by threads: a slot holds one immutable entry, so a reader sees a name with its
/// own column or misses.
/// </summary>
internal sealed class ColumnCache(FeatureSpace space)
{
    private const int Slots = 2048;

    private readonly Entry?[] _entries = new Entry?[Slots];

    public int ColumnOf(string name)
    {
        var slot = RuntimeHelpers.GetHashCode(name) & (Slots - 1);
        if (_entries[slot] is { } entry && ReferenceEquals(entry.Name, name))
        {
            return entry.Column;
        }
        var column = space.ColumnOf(name);
        _entries[slot] = new Entry(name, column);
        return column;
    }

    private sealed record Entry(string Name, int Column);
}
