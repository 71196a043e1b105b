using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Neo4j;

namespace KnowledgeGraph.Tests.Storage.Neo4j;

/// <summary>
/// The store's conversation with the Query API, against the fake server: how many requests an article
/// costs, which outcome each answer means, and that a failed unit of work is re-run whole.
/// </summary>
public sealed class Neo4jGraphStoreTests
{
    /// <summary>Answers the "which articles are stored" statement with <paramref name="storedId"/> for every name.</summary>
    private static Func<RecordedRequest, FakeResponse> Emulating(string? storedId, Func<RecordedRequest, FakeResponse?>? before = null) => request =>
    {
        if (before?.Invoke(request) is { } scripted)
        {
            return scripted;
        }
        if (request.Statement is { } statement && statement.StartsWith("UNWIND $names", StringComparison.Ordinal))
        {
            var rows = request.Parameters!.Value.GetProperty("names").EnumerateArray()
                .Select(name => new object?[] { name.GetString(), storedId }).ToArray();
            return FakeResponse.Transaction("tx1", ["name", "id"], rows);
        }
        if (request.Statement is { } write && write.StartsWith(UpsertStatements.ReplanSkip, StringComparison.Ordinal))
        {
            return FakeResponse.Transaction("tx1", ["staleRelations", "staleEntities"], [0, 0]);
        }
        return FakeQueryApi.Emulate(request);
    };

    private static string Route(RecordedRequest request) => $"{request.Method} {request.Path}";

    [Fact]
    public async Task A_new_article_costs_three_requests_in_one_transaction()
    {
        await using var server = FakeQueryApi.Start(Emulating(null));
        await using var store = Neo4jGraphStore.Create(Neo4jTestSetup.Options(server.Uri));
        var graph = Neo4jArticles.Article("a.txt", Neo4jArticles.PutinInChina);

        var outcome = await store.UpsertAsync(graph);

        Assert.Equal(UpsertOutcome.Added, outcome);
        Assert.Equal(
            ["POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/tx1", "POST /db/neo4j/query/v2/tx/tx1/commit"],
            server.Requests.Select(Route));
        var write = server.Requests.ElementAt(1);
        Assert.Equal(FakeResponse.Affinity, write.Header(Neo4jHttpClient.ClusterAffinityHeader));
        Assert.Empty(write.Parameters!.Value.GetProperty("batch").GetProperty("replaced").EnumerateArray());
        Assert.Equal("a.txt", write.Parameters!.Value.GetProperty("batch").GetProperty("documents")[0].GetProperty("name").GetString());
        Assert.Equal(3, store.Counters.Requests);
        Assert.Equal(1, store.Counters.Articles);
        Assert.Equal(3, store.Counters.RequestsPerArticle);
        Assert.True(store.Counters.Rows > graph.Entities.Count + graph.Relations.Count);
        Assert.StartsWith("Neo4j http://127.0.0.1:", store.Description);
    }

    [Fact]
    public async Task The_same_article_again_is_unchanged_and_its_transaction_rolled_back()
    {
        var graph = Neo4jArticles.Article("a.txt", Neo4jArticles.PutinInChina);
        await using var server = FakeQueryApi.Start(Emulating(graph.Document.Id));
        await using var store = Neo4jGraphStore.Create(Neo4jTestSetup.Options(server.Uri));

        var outcome = await store.UpsertAsync(graph);

        Assert.Equal(UpsertOutcome.Unchanged, outcome);
        Assert.Equal(["POST /db/neo4j/query/v2/tx", "DELETE /db/neo4j/query/v2/tx/tx1"], server.Requests.Select(Route));
    }

