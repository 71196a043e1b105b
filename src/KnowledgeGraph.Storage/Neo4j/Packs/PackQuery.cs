namespace KnowledgeGraph.Storage.Neo4j.Packs;

/// <summary>A parameter a pack query declares: its name, an example value (a Cypher literal) and what it is.</summary>
/// <param name="Example">The value used when none is given: string, long, double, bool or null.</param>
public sealed record PackParameter(string Name, object? Example, string Description)
{
    /// <summary>The example written as a Cypher literal, for `:params` in Neo4j Browser and `--param` in cypher-shell.</summary>
    public string ExampleLiteral => CypherLiterals.Format(Example);
}

/// <summary>One query of a pack (cypher/packs/&lt;pack&gt;.cypher), as its header comment describes it.</summary>
public sealed record PackQuery(string Pack, string Name, string Question, IReadOnlyList<PackParameter> Parameters, string Text)
{
    /// <summary>"visits/timeline": how the query command names it.</summary>
    public string FullName => $"{Pack}/{Name}";

    /// <summary>The line that sets this query's parameters to their examples in Neo4j Browser.</summary>
    public string BrowserParams =>
        Parameters.Count == 0 ? "" : ":params {" + string.Join(", ", Parameters.Select(parameter => $"{parameter.Name}: {parameter.ExampleLiteral}")) + "}";
}

/// <summary>A pack file: its name (the file's), what it is about, and its queries in file order.</summary>
public sealed record QueryPack(string Name, string Description, IReadOnlyList<PackQuery> Queries);
