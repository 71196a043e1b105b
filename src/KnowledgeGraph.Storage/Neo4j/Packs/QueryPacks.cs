using System.Reflection;

namespace KnowledgeGraph.Storage.Neo4j.Packs;

/// <summary>
/// The query packs: those built in (cypher/packs/*.cypher, embedded in this assembly) and, when a folder
/// is given, the *.cypher files in it, which replace built-in packs of the same name.
/// </summary>
public sealed class QueryPacks
{
    private const string ResourcePrefix = "KnowledgeGraph.Cypher/packs/";

    private QueryPacks(IReadOnlyList<QueryPack> packs) => Packs = packs;

    public IReadOnlyList<QueryPack> Packs { get; }

    public IEnumerable<PackQuery> Queries => Packs.SelectMany(pack => pack.Queries);

    public static QueryPacks Load(string? folder = null)
    {
        var packs = new SortedDictionary<string, QueryPack>(StringComparer.Ordinal);
        var assembly = typeof(QueryPacks).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var name = Path.GetFileNameWithoutExtension(resource[ResourcePrefix.Length..]);
            packs[name] = QueryPackParser.Parse(name, Read(assembly, resource));
        }
        if (folder is not null)
        {
            if (!Directory.Exists(folder))
            {
                throw new DirectoryNotFoundException($"The packs folder '{folder}' does not exist.");
            }
            foreach (var file in Directory.EnumerateFiles(folder, "*.cypher").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileNameWithoutExtension(file);
                packs[name] = QueryPackParser.Parse(name, File.ReadAllText(file));
            }
        }
        return new QueryPacks(packs.Values.ToList());
    }

    /// <summary>A query by "pack/name".</summary>
    public PackQuery Find(string fullName)
    {
        var query = Queries.FirstOrDefault(candidate => string.Equals(candidate.FullName, fullName.Trim(), StringComparison.OrdinalIgnoreCase));
        if (query is not null)
        {
            return query;
        }
        var pack = fullName.Split('/')[0];
        var suggestions = Queries.Where(candidate => candidate.Pack.Equals(pack, StringComparison.OrdinalIgnoreCase)).Select(candidate => candidate.FullName).ToList();
        throw new ArgumentException(suggestions.Count > 0
            ? $"No query '{fullName}'. The {pack} pack has: {string.Join(", ", suggestions)}."
            : $"No query '{fullName}'. Packs: {string.Join(", ", Packs.Select(candidate => candidate.Name))} (`query --list` shows every query).");
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
