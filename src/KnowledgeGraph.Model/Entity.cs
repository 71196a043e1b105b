namespace KnowledgeGraph.Model;

/// <summary>A real-world entity: one node whatever the spelling.</summary>
public sealed class Entity
{
    public Entity(string id, EntityType type, string name, string nameAr)
    {
        Id = id;
        Type = type;
        Name = name;
        NameAr = nameAr;
    }

    /// <summary>Stable across runs, machines and stores.</summary>
    public string Id { get; }

    public EntityType Type { get; }

    /// <summary>Canonical display name, English where known.</summary>
    public string Name { get; set; }

    /// <summary>Canonical Arabic name.</summary>
    public string NameAr { get; set; }

    /// <summary>Where the English name came from, and the entity's ids and point in open data.</summary>
    public EntityLinks Links { get; set; } = EntityLinks.None;

    /// <summary>Every distinct surface form seen (ordinal set, insertion order kept).</summary>
    public List<string> Aliases { get; } = [];

    public List<Mention> Mentions { get; } = [];

    /// <summary>
    /// On a merged entity: what each document that names it makes of it (type, names, aliases, links), in document
    /// order. The merged names, type, aliases and links follow from these; a store or an export that keeps them per document can
    /// be merged again after more documents come (the neo4j-csv and Cypher exports write them on MENTIONS).
    /// </summary>
    public List<EntityContribution> Contributions { get; } = [];

    public void AddAlias(string alias)
    {
        if (alias.Length > 0 && !Aliases.Contains(alias, StringComparer.Ordinal))
        {
            Aliases.Add(alias);
        }
    }
}

/// <summary>What one document makes of an entity: its type, names, aliases and links there.</summary>
public sealed record EntityContribution(
    string Document, EntityType Type, string Name, string NameAr, IReadOnlyList<string> Aliases, EntityLinks Links);
