using System.Text.RegularExpressions;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Export.Formats;

/// <summary>
/// The Neo4j graph model as cypher/README.md states it (its Nodes and Relationships tables), so
/// the Cypher and CSV exports are checked against the document rather than against themselves.
/// </summary>
internal sealed partial class Neo4jModelDocument
{
    private Neo4jModelDocument(
        IReadOnlyDictionary<string, (string Key, IReadOnlySet<string> Properties)> nodes,
        IReadOnlySet<string> entityTypeLabels,
        IReadOnlyDictionary<string, (string From, string To, IReadOnlySet<string> Properties)> relationships)
    {
        Nodes = nodes;
        EntityTypeLabels = entityTypeLabels;
        Relationships = relationships;
    }

    /// <summary>Document, Entity, Evidence: key and properties (the key not among them).</summary>
    public IReadOnlyDictionary<string, (string Key, IReadOnlySet<string> Properties)> Nodes { get; }

    /// <summary>The labels an Entity carries beside Entity: Person, Country, ...</summary>
    public IReadOnlySet<string> EntityTypeLabels { get; }

    /// <summary>Every relationship type with its endpoint labels and properties.</summary>
    public IReadOnlyDictionary<string, (string From, string To, IReadOnlySet<string> Properties)> Relationships { get; }

    public IReadOnlySet<string> Labels => Nodes.Keys.Concat(EntityTypeLabels).ToHashSet(StringComparer.Ordinal);

    private static readonly Lazy<Neo4jModelDocument> Shared = new(() => Parse(File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "cypher", "README.md"))));

    public static Neo4jModelDocument Load() => Shared.Value;

    public static Neo4jModelDocument Parse(string markdown)
    {
        var nodes = new Dictionary<string, (string, IReadOnlySet<string>)>(StringComparer.Ordinal);
        var typeLabels = new HashSet<string>(StringComparer.Ordinal);
        var relationships = new Dictionary<string, (string, string, IReadOnlySet<string>)>(StringComparer.Ordinal);

        var section = "";
        foreach (var line in markdown.Split('\n').Select(line => line.Trim()))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                section = line[3..].Trim();
                continue;
            }
            if (!line.StartsWith("| `", StringComparison.Ordinal))
            {
                continue;
            }
            var cells = line.Trim('|').Split('|').Select(cell => cell.Trim()).ToArray();
            if (section == "Nodes" && cells.Length >= 3)
            {
                var labels = Names(cells[0]);
                nodes[labels[0]] = (Names(cells[1])[0], Names(cells[2]).ToHashSet(StringComparer.Ordinal));
                typeLabels.UnionWith(labels.Skip(1));
            }
            else if (section == "Relationships" && cells.Length >= 3)
            {
                var ends = Names(cells[1]);
                var properties = Names(cells[2]).ToHashSet(StringComparer.Ordinal);
                foreach (var type in Names(cells[0]))
                {
                    relationships[type] = (ends[0], ends[1], properties);
                }
            }
        }
        Assert.True(nodes.Count >= 3 && relationships.Count >= 3, "cypher/README.md: the Nodes and Relationships tables were not found.");
        return new Neo4jModelDocument(nodes, typeLabels, relationships);
    }

    /// <summary>The `code` words of a cell, leaving out what parentheses explain (examples of values, key formats).</summary>
    private static List<string> Names(string cell) =>
        CodeWord().Matches(Parenthesised().Replace(cell, "")).Select(match => match.Groups[1].Value).ToList();

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"`([A-Za-z_][A-Za-z0-9_]*)`")]
    private static partial Regex CodeWord();
}
