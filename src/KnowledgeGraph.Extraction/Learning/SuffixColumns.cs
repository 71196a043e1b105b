using System.Collections.Concurrent;

namespace KnowledgeGraph.Extraction.Learning;

/// <summary>
/// The columns of the names of one <see cref="FeatureSpace"/> that start with one prefix ("prev:"), by the rest of the
/// name: a "prefix + word" feature is looked up by its word alone, and most words, which the model never reads, are
/// turned away by a small bit filter of (length, first and last letter) without hashing or building the name.
/// </summary>
internal sealed class SuffixColumns
{
    private const int FilterBits = 256;

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _columns;
    private readonly ulong[] _filter = new ulong[FilterBits / 64];

    public SuffixColumns(IReadOnlyList<string> names, string prefix)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i].StartsWith(prefix, StringComparison.Ordinal))
            {
                var suffix = names[i][prefix.Length..];
                columns.TryAdd(suffix, i);
                var bit = FilterBit(suffix);
                _filter[bit >> 6] |= 1UL << bit;
            }
        }
        _columns = columns.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int ColumnOf(ReadOnlySpan<char> suffix)
    {
        var bit = FilterBit(suffix);
        if ((_filter[bit >> 6] & (1UL << bit)) == 0)
        {
            return -1;
        }
        return _columns.TryGetValue(suffix, out var column) ? column : -1;
    }

    private static int FilterBit(ReadOnlySpan<char> suffix) =>
        suffix.IsEmpty ? 0 : (suffix.Length * 37 + suffix[0] * 7 + suffix[^1]) & (FilterBits - 1);
}

/// <summary>
/// The <see cref="SuffixColumns"/> of each prefix, found by the prefix string's identity (the extractors pass constant
/// prefixes), else by its text, so that the table of a prefix is built once. Shared by threads.
/// </summary>
internal sealed class SuffixColumnCache
{
    private const int Slots = 256;

    private readonly ConcurrentDictionary<string, SuffixColumns> _byText = new(StringComparer.Ordinal);
    private readonly IdentityCache<SuffixColumns> _byIdentity;

    public SuffixColumnCache(FeatureSpace space) =>
        _byIdentity = new IdentityCache<SuffixColumns>(Slots, prefix => _byText.GetOrAdd(prefix, static (text, names) => new SuffixColumns(names, text), space.Names));

    public SuffixColumns For(string prefix) => _byIdentity.Get(prefix);
}
