namespace KnowledgeGraph.Model;

/// <summary>
/// Whether an article reports a relation as having happened (or happening) or only as
/// expected, planned, proposed or possible.
/// </summary>
public enum RelationStatus
{
    Occurred,
    Planned,
}

public static class RelationStatuses
{
    public static string ToWire(this RelationStatus status) =>
        status == RelationStatus.Occurred ? "occurred" : "planned";

    public static RelationStatus Parse(string text) => text switch
    {
        "occurred" => RelationStatus.Occurred,
        "planned" => RelationStatus.Planned,
        _ => throw new FormatException($"Unknown relation status '{text}'."),
    };

    /// <summary>Occurred wins: a relation reported as having happened anywhere has happened.</summary>
    public static RelationStatus Combine(this RelationStatus a, RelationStatus b) =>
        a == RelationStatus.Occurred || b == RelationStatus.Occurred ? RelationStatus.Occurred : RelationStatus.Planned;
}
