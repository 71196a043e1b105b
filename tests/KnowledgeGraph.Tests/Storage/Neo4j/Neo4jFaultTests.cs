using KnowledgeGraph.Export.Json;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Tests.Export.Formats;
using KnowledgeGraph.Tests.Support;
using KnowledgeGraph.Worker.Ingestion;
using Microsoft.Extensions.Logging.Abstractions;

namespace KnowledgeGraph.Tests.Storage.Neo4j;

/// <summary>
/// Faults met against the real server (KG_TEST_NEO4J_URI; the database is wiped): a transaction the server forgot, a
/// statement that outlives the request timeout, two writers at once, permanent errors, an entity that changes type, an
/// export larger than one request may carry, a statement the server refuses for one article of a batch.
/// </summary>
[Collection(LiveNeo4jCollection.Name)]
public sealed class Neo4jFaultTests
{
    private static string Json(IEnumerable<DocumentGraph> graphs)
    {
        var builder = new GraphBuilder();
        foreach (var graph in graphs)
        {
            builder.Add(graph);
        }
        return JsonGraphWriter.ToJson(builder.Build());
    }

    private static List<DocumentGraph> Articles(string prefix, int count, string body) =>
        Enumerable.Range(0, count).Select(index => Neo4jArticles.Article($"{prefix}{index:00}.txt", body)).ToList();

    private static async Task<Neo4jOptions> FreshAsync(Action<Neo4jOptions>? configure = null)
    {
        await LiveNeo4j.WipeAsync(LiveNeo4j.Options());
        var options = LiveNeo4j.Options();
        configure?.Invoke(options);
        return options;
    }

    [Neo4jServerFact]
    public async Task A_restart_between_a_batchs_writes_and_its_commit_redoes_the_batch()
    {
        var options = await FreshAsync();
        var articles = Articles("restart-", 3, Neo4jArticles.KimAtKhasan).Concat(Articles("other-", 3, Neo4jArticles.BlinkenInRiyadh)).ToList();
        var hooked = new HookedClient(Neo4jHttpClient.Create(options))
        {
            // The first transaction's commit meets a restarted server: 404, the transaction is not known.
            BeforeCommit = async transaction =>
            {
                if (transaction == 1)
                {
                    await Neo4jServer.RestartAsync();
                }
            },
        };
        await using var store = new Neo4jGraphStore(hooked, options, ownsClient: true);
        await store.InitializeAsync();

        var outcomes = await store.UpsertBatchAsync(articles);

        Assert.All(outcomes, outcome => Assert.Equal(UpsertOutcome.Added, outcome));
        Assert.True(store.Counters.Retries >= 1, "the lost transaction was not redone");
        Assert.Equal(Json(articles), JsonGraphWriter.ToJson(await store.ExportAsync()));
    }

    [Neo4jFact]
    public async Task A_database_error_is_permanent_and_not_retried()
    {
        var options = await FreshAsync();
        await using var store = new Neo4jGraphStore(Neo4jHttpClient.Create(options), options, ownsClient: true);

        // Neo4j answers HTTP 500 Neo.DatabaseError.Statement.ExecutionFailed: the same request fails the same way again.
        var error = await Assert.ThrowsAsync<Neo4jQueryException>(() => store.QueryAsync(
            "CREATE VECTOR INDEX kg_test_invalid IF NOT EXISTS FOR (n:Entity) ON n.kgTestVector OPTIONS {indexConfig: {`vector.dimensions`: 0}}",
            new Dictionary<string, object?>()));

        Assert.StartsWith("Neo.DatabaseError.", error.Code);
        Assert.Equal(0, store.Counters.Retries);
    }

    [Neo4jFact]
    public async Task An_entity_takes_the_label_of_its_type_when_its_type_changes()
    {
        var options = await FreshAsync();
        await using var client = Neo4jHttpClient.Create(options);
        await using var store = new Neo4jGraphStore(client, options);
        await store.InitializeAsync();

        await store.UpsertAsync(Typed("b.txt", EntityType.Person));
        await store.UpsertAsync(Typed("b.txt", EntityType.Organization, "another text"));
        Assert.Equal(["Entity", "Organization"], await LabelsAsync(client));

        // Two documents disagree: the first by name decides, as everywhere else.
        await store.UpsertAsync(Typed("a.txt", EntityType.Country));
        Assert.Equal(["Country", "Entity"], await LabelsAsync(client));
        Assert.Equal(Json([Typed("a.txt", EntityType.Country), Typed("b.txt", EntityType.Organization, "another text")]),
            JsonGraphWriter.ToJson(await store.ExportAsync()));
    }

