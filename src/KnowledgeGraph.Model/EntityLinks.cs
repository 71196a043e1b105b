namespace KnowledgeGraph.Model;

/// <summary>Where an entity's English display name comes from (shared/spec/export-format.md, <c>nameSource</c>).</summary>
public enum NameSource
{
    /// <summary>No English name was found: the name is the Arabic one.</summary>
    Arabic,
    /// <summary>The project's hand-made gazetteers and cue glosses.</summary>
    Gazetteer,
    /// <summary>Open data: GeoNames, Unicode CLDR.</summary>
    KnowledgeBase,
    /// <summary>A transliteration of the Arabic name.</summary>
    Transliteration,
}

public static class NameSources
{
    public static string ToWire(this NameSource source) => source switch
    {
        NameSource.Gazetteer => "gazetteer",
        NameSource.KnowledgeBase => "knowledge-base",
        NameSource.Transliteration => "transliteration",
        _ => "arabic",
    };

    public static NameSource? Parse(string? text) => text switch
    {
        null or "" => null,
        "gazetteer" => NameSource.Gazetteer,
        "knowledge-base" => NameSource.KnowledgeBase,
        "transliteration" => NameSource.Transliteration,
        "arabic" => NameSource.Arabic,
        _ => throw new FormatException($"Unknown name source '{text}'."),
    };
}

/// <summary>A point on the earth: WGS-84 latitude and longitude in decimal degrees.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    public static bool IsValid(double latitude, double longitude) =>
        latitude is >= -90 and <= 90 && longitude is >= -180 and <= 180;
}

/// <summary>
/// What ties an entity to the world outside the graph, and where its English name came from: the optional
/// per-entity fields of shared/spec/export-format.md. Adding them never changes the entity's id.
/// </summary>
public sealed record EntityLinks
{
    public static EntityLinks None { get; } = new();

    public NameSource? NameSource { get; init; }

    /// <summary>A Wikidata item id ("Q7747").</summary>
    public string? Wikidata { get; init; }

    /// <summary>A GeoNames feature id ("524901").</summary>
    public string? GeoNames { get; init; }

    /// <summary>Where a place is (a country's point is its capital's).</summary>
    public GeoPoint? Point { get; init; }

    /// <summary>ISO 3166 alpha-2 code of the country a place, office or person belongs to.</summary>
    public string? Country { get; init; }
}
