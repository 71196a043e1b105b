using System.Runtime.CompilerServices;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Storage.Neo4j;

/// <summary>
/// A fact that needs a real Neo4j (5.26 or later, Query API enabled): KG_TEST_NEO4J_URI, with
/// KG_TEST_NEO4J_USER and KG_TEST_NEO4J_PASSWORD. Skipped, saying so, when the URI is not set.
/// Live tests WIPE the target database (MATCH (n) DETACH DELETE n) before each test.
/// </summary>
public sealed class Neo4jFactAttribute : FactAttribute
{
    public const string Missing = "KG_TEST_NEO4J_URI is not set (with KG_TEST_NEO4J_USER, KG_TEST_NEO4J_PASSWORD): the live Neo4j tests are skipped. They wipe the target database.";

    public Neo4jFactAttribute([CallerMemberName] string test = "") =>
        SkipReason.Apply(this, test, LiveNeo4j.Options() is null ? Missing : null);
}

/// <summary>The live server the environment names, if any.</summary>
public static class LiveNeo4j
{
    public static Neo4jOptions? Options()
    {
        var uri = Environment.GetEnvironmentVariable("KG_TEST_NEO4J_URI");
        if (string.IsNullOrWhiteSpace(uri))
        {
            return null;
        }
        return new Neo4jOptions
        {
            Uri = uri,
            User = Environment.GetEnvironmentVariable("KG_TEST_NEO4J_USER") ?? "neo4j",
            Password = Environment.GetEnvironmentVariable("KG_TEST_NEO4J_PASSWORD") ?? "",
            Database = Environment.GetEnvironmentVariable("KG_TEST_NEO4J_DATABASE") is { Length: > 0 } database ? database : "neo4j",
            BatchSize = 2,
        };
    }
}
