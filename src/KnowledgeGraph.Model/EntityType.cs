namespace KnowledgeGraph.Model;

/// <summary>The closed set of entity types (shared/gold/GUIDELINES.md).</summary>
public enum EntityType
{
    Person,
    Country,
    Location,
    Organization,
    Event,
}

public static class EntityTypes
{
    public static IReadOnlyList<EntityType> All { get; } = Enum.GetValues<EntityType>();

    /// <summary>The name used on the wire, in exports and as a graph label.</summary>
    public static string ToWire(this EntityType type) => type.ToString();

    public static bool TryParse(string? text, out EntityType type) =>
        Enum.TryParse(text, ignoreCase: false, out type) && Enum.IsDefined(type);

    public static EntityType Parse(string text) =>
        TryParse(text, out var type) ? type : throw new FormatException($"Unknown entity type '{text}'.");
}
