using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Extraction.Learning;

/// <summary>
/// Values looked up by a string key's identity: the extractors pass the same constant strings (feature names, feature
/// prefixes) for every candidate, and comparing a reference spares hashing and comparing the key's characters.
/// Direct-mapped: a key whose slot another holds is looked up again and takes the slot. Shared by threads: a slot
/// holds one immutable entry, so a reader sees a key with its own value or misses.
/// </summary>
internal sealed class IdentityCache<T>(int slots, Func<string, T> lookup)
{
    private readonly Entry?[] _entries = new Entry?[slots];

    /// <param name="key">Any string; one the cache has not seen by reference is passed to the lookup.</param>
    public T Get(string key)
    {
        var slot = RuntimeHelpers.GetHashCode(key) & (_entries.Length - 1);
        if (_entries[slot] is { } entry && ReferenceEquals(entry.Key, key))
        {
            return entry.Value;
        }
        var value = lookup(key);
        _entries[slot] = new Entry(key, value);
        return value;
    }

    private sealed record Entry(string Key, T Value);
}
