using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Storage.Neo4j;

namespace KnowledgeGraph.Tests.Storage.Neo4j;

/// <summary>
/// The write statement keeps its first plan (CYPHER replan=skip), which is made on an empty database in a fresh
/// install: that plan must already find every node by a unique key or from a node so found, never by scanning.
/// </summary>
[Collection(LiveNeo4jCollection.Name)]
public sealed class Neo4jWritePlanTests
{
    [Neo4jFact]
    public async Task The_write_statement_planned_on_an_empty_database_scans_nothing()
    {
        var options = LiveNeo4j.Options();
        await LiveNeo4j.WipeAsync(options);
        await using (var store = Neo4jGraphStore.Create(options))
        {
            await store.InitializeAsync();
        }
        var graphs = new[]
        {
            Neo4jArticles.Article("a.txt", Neo4jArticles.PutinInChina),
            Neo4jArticles.Article("b.txt", Neo4jArticles.KimAtKhasan),
        };
        var write = UpsertStatements.Write(graphs, ["a.txt"]);

        var operators = Operators(await ExplainAsync(options, write)).ToList();

        Assert.Contains(operators, name => name.StartsWith("NodeUniqueIndexSeek", StringComparison.Ordinal));
        Assert.DoesNotContain(operators, name => name.Contains("Scan", StringComparison.Ordinal));
    }

    private static async Task<JsonElement> ExplainAsync(Neo4jOptions options, Neo4jStatement statement)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{options.Uri.TrimEnd('/')}/db/{options.Database}/query/v2")
        {
            Content = new ByteArrayContent(QueryApiJson.Request("EXPLAIN " + statement.Text, statement.Parameters)),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 4096 });
        return document.RootElement.GetProperty("queryPlan").Clone();
    }

    private static IEnumerable<string> Operators(JsonElement plan)
    {
        yield return plan.GetProperty("operatorType").GetString()!;
        if (plan.TryGetProperty("children", out var children))
        {
            foreach (var child in children.EnumerateArray().SelectMany(Operators))
            {
                yield return child;
            }
        }
    }
}
