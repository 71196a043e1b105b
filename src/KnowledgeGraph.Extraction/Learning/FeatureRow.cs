namespace KnowledgeGraph.Extraction.Learning;

/// <summary>
/// A candidate's features written straight into the columns one classifier reads: names the
/// classifier does not know are looked up and dropped without being built as strings. One row is
/// reused for every candidate (<see cref="Clear"/>).
/// </summary>
public sealed class FeatureRow : IFeatureSink
{
    private readonly IdentityCache<int> _names;
    private readonly SuffixColumnCache _suffixes;
    private readonly float[] _values;
    private readonly List<int> _touched = [];

    public FeatureRow(FeatureSpace space)
    {
        _names = space.ColumnsByName;
        _suffixes = space.ColumnsBySuffix;
        _values = new float[Math.Max(1, space.Count)];
    }

    public ReadOnlySpan<float> Values => _values;

    public void Clear()
    {
        foreach (var column in _touched)
        {
            _values[column] = 0;
        }
        _touched.Clear();
    }

    public void Add(string name) => Set(_names.Get(name), 1f);

    public void Add(string name, float value)
    {
        if (value != 0f)
        {
            Set(_names.Get(name), value);
        }
    }

    public void Add(string name, bool value)
    {
        if (value)
        {
            Set(_names.Get(name), 1f);
        }
    }

    public void Add(string prefix, ReadOnlySpan<char> suffix) => Set(_suffixes.For(prefix).ColumnOf(suffix), 1f);

    private void Set(int column, float value)
    {
        if (column < 0)
        {
            return;
        }
        if (_values[column] == 0f)
        {
            _touched.Add(column);
        }
        _values[column] += value;
    }
}