    [Fact]
    public async Task An_edited_article_is_replaced_its_old_contribution_removed_in_the_same_statement()
    {
        await using var server = FakeQueryApi.Start(Emulating("an-older-text-hash"));
        await using var store = Neo4jGraphStore.Create(Neo4jTestSetup.Options(server.Uri));

        var outcome = await store.UpsertAsync(Neo4jArticles.Article("a.txt", Neo4jArticles.PutinInChina));

        Assert.Equal(UpsertOutcome.Replaced, outcome);
        var write = server.Requests.ElementAt(1);
        Assert.Equal(["a.txt"], write.Parameters!.Value.GetProperty("batch").GetProperty("replaced").EnumerateArray().Select(name => name.GetString()));
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task A_batch_is_one_transaction_per_BatchSize_articles_and_a_repeated_name_starts_a_new_one()
    {
        await using var server = FakeQueryApi.Start(Emulating(null));
        await using var store = Neo4jGraphStore.Create(Neo4jTestSetup.Options(server.Uri, batchSize: 2));
        var graphs = new[]
        {
            Neo4jArticles.Article("a.txt", Neo4jArticles.PutinInChina),
            Neo4jArticles.Article("b.txt", Neo4jArticles.KimAtKhasan),
            Neo4jArticles.Article("c.txt", Neo4jArticles.TrainInKhasan),
            Neo4jArticles.Article("c.txt", Neo4jArticles.KimInKhasan),
        };

        var outcomes = await store.UpsertBatchAsync(graphs);

        Assert.Equal(4, outcomes.Count);
        var checks = server.Requests.Where(request => request.Statement?.StartsWith("UNWIND $names", StringComparison.Ordinal) == true)
            .Select(request => request.Parameters!.Value.GetProperty("names").EnumerateArray().Select(name => name.GetString()).ToList())
            .ToList();
        Assert.Equal([["a.txt", "b.txt"], ["c.txt"], ["c.txt"]], checks);
        Assert.Equal(9, server.Requests.Count);
        Assert.Equal(3, server.Requests.Count(request => request.Path.EndsWith("/commit", StringComparison.Ordinal)));
    }

    [Fact]
    public void Batches_keep_order_and_never_hold_a_name_twice()
    {
        var graphs = new[] { "a", "b", "a", "c", "d", "e" }.Select(name => Neo4jArticles.Article(name, Neo4jArticles.KimInKhasan)).ToList();

        var budget = new Neo4jBatchBudget(new Neo4jOptions { BatchSize = 3 });
        var chunks = new List<List<int>>();
        for (var start = 0; start < graphs.Count; start += chunks[^1].Count)
        {
            chunks.Add(budget.Next(graphs, start));
        }

        Assert.Equal([[0, 1], [2, 3, 4], [5]], chunks);
    }

    [Fact]
    public async Task A_transient_failure_re_runs_the_whole_unit_of_work()
    {
        var failed = 0;
        await using var server = FakeQueryApi.Start(Emulating(null, request =>
            request.Statement?.StartsWith(UpsertStatements.ReplanSkip, StringComparison.Ordinal) == true && Interlocked.Exchange(ref failed, 1) == 0
                ? FakeResponse.Error(202, "Neo.TransientError.Transaction.DeadlockDetected", "deadlock")
                : null));
        await using var store = Neo4jGraphStore.Create(Neo4jTestSetup.Options(server.Uri));

        var outcome = await store.UpsertAsync(Neo4jArticles.Article("a.txt", Neo4jArticles.PutinInChina));

        Assert.Equal(UpsertOutcome.Added, outcome);
        Assert.Equal(
            [
                "POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/tx1",
                "POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/tx1", "POST /db/neo4j/query/v2/tx/tx1/commit",
            ],
            server.Requests.Select(Route));
        Assert.Equal(1, store.Counters.Retries);
    }

    [Fact]
    public async Task A_permanent_failure_is_not_retried_and_the_transaction_is_not_committed()
    {
        await using var server = FakeQueryApi.Start(Emulating(null, request =>
            request.Statement?.StartsWith(UpsertStatements.ReplanSkip, StringComparison.Ordinal) == true
                ? FakeResponse.Error(400, "Neo.ClientError.Schema.ConstraintValidationFailed", "already exists")
                : null));
        await using var store = Neo4jGraphStore.Create(Neo4jTestSetup.Options(server.Uri));

        var failure = await Assert.ThrowsAsync<Neo4jQueryException>(() => store.UpsertAsync(Neo4jArticles.Article("a.txt", Neo4jArticles.PutinInChina)));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", failure.Code);
        Assert.Equal(2, server.Requests.Count);
        Assert.DoesNotContain(server.Requests, request => request.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Initialize_applies_each_schema_statement_in_its_own_implicit_transaction()
    {
        await using var server = FakeQueryApi.Start(_ => FakeResponse.Data([]));
        await using var store = Neo4jGraphStore.Create(Neo4jTestSetup.Options(server.Uri));

        await store.InitializeAsync();

        Assert.Equal(8, server.Requests.Count);
        Assert.All(server.Requests, request => Assert.Equal("POST /db/neo4j/query/v2", Route(request)));
        Assert.All(server.Requests, request => Assert.Contains("IF NOT EXISTS", request.Statement));
    }

    [Fact]
    public async Task Contains_compares_the_stored_text_hash()
    {
        await using var server = FakeQueryApi.Start(_ => FakeResponse.Data(["id"], ["hash-1"]));
        await using var store = Neo4jGraphStore.Create(Neo4jTestSetup.Options(server.Uri));

        Assert.True(await store.ContainsAsync("a.txt", "hash-1"));
        Assert.False(await store.ContainsAsync("a.txt", "hash-2"));
        Assert.Equal("a.txt", server.Requests.First().Parameters!.Value.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Statistics_are_read_from_one_statement()
    {
        await using var server = FakeQueryApi.Start(_ => FakeResponse.Data(
            ["documents", "mentions", "evidence", "entitiesByType", "relationsByType"],
            [2, 9, 4, new[] { new { type = "Person", count = 3 }, new { type = "Location", count = 2 } }, new[] { new { type = "MET", count = 1 }, new { type = "VISITED", count = 3 } }]));
        await using var store = Neo4jGraphStore.Create(Neo4jTestSetup.Options(server.Uri));

        var statistics = await store.GetStatisticsAsync();

        Assert.Equal(2, statistics.Documents);
        Assert.Equal(5, statistics.Entities);
        Assert.Equal(4, statistics.Relations);
        Assert.Equal(9, statistics.Mentions);
        Assert.Equal(4, statistics.Evidence);
        Assert.Equal(3, statistics.EntitiesByType[KnowledgeGraph.Model.EntityType.Person]);
        Assert.Equal(0, statistics.EntitiesByType[KnowledgeGraph.Model.EntityType.Event]);
        Assert.Equal(3, statistics.RelationsByType[KnowledgeGraph.Model.RelationType.Visited]);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Export_reads_in_one_transaction()
    {
        await using var server = FakeQueryApi.Start(request => request.Method == "POST" && !request.Path.EndsWith("/commit", StringComparison.Ordinal)
            ? FakeResponse.Transaction("tx1", [])
            : FakeQueryApi.Emulate(request));
        await using var store = Neo4jGraphStore.Create(Neo4jTestSetup.Options(server.Uri));

        var snapshot = await store.ExportAsync();

        Assert.Empty(snapshot.Documents);
        Assert.Equal(
            ["POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/tx1", "POST /db/neo4j/query/v2/tx/tx1", "POST /db/neo4j/query/v2/tx/tx1", "POST /db/neo4j/query/v2/tx/tx1/commit"],
            server.Requests.Select(Route));
    }
}
