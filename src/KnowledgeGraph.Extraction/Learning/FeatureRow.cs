namespace KnowledgeGraph.Extraction.Learning;

/// <summary>
/// A candidate's features written straight into the columns one classifier reads: names the
/// classifier does not know are looked up and dropped without being built as strings. One row is
/// reused for every candidate (<see cref="Clear"/>).
/// </summary>
public sealed class FeatureRow : IFeatureSink
{
    private const int MaxNameLength = 256;

    private readonly FeatureSpace _space;
    private readonly ColumnCache _names;
    private readonly float[] _values;
    private readonly List<int> _touched = [];

    public FeatureRow(FeatureSpace space)
    {
        _space = space;
        _names = space.ColumnsByName;
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

    public void Add(string name) => Set(_names.ColumnOf(name), 1f);

    public void Add(string name, float value)
    {
        if (value != 0f)
        {
            Set(_names.ColumnOf(name), value);
        }
    }

    public void Add(string name, bool value)
    {
        if (value)
        {
            Set(_names.ColumnOf(name), 1f);
        }
    }

    public void Add(string prefix, ReadOnlySpan<char> suffix)
    {
        var length = prefix.Length + suffix.Length;
        if (length > MaxNameLength)
        {
            Add(string.Concat(prefix, suffix));
            return;
        }
        Span<char> name = stackalloc char[length];
        prefix.CopyTo(name);
        suffix.CopyTo(name[prefix.Length..]);
        Set(_space.ColumnOf(name), 1f);
    }

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
