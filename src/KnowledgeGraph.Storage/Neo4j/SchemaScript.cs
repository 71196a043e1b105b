namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>cypher/schema.cypher, embedded in this assembly as "KnowledgeGraph.Cypher/schema.cypher".</summary>
internal static class SchemaScript
{
    public const string ResourceName = "KnowledgeGraph.Cypher/schema.cypher";

    /// <summary>The script's statements: whole-line // comments dropped, split on ';', one line each.</summary>
    public static IReadOnlyList<string> Statements()
    {
        using var stream = typeof(SchemaScript).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing: cypher/schema.cypher was not there at build time.");
        using var reader = new StreamReader(stream);
        return Split(reader.ReadToEnd());
    }

    public static IReadOnlyList<string> Split(string script)
    {
        var code = string.Join('\n', script.Split('\n').Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal)));
        return code.Split(';').Select(Cypher.Compact).Where(statement => statement.Length > 0).ToList();
    }
}
