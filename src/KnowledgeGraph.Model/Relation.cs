namespace KnowledgeGraph.Model;

/// <summary>One relation per (type, source, target) across the whole graph.</summary>
public sealed class Relation
{
    public Relation(RelationType type, string source, string target)
    {
        var key = RelationKey.Create(type, source, target);
        Type = type;
        Source = key.Source;
        Target = key.Target;
        Id = key.Id;
    }

    public string Id { get; }
    public RelationType Type { get; }
    public string Source { get; }
    public string Target { get; }

    public List<Evidence> Evidence { get; } = [];

    /// <summary>Occurred as soon as any evidence reports it so.</summary>
    public RelationStatus Status =>
        Evidence.Count == 0
            ? RelationStatus.Planned
            : Evidence.Aggregate(RelationStatus.Planned, (status, item) => status.Combine(item.Status));

    /// <summary>The first role any evidence gives (HOLDS_ROLE).</summary>
    public string? Role => Evidence.Select(item => item.Role).FirstOrDefault(role => role is not null);

    /// <summary>The first charge any evidence gives (ACCUSED).</summary>
    public string? Charge => Evidence.Select(item => item.Charge).FirstOrDefault(charge => charge is not null);

    /// <summary>The earliest date any evidence gives.</summary>
    public string? Date => Evidence.Select(item => item.Date).Where(date => date is not null).Order(StringComparer.Ordinal).FirstOrDefault();

    /// <summary>Every outlet or official the evidence cites, distinct, in order of first appearance.</summary>
    public IReadOnlyList<string> AttributedTo =>
        Evidence.Select(item => item.AttributedTo).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
}

/// <summary>The identity of a relation: symmetric types are keyed with their arguments in ordinal order.</summary>
public readonly record struct RelationKey(RelationType Type, string Source, string Target)
{
    public static RelationKey Create(RelationType type, string source, string target) =>
        type.IsSymmetric() && string.CompareOrdinal(source, target) > 0
            ? new RelationKey(type, target, source)
            : new RelationKey(type, source, target);

    public string Id => $"{Source}-{Type.ToWire()}-{Target}";
}
