namespace KnowledgeGraph.Extraction.Learning;

/// <summary>
/// The features a model knows, each with its column. Built from the training candidates (a
/// feature seen too rarely is left out); at prediction time unknown names are ignored.
/// </summary>
public sealed class FeatureSpace
{
    private readonly Dictionary<string, int> _columns;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _spans;

    public FeatureSpace(IReadOnlyList<string> names)
    {
        Names = names;
        _columns = new Dictionary<string, int>(names.Count, StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            _columns.Add(names[i], i);
        }
        _spans = _columns.GetAlternateLookup<ReadOnlySpan<char>>();
        ColumnsByName = new IdentityCache<int>(NameSlots, ColumnOf);
        ColumnsBySuffix = new SuffixColumnCache(this);
    }

    private const int NameSlots = 2048;

    /// <summary>The columns of the constant names extractors pass, found by reference (<see cref="FeatureRow"/>).</summary>
    internal IdentityCache<int> ColumnsByName { get; }

    /// <summary>The columns of "prefix + word" names, found by the word (<see cref="FeatureRow"/>).</summary>
    internal SuffixColumnCache ColumnsBySuffix { get; }

    public IReadOnlyList<string> Names { get; }

    public int Count => Names.Count;

    public int ColumnOf(string name) => _columns.TryGetValue(name, out var column) ? column : -1;

    public int ColumnOf(ReadOnlySpan<char> name) => _spans.TryGetValue(name, out var column) ? column : -1;

    /// <summary>
    /// The features that occur in at least <paramref name="minimumGroups"/> groups of bags (the
    /// articles they come from), in a stable order: a word only one article uses teaches nothing general.
    /// </summary>
    public static FeatureSpace Build(IEnumerable<(FeatureBag Bag, int Group)> bags, int minimumGroups)
    {
        var groups = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var (bag, group) in bags)
        {
            foreach (var (name, _) in bag.Items)
            {
                if (!groups.TryGetValue(name, out var set))
                {
                    set = [];
                    groups.Add(name, set);
                }
                set.Add(group);
            }
        }
        return new FeatureSpace(groups.Where(pair => pair.Value.Count >= minimumGroups).Select(pair => pair.Key).Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>Writes a bag into a dense row (cleared first); repeated names add up.</summary>
    public void Fill(FeatureBag bag, float[] row)
    {
        Array.Clear(row);
        foreach (var (name, value) in bag.Items)
        {
            var column = ColumnOf(name);
            if (column >= 0)
            {
                row[column] += value;
            }
        }
    }

    /// <summary>The bag as sorted (column, value) pairs, for a sparse training row.</summary>
    public (int[] Columns, float[] Values) Sparse(FeatureBag bag)
    {
        var values = new SortedDictionary<int, float>();
        foreach (var (name, value) in bag.Items)
        {
            var column = ColumnOf(name);
            if (column >= 0)
            {
                values[column] = values.GetValueOrDefault(column) + value;
            }
        }
        return (values.Keys.ToArray(), values.Values.ToArray());
    }
}