    private static DocumentGraph Typed(string name, EntityType type, string text = "النص")
    {
        var document = new DocumentInfo(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text))), name, "عنوان", "ar", null, null, null);
        var entity = new Entity("kg_test_entity", type, "Test", "اختبار");
        entity.AddAlias("اختبار");
        entity.Mentions.Add(new Mention(name, 0, 6, "اختبار"));
        return new DocumentGraph(document, [entity], []);
    }

    private static async Task<List<string>> LabelsAsync(Neo4jHttpClient client)
    {
        var result = await client.RunAsync("MATCH (entity:Entity {id: 'kg_test_entity'}) RETURN labels(entity) AS labels");
        return result.Records.Single().Strings("labels").Order(StringComparer.Ordinal).ToList();
    }

    [Neo4jFact]
    public async Task A_write_that_outlives_the_request_timeout_is_abandoned_cleanly_and_split()
    {
        var options = await FreshAsync(options =>
        {
            options.RequestTimeoutSeconds = 2;
            options.BatchSize = 100;
            options.Resilience = new Neo4jResilienceOptions { MaxRetryAttempts = 8, RetryBaseDelayMilliseconds = 200, RetryMaxDelayMilliseconds = 2000 };
        });
        await using var client = Neo4jHttpClient.Create(options);
        await using var store = new Neo4jGraphStore(client, options);
        var seed = Neo4jArticles.Article("seed.txt", Neo4jArticles.PutinInChina);
        // Schema and a first write under the usual timeout: the server plans the statements once, and caches them.
        await using (var patient = new Neo4jGraphStore(Neo4jHttpClient.Create(LiveNeo4j.Options()), LiveNeo4j.Options(), ownsClient: true))
        {
            await patient.InitializeAsync();
            await patient.UpsertAsync(seed);
        }
        var articles = Articles("slow-", 12, Neo4jArticles.PutinInChina);

        // Another transaction holds the lock of an entity every article names, for three request timeouts.
        await using var blockerClient = Neo4jHttpClient.Create(LiveNeo4j.Options());
        var blocker = await blockerClient.BeginTransactionAsync();
        await blocker.RunAsync("MATCH (entity:Entity {id: $id}) SET entity.name = entity.name",
            new Dictionary<string, object?> { ["id"] = seed.Entities.First(entity => entity.Type == EntityType.Person).Id });
        var release = Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(6));
            await blocker.CommitAsync();
        });

        var outcomes = await store.UpsertBatchAsync(articles);
        await release;

        Assert.All(outcomes, outcome => Assert.Equal(UpsertOutcome.Added, outcome));
        Assert.Equal(Json([seed, .. articles]), JsonGraphWriter.ToJson(await store.ExportAsync()));
        Assert.True(store.BatchRowBudget < options.BatchRows, "a timed-out write did not shrink the batches");
        var left = await client.RunAsync("SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW' RETURN count(*) AS open");
        Assert.Equal(0, left.Records.Single().Long("open"));
    }

    [Neo4jFact]
    public async Task Two_writers_of_two_versions_of_one_article_leave_one_version()
    {
        var options = await FreshAsync();
        var first = new HookedClient(Neo4jHttpClient.Create(options));
        await using var writerA = new Neo4jGraphStore(first, options, ownsClient: true);
        await using var writerB = new Neo4jGraphStore(Neo4jHttpClient.Create(options), options, ownsClient: true);
        await writerA.InitializeAsync();
        var versionA = Neo4jArticles.Article("same.txt", Neo4jArticles.PutinInChina);
        var versionB = Neo4jArticles.Article("same.txt", Neo4jArticles.BlinkenInRiyadh);

        // A has read that the article is new; B writes its version now, then A goes on (after B, or after 3 s if B waits for A).
        var checkedA = new TaskCompletionSource();
        var doneB = new TaskCompletionSource();
        first.AfterFirstStatement = async _ =>
        {
            checkedA.TrySetResult();
            await Task.WhenAny(doneB.Task, Task.Delay(TimeSpan.FromSeconds(3)));
        };
        var writeA = writerA.UpsertAsync(versionA);
        await checkedA.Task;
        var writeB = writerB.UpsertAsync(versionB).ContinueWith(task => { doneB.TrySetResult(); return task; }).Unwrap();
        await Task.WhenAll(writeA, writeB);

        var exported = JsonGraphWriter.ToJson(await writerB.ExportAsync());
        Assert.Contains(exported, new[] { Json([versionA]), Json([versionB]) });
    }

    [Neo4jFact]
    public async Task Two_writers_of_one_entity_at_once_make_one_node_and_one_relationship()
    {
        var options = await FreshAsync();
        await using var writerA = new Neo4jGraphStore(Neo4jHttpClient.Create(options), options, ownsClient: true);
        await using var writerB = new Neo4jGraphStore(Neo4jHttpClient.Create(options), options, ownsClient: true);
        await writerA.InitializeAsync();
        var a = Articles("a-", 16, Neo4jArticles.PutinInChina);
        var b = Articles("b-", 16, Neo4jArticles.PutinInChina);

        await Task.WhenAll(writerA.UpsertBatchAsync(a), writerB.UpsertBatchAsync(b));

        await using var client = Neo4jHttpClient.Create(options);
        var duplicates = await client.RunAsync("""
            CALL () { MATCH (entity:Entity) WITH entity.id AS id, count(*) AS nodes WHERE nodes > 1 RETURN count(*) AS entities }
            CALL () { MATCH (source:Entity)-[relation]->(target:Entity) WITH source, target, type(relation) AS type, count(*) AS copies WHERE copies > 1 RETURN count(*) AS relations }
            RETURN entities, relations
            """);
        Assert.Equal(0, duplicates.Records.Single().Long("entities"));
        Assert.Equal(0, duplicates.Records.Single().Long("relations"));
        Assert.Equal(Json([.. a, .. b]), JsonGraphWriter.ToJson(await writerA.ExportAsync()));
    }

    [Neo4jFact]
    public async Task The_export_reads_a_graph_larger_than_one_request_may_carry_page_by_page()
    {
        var options = await FreshAsync(options => options.RequestTimeoutSeconds = 2);
        var patient = LiveNeo4j.Options();
        patient.RequestTimeoutSeconds = 600;
        await using var client = Neo4jHttpClient.Create(patient);
        await client.RunAsync("UNWIND range(0, 1999) AS i CREATE (:Document {name: 'd' + i, id: 'id' + i, title: 't', language: 'ar'})");
        await client.RunAsync("""
            UNWIND range(0, 99999) AS i
            CALL (i) {
              MATCH (document:Document {name: 'd' + (i % 2000)})
              CREATE (document)-[:MENTIONS {count: 1, starts: [0], ends: [1], texts: ['x'], kinds: ['name'], aliases: ['x' + i], name: 'n', nameAr: 'ن', type: 'Person'}]
                     ->(:Entity:Person {id: 'e' + i, type: 'Person', name: 'n', nameAr: 'ن', aliases: ['x' + i]})
            } IN TRANSACTIONS OF 20000 ROWS
            """);
        await using var store = new Neo4jGraphStore(Neo4jHttpClient.Create(options), options, ownsClient: true);

        var snapshot = await store.ExportAsync();

        Assert.Equal(2000, snapshot.Documents.Count);
        Assert.Equal(100_000, snapshot.Entities.Count);
        Assert.All(snapshot.Entities, entity => Assert.Single(entity.Mentions));
    }

    [Neo4jFact]
    public async Task An_article_the_server_refuses_fails_alone_and_the_rest_of_its_file_is_stored()
    {
        var options = await FreshAsync(options => options.BatchSize = 10);
        await using var client = Neo4jHttpClient.Create(options);
        // A constraint of the user's own that one article breaks: the server refuses the batch that carries it.
        await client.RunAsync("CREATE CONSTRAINT kg_test_unique_title IF NOT EXISTS FOR (document:Document) REQUIRE document.title IS UNIQUE");
        try
        {
            await using var store = new Neo4jGraphStore(Neo4jHttpClient.Create(options), options, ownsClient: true);
            await store.InitializeAsync();
            using var folder = new TemporaryFolder();
            var path = folder.File("articles.json");
            var bodies = new[] { Neo4jArticles.PutinInChina, Neo4jArticles.KimAtKhasan, Neo4jArticles.TrainInKhasan, Neo4jArticles.BlinkenInRiyadh };
            var titles = new[] { "one", "two", "one", "three" };
            await File.WriteAllTextAsync(path, System.Text.Json.JsonSerializer.Serialize(bodies.Select((body, index) => new { title = titles[index], content = body })));
            var ingestor = new ArticleIngestor(Extract.Pipeline, store, NullLogger<ArticleIngestor>.Instance);

            var outcome = await ingestor.IngestFileAsync(path);

            Assert.False(outcome.Succeeded);
            // Articles are extracted in parallel: whichever of the two with one title is written second is refused.
            var failed = Assert.Single(outcome.Articles, article => article.Failed);
            Assert.Matches("#[02]$", failed.Name);
            Assert.Contains("ConstraintValidationFailed", failed.Error);
            Assert.Equal(3, (await store.GetStatisticsAsync()).Documents);
        }
        finally
        {
            await client.RunAsync("DROP CONSTRAINT kg_test_unique_title IF EXISTS");
        }
    }
}
