namespace KnowledgeGraph.Extraction.Learning;

/// <summary>Enum values as strings, made once (feature names are built from them for every candidate).</summary>
public static class Names<T> where T : struct, Enum
{
    private static readonly Dictionary<T, string> Cache = Enum.GetValues<T>().ToDictionary(value => value, value => value.ToString());

    public static string Of(T value) => Cache.TryGetValue(value, out var name) ? name : value.ToString();
}
