using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

[assembly: InternalsVisibleTo("KnowledgeGraph.Tests")]

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>A Cypher statement with its parameters, and how many list items (rows) those parameters carry.</summary>
internal sealed record Neo4jStatement(string Text, IReadOnlyDictionary<string, object?> Parameters, long Rows);

internal static partial class Cypher
{
    /// <summary>
    /// One line, single-spaced. The Query API page "Query the database" asks for statements that fit on one
    /// line; the statements built here hold no string literals, so folding whitespace changes nothing else.
    /// </summary>
    public static string Compact(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
