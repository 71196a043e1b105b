namespace KnowledgeGraph.Model;

/// <summary>The closed set of relation types (shared/gold/GUIDELINES.md).</summary>
public enum RelationType
{
    Visited,
    Met,
    Accompanied,
    Accused,
    Denied,
    Warned,
    HoldsRole,
}

public static class RelationTypes
{
    public static IReadOnlyList<RelationType> All { get; } = Enum.GetValues<RelationType>();

    private static readonly Dictionary<RelationType, string> Wire = new()
    {
        [RelationType.Visited] = "VISITED",
        [RelationType.Met] = "MET",
        [RelationType.Accompanied] = "ACCOMPANIED",
        [RelationType.Accused] = "ACCUSED",
        [RelationType.Denied] = "DENIED",
        [RelationType.Warned] = "WARNED",
        [RelationType.HoldsRole] = "HOLDS_ROLE",
    };

    private static readonly Dictionary<string, RelationType> FromWire =
        Wire.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    /// <summary>The name used on the wire, in exports and as a graph relationship type.</summary>
    public static string ToWire(this RelationType type) => Wire[type];

    /// <summary>MET is stored once per pair, whatever the order of its arguments.</summary>
    public static bool IsSymmetric(this RelationType type) => type == RelationType.Met;

    public static bool TryParse(string? text, out RelationType type)
    {
        if (text is not null && FromWire.TryGetValue(text, out type))
        {
            return true;
        }
        type = default;
        return false;
    }

    public static RelationType Parse(string text) =>
        TryParse(text, out var type) ? type : throw new FormatException($"Unknown relation type '{text}'.");
}
