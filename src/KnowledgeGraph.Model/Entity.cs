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

    public void AddAlias(string alias)
    {
        if (alias.Length > 0 && !Aliases.Contains(alias, StringComparer.Ordinal))
        {
            Aliases.Add(alias);
        }
    }
}
