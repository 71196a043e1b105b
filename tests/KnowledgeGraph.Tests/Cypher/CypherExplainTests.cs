using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Tests.Export.Formats;
using KnowledgeGraph.Tests.Storage.Neo4j;
using KnowledgeGraph.Tests.Support;
using KnowledgeGraph.Worker.Cli;

namespace KnowledgeGraph.Tests.Cypher;

/// <summary>
/// Every Cypher text the program ships or generates (what `kg dump-cypher` hands to the npm front end) sent to a
/// live Neo4j as EXPLAIN once the schema is applied: the server plans each one, so an unknown function or
/// procedure, a planner error or a deprecated feature, which the front end alone cannot see, fails here.
/// </summary>
[Collection(LiveNeo4jCollection.Name)]
public sealed class CypherExplainTests
{
    // Expected on a database that does not hold every label, type and key yet, and for parameters EXPLAIN is not given.
    private static readonly HashSet<string> Tolerated = new(StringComparer.Ordinal)
    {
        "Neo.ClientNotification.Statement.ParameterNotProvided",
        "Neo.ClientNotification.Statement.UnknownLabelWarning",
        "Neo.ClientNotification.Statement.UnknownRelationshipTypeWarning",
        "Neo.ClientNotification.Statement.UnknownPropertyKeyWarning",
    };

    [Neo4jFact]
    public async Task Neo4j_plans_every_cypher_text_the_program_ships_or_generates()
    {
        var options = LiveNeo4j.Options();
        await LiveNeo4j.WipeAsync(options);
        await using var client = Neo4jHttpClient.Create(options);
        await using (var store = new Neo4jGraphStore(client, options))
        {
            await store.InitializeAsync();
        }

        // The check can fail: the server refuses to plan a call to a function it does not have.
        await Assert.ThrowsAsync<Neo4jQueryException>(() => client.RunAsync("EXPLAIN RETURN kg_no_such_function(1)"));

        var inventory = await CypherInventory.BuildAsync(Path.Combine(SharedData.RepositoryRoot, "samples"), new ExtractionPipeline(LanguageResources.Default));
        var statements = inventory.SelectMany(Statements).ToList();
        Assert.Contains(statements, statement => statement.Origin.StartsWith("pack query", StringComparison.Ordinal));
        Assert.Contains(statements, statement => statement.Origin.StartsWith("Neo4j store statement", StringComparison.Ordinal));
        Assert.Contains(statements, statement => statement.Origin.StartsWith("Cypher export", StringComparison.Ordinal));

        var problems = new List<string>();
        foreach (var (origin, text) in statements)
        {
            try
            {
                var plan = await client.RunAsync("EXPLAIN " + text);
                problems.AddRange((plan.Notifications ?? [])
                    .Where(notification => !Tolerated.Contains(notification.Code))
                    .Select(notification => $"{origin}: {notification.Code} {notification.Description}"));
            }
            catch (Neo4jException exception)
            {
                problems.Add($"{origin}: {exception.Message}");
            }
        }
        Assert.True(problems.Count == 0, $"{problems.Count} of {statements.Count} statements:\n" + string.Join("\n", problems));
    }

    /// <summary>A script (the Cypher export) is sent statement by statement, as cypher-shell sends it.</summary>
    private static IEnumerable<(string Origin, string Text)> Statements(InventoryText text) =>
        text.Origin.StartsWith("Cypher export", StringComparison.Ordinal)
            ? CypherScript.Parse(text.Text).Select((statement, index) => ($"{text.Origin} statement {index + 1}", statement.Text))
            : [(text.Origin, text.Text)];
}
