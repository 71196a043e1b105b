using System.Text;
using System.Text.Json;
using KnowledgeGraph.Storage.Neo4j;

namespace KnowledgeGraph.Tests.Storage.Neo4j;

/// <summary>Request shapes and answers of the Query API (https://neo4j.com/docs/query-api/current/).</summary>
public sealed class Neo4jHttpClientTests
{
    [Fact]
    public async Task An_implicit_query_posts_statement_and_parameters_with_basic_authentication()
    {
        await using var server = FakeQueryApi.Start();
        await using var client = Neo4jTestSetup.Client(server);

        await client.RunAsync("MERGE (n:Person {name: $name, age: $age}) RETURN n AS alice",
            new Dictionary<string, object?> { ["name"] = "أليس", ["age"] = 42, ["tags"] = new[] { "a", "b" }, ["none"] = null });

        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/db/neo4j/query/v2", request.Path);
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Neo4jTestSetup.User}:{Neo4jTestSetup.Password}"));
        Assert.Equal(expected, request.Header("Authorization"));
        Assert.StartsWith("application/json", request.Header("Content-Type"));
        Assert.Equal("application/json", request.Header("Accept"));
        Assert.Null(request.Header(Neo4jHttpClient.ClusterAffinityHeader));

        var properties = request.Json.EnumerateObject().Select(property => property.Name).ToList();
        Assert.Equal(["statement", "parameters"], properties);
        Assert.Equal("MERGE (n:Person {name: $name, age: $age}) RETURN n AS alice", request.Statement);
        var parameters = request.Parameters!.Value;
        Assert.Equal("أليس", parameters.GetProperty("name").GetString());
        Assert.Equal(42, parameters.GetProperty("age").GetInt32());
        Assert.Equal(["a", "b"], parameters.GetProperty("tags").EnumerateArray().Select(item => item.GetString()));
        Assert.Equal(JsonValueKind.Null, parameters.GetProperty("none").ValueKind);
    }

    [Fact]
    public async Task Fields_and_values_are_read_row_by_row_in_field_order()
    {
        await using var server = FakeQueryApi.Start(_ => FakeResponse.Data(
            ["name", "age", "aliases", "person"],
            ["Alice", 42, new[] { "A", "Ali" }, new { elementId = "4:x:0", labels = new[] { "Person" }, properties = new { name = "Alice" } }],
            ["Bob", null, Array.Empty<string>(), null]));
        await using var client = Neo4jTestSetup.Client(server);

        var result = await client.RunAsync("MATCH (n) RETURN n");

        Assert.Equal(["name", "age", "aliases", "person"], result.Fields);
        Assert.Equal(2, result.Rows.Count);
        Assert.Equal(["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ"], result.Bookmarks);
        var records = result.Records.ToList();
        Assert.Equal("Alice", records[0].String("name"));
        Assert.Equal(42, records[0].Int("age"));
        Assert.Equal(["A", "Ali"], records[0].Strings("aliases"));
        Assert.Equal("Person", records[0]["person"].GetProperty("labels")[0].GetString());
        Assert.Null(records[1].String("age"));
        Assert.Empty(records[1].Strings("aliases"));
        Assert.Equal(JsonValueKind.Null, records[1]["person"].ValueKind);
    }

    [Fact]
    public async Task A_transaction_opens_with_its_first_statement_and_replays_the_affinity_header_up_to_commit()
    {
        await using var server = FakeQueryApi.Start();
        await using var client = Neo4jTestSetup.Client(server);

        await using (var transaction = await client.BeginTransactionAsync())
        {
            Assert.Empty(server.Requests);
            var first = await transaction.RunAsync("RETURN 1 AS n");
            var second = await transaction.RunAsync("RETURN $x AS n", new Dictionary<string, object?> { ["x"] = 2 });
            await transaction.CommitAsync();
            Assert.Equal(1, first.Records.Single().Int("n"));
            Assert.Equal(2, second.Records.Single().Int("n"));
        }

        var requests = server.Requests.ToList();
        Assert.Equal(
            ["POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/tx1", "POST /db/neo4j/query/v2/tx/tx1/commit"],
            requests.Select(request => $"{request.Method} {request.Path}"));
        Assert.Null(requests[0].Header(Neo4jHttpClient.ClusterAffinityHeader));
        Assert.All(requests.Skip(1), request => Assert.Equal(FakeResponse.Affinity, request.Header(Neo4jHttpClient.ClusterAffinityHeader)));
        Assert.All(requests, request => Assert.StartsWith("Basic ", request.Header("Authorization")));
        Assert.Equal("RETURN 1 AS n", requests[0].Statement);
        Assert.Equal("RETURN $x AS n", requests[1].Statement);
        Assert.Equal(2, requests[1].Parameters!.Value.GetProperty("x").GetInt32());
        Assert.Equal("{}", requests[2].Body);
        Assert.Equal(1, client.Counters.Transactions);
        Assert.Equal(3, client.Counters.Requests);
        Assert.Equal(2, client.Counters.Statements);
    }

    [Fact]
    public async Task A_rollback_is_a_DELETE_of_the_transaction_with_the_affinity_header()
    {
        await using var server = FakeQueryApi.Start();
        await using var client = Neo4jTestSetup.Client(server);

        await using (var transaction = await client.BeginTransactionAsync())
        {
            await transaction.RunAsync("CREATE (n) RETURN n");
            await transaction.RollbackAsync();
        }

        var requests = server.Requests.ToList();
        Assert.Equal(["POST /db/neo4j/query/v2/tx", "DELETE /db/neo4j/query/v2/tx/tx1"], requests.Select(request => $"{request.Method} {request.Path}"));
        Assert.Equal(FakeResponse.Affinity, requests[1].Header(Neo4jHttpClient.ClusterAffinityHeader));
    }

    [Fact]
    public async Task Disposing_an_uncommitted_transaction_rolls_it_back()
    {
        await using var server = FakeQueryApi.Start();
        await using var client = Neo4jTestSetup.Client(server);

        await using (var transaction = await client.BeginTransactionAsync())
        {
            await transaction.RunAsync("CREATE (n) RETURN n");
        }

        Assert.Equal("DELETE /db/neo4j/query/v2/tx/tx1", server.Requests.Select(request => $"{request.Method} {request.Path}").Last());
    }

    [Fact]
    public async Task A_transaction_that_sent_nothing_costs_no_request()
    {
        await using var server = FakeQueryApi.Start();
        await using var client = Neo4jTestSetup.Client(server);

        await using (var transaction = await client.BeginTransactionAsync())
        {
            await transaction.CommitAsync();
        }
        await using (var transaction = await client.BeginTransactionAsync())
        {
            await transaction.RollbackAsync();
        }

        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task An_error_the_server_reports_closes_the_transaction_so_nothing_is_rolled_back()
    {
        await using var server = FakeQueryApi.Start(request => request.Path.EndsWith("/tx1", StringComparison.Ordinal)
            ? FakeResponse.Error(400, "Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETRN'")
            : FakeQueryApi.Emulate(request));
        await using var client = Neo4jTestSetup.Client(server);

        await using (var transaction = await client.BeginTransactionAsync())
        {
            await transaction.RunAsync("RETURN 1 AS n");
            await Assert.ThrowsAsync<Neo4jQueryException>(() => transaction.RunAsync("RETRN 1"));
            await Assert.ThrowsAsync<InvalidOperationException>(() => transaction.CommitAsync());
        }

        Assert.DoesNotContain(server.Requests, request => request.Method == "DELETE");
    }

    [Fact]
    public async Task The_database_name_is_part_of_the_path()
    {
        await using var server = FakeQueryApi.Start(_ => FakeResponse.Data(["n"], [1]));
        var options = Neo4jTestSetup.Options(server.Uri);
        options.Database = "news";
        await using var client = Neo4jHttpClient.Create(options);

        await client.RunAsync("RETURN 1 AS n");

        Assert.Equal("/db/news/query/v2", Assert.Single(server.Requests).Path);
        Assert.Equal($"{server.Uri.ToString().TrimEnd('/')} db news", client.Description);
    }
}
