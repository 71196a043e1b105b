namespace KnowledgeGraph.Extraction.Learning;

/// <summary>
/// The features of one candidate, by name: indicators ("trigger:visit") and numbers ("distance").
/// Names keep models readable and let a model trained elsewhere ignore what it never saw.
/// </summary>
public sealed class FeatureBag : IFeatureSink
{
    private readonly List<KeyValuePair<string, float>> _items = [];

    public IReadOnlyList<KeyValuePair<string, float>> Items => _items;

    /// <summary>An indicator feature (value 1).</summary>
    public void Add(string name) => _items.Add(new(name, 1f));

    public void Add(string name, float value)
    {
        if (value != 0f)
        {
            _items.Add(new(name, value));
        }
    }

    public void Add(string name, bool value)
    {
        if (value)
        {
            _items.Add(new(name, 1f));
        }
    }

    public void Add(string prefix, ReadOnlySpan<char> suffix) => _items.Add(new(string.Concat(prefix, suffix), 1f));

    public override string ToString() => string.Join(' ', _items.Select(item => item.Value == 1f ? item.Key : $"{item.Key}={item.Value}"));
}
