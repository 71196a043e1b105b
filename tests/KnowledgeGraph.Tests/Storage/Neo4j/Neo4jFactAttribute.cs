using System.Runtime.CompilerServices;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Storage.Neo4j;

/// <summary>
/// A fact that needs a real Neo4j (5.26 or later, Query API enabled): KG_TEST_NEO4J_URI, with
/// KG_TEST_NEO4J_USER and KG_TEST_NEO4J_PASSWORD. Skipped, saying so, when the URI is not set, unless
/// KG_REQUIRE_NEO4J=1 (CI, where ../shared/neo4j is) makes that a failure. Live tests WIPE the target
/// database (MATCH (n) DETACH DELETE n); they run one at a time (<see cref="LiveNeo4jCollection"/>).
/// </summary>
public sealed class Neo4jFactAttribute : FactAttribute
{
    public const string Missing = "KG_TEST_NEO4J_URI is not set (with KG_TEST_NEO4J_USER, KG_TEST_NEO4J_PASSWORD): the live Neo4j tests are skipped. They wipe the target database.";

    public Neo4jFactAttribute([CallerMemberName] string test = "") =>
        SkipReason.Apply(this, test, !LiveNeo4j.Configured && !LiveNeo4j.Required ? Missing : null);
}

/// <summary>
/// A live fact that also stops, kills or restarts the server: it needs KG_TEST_NEO4J_HOME, the folder
/// ../shared/neo4j/start.sh started that server on (CI sets it). Skipped otherwise, unless KG_REQUIRE_NEO4J=1.
/// </summary>
public sealed class Neo4jServerFactAttribute : FactAttribute
{
    public const string Missing = "KG_TEST_NEO4J_HOME is not set (the folder ../shared/neo4j/start.sh started the KG_TEST_NEO4J_URI server on): the tests that restart the server are skipped.";

    public Neo4jServerFactAttribute([CallerMemberName] string test = "") =>
        SkipReason.Apply(this, test, (!LiveNeo4j.Configured || Neo4jServer.Home is null) && !LiveNeo4j.Required
            ? LiveNeo4j.Configured ? Missing : Neo4jFactAttribute.Missing
            : null);
}

/// <summary>Every live test shares the one database: they run one after the other, never beside each other.</summary>
[CollectionDefinition(Name)]
public sealed class LiveNeo4jCollection
{
    public const string Name = "live Neo4j";
}

/// <summary>The live server the environment names, if any.</summary>
public static class LiveNeo4j
{
    public static bool Configured => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("KG_TEST_NEO4J_URI"));

    /// <summary>KG_REQUIRE_NEO4J=1: a live test must run; a missing server is a failure, not a skip.</summary>
    public static bool Required => Environment.GetEnvironmentVariable("KG_REQUIRE_NEO4J") is "1";

    /// <summary>The server's options (batches of 2 articles, so that batching is exercised); fails when none is configured.</summary>
    public static Neo4jOptions Options()
    {
        var uri = Environment.GetEnvironmentVariable("KG_TEST_NEO4J_URI");
        if (string.IsNullOrWhiteSpace(uri))
        {
            throw new InvalidOperationException("KG_REQUIRE_NEO4J=1 but " + Neo4jFactAttribute.Missing);
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

    /// <summary>The environment variables that point `kg` at the live server.</summary>
    public static Dictionary<string, string> KgEnvironment(Neo4jOptions options, int batchSize = 10) => new()
    {
        ["Storage__Provider"] = "neo4j",
        ["Neo4j__Uri"] = options.Uri,
        ["Neo4j__User"] = options.User,
        ["Neo4j__Password"] = options.Password,
        ["Neo4j__Database"] = options.Database,
        ["Neo4j__BatchSize"] = batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Empties the database.</summary>
    public static async Task WipeAsync(Neo4jOptions options)
    {
        // A large graph takes a while to delete, the more so on a busy machine.
        await using var client = Neo4jHttpClient.Create(new Neo4jOptions
        {
            Uri = options.Uri, User = options.User, Password = options.Password, Database = options.Database, RequestTimeoutSeconds = 600,
        });
        await client.RunAsync("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS");
    }
}
