using KnowledgeGraph.Export.Json;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Neo4j;

namespace KnowledgeGraph.Tests.Storage.Neo4j;

/// <summary>
/// Against a real Neo4j named by KG_TEST_NEO4J_URI (see <see cref="Neo4jFactAttribute"/>). Each test starts
/// from an empty database: it WIPES the target database (MATCH (n) DETACH DELETE n).
/// </summary>
[Collection(LiveNeo4jCollection.Name)]
public sealed class Neo4jLiveTests
{
    private static async Task<(Neo4jGraphStore Store, Neo4jHttpClient Client)> FreshAsync()
    {
        var options = LiveNeo4j.Options();
        var client = Neo4jHttpClient.Create(options);
        await client.RunAsync("MATCH (n) DETACH DELETE n");
        var store = new Neo4jGraphStore(client, options, ownsClient: true);
        await store.InitializeAsync();
        return (store, client);
    }

    private static string Json(params DocumentGraph[] graphs)
    {
        var builder = new GraphBuilder();
        foreach (var graph in graphs)
        {
            builder.Add(graph);
        }
        return JsonGraphWriter.ToJson(builder.Build());
    }

    [Neo4jFact]
    public async Task Schema_setup_is_idempotent()
    {
        var (store, client) = await FreshAsync();
        await using var _ = store;

        await store.InitializeAsync();
        await store.InitializeAsync();

        var constraints = (await client.RunAsync("SHOW CONSTRAINTS YIELD name RETURN name")).Records.Select(record => record.String("name")).ToList();
        var indexes = (await client.RunAsync("SHOW INDEXES YIELD name RETURN name")).Records.Select(record => record.String("name")).ToList();
        Assert.Subset(constraints.ToHashSet(), new HashSet<string?> { "entity_id", "document_name", "evidence_key" });
        Assert.Subset(indexes.ToHashSet(), new HashSet<string?> { "entity_name_ar", "entity_type", "evidence_relation", "evidence_document" });
    }

    [Neo4jFact]
    public async Task The_same_article_twice_changes_nothing()
    {
        var (store, _) = await FreshAsync();
        await using var __ = store;
        var article = Neo4jArticles.Article("a.txt", Neo4jArticles.PutinInChina, new DateOnly(2024, 5, 16));

        Assert.Equal(UpsertOutcome.Added, await store.UpsertAsync(article));
        var before = JsonGraphWriter.ToJson(await store.ExportAsync());
        Assert.Equal(UpsertOutcome.Unchanged, await store.UpsertAsync(Neo4jArticles.Article("a.txt", Neo4jArticles.PutinInChina, new DateOnly(2024, 5, 16))));
        var after = JsonGraphWriter.ToJson(await store.ExportAsync());

        Assert.Equal(before, after);
        Assert.Equal(Json(article), after);
        Assert.True(await store.ContainsAsync("a.txt", article.Document.Id));
        Assert.False(await store.ContainsAsync("a.txt", "another text"));
    }

    [Neo4jFact]
    public async Task An_edited_article_replaces_only_its_own_contribution()
    {
        var (store, client) = await FreshAsync();
        await using var __ = store;
        var kim = Neo4jArticles.Article("b.txt", Neo4jArticles.KimAtKhasan);
        var train = Neo4jArticles.Article("a.txt", Neo4jArticles.TrainInKhasan);
        await store.UpsertBatchAsync([kim, train]);
        Assert.Equal("خسان", (await store.ExportAsync()).Entities.Single(entity => entity.Id == "location_khsn").NameAr);

        var edited = Neo4jArticles.Article("a.txt", Neo4jArticles.PutinInChina);
        Assert.Equal(UpsertOutcome.Replaced, await store.UpsertAsync(edited));

        var snapshot = await store.ExportAsync();
        Assert.Equal(Json(kim, edited), JsonGraphWriter.ToJson(snapshot));
        // a.txt no longer mentions خسان: the entity keeps b.txt's name, and a.txt's entities nobody else names are gone.
        Assert.Equal("خاسان", snapshot.Entities.Single(entity => entity.Id == "location_khsn").NameAr);
        Assert.DoesNotContain(snapshot.Entities, entity => entity.Id is "interfax" or "vladivostok");
        var stored = await client.RunAsync("MATCH (entity:Entity {id: $id}) RETURN entity.nameAr AS nameAr, entity.aliases AS aliases",
            new Dictionary<string, object?> { ["id"] = "location_khsn" });
        Assert.Equal("خاسان", stored.Records.Single().String("nameAr"));
        Assert.DoesNotContain("خسان", stored.Records.Single().Strings("aliases"));
        var statistics = await store.GetStatisticsAsync();
        Assert.Equal(2, statistics.Documents);
        Assert.Equal(snapshot.Entities.Count, statistics.Entities);
        Assert.Equal(snapshot.Relations.Count, statistics.Relations);
    }

    [Neo4jFact]
    public async Task Two_spellings_are_one_node()
    {
        var (store, client) = await FreshAsync();
        await using var __ = store;

        await store.UpsertAsync(Neo4jArticles.Article("b.txt", Neo4jArticles.KimAtKhasan));
        await store.UpsertAsync(Neo4jArticles.Article("a.txt", Neo4jArticles.TrainInKhasan));
        await store.UpsertAsync(Neo4jArticles.Article("c.txt", Neo4jArticles.KimInKhasan));

        var nodes = await client.RunAsync(
            "MATCH (entity:Entity:Location {id: $id}) RETURN entity.nameAr AS nameAr, entity.aliases AS aliases, COUNT { (:Document)-[:MENTIONS]->(entity) } AS documents",
            new Dictionary<string, object?> { ["id"] = "location_khsn" });
        var node = Assert.Single(nodes.Records);
        Assert.Equal("خسان", node.String("nameAr"));
        // Every spelling, as a sorted set (the JSON export keeps the documents' order).
        Assert.Equal(new[] { "خسان", "محطة خسان", "خاسان", "محطة خاسان", "مدينة خسان" }.Order(StringComparer.Ordinal), node.Strings("aliases"));
        Assert.Equal(3, node.Int("documents"));

        var visits = await client.RunAsync(
            "MATCH (:Entity {id: $source})-[relation:VISITED]->(:Entity {id: $target}) RETURN relation.documents AS documents, relation.evidenceCount AS evidence, relation.status AS status",
            new Dictionary<string, object?> { ["source"] = "kim_jong_un", ["target"] = "location_khsn" });
        var visit = Assert.Single(visits.Records);
        Assert.Equal(["b.txt", "c.txt"], visit.Strings("documents"));
        Assert.Equal(2, visit.Int("evidence"));
        Assert.Equal("occurred", visit.String("status"));
    }

    [Neo4jFact]
    public async Task An_entity_takes_its_links_from_its_first_document_whichever_batch_brings_it()
    {
        var (store, client) = await FreshAsync();
        await using var __ = store;
        const string place = "location_khsn";
        var linked = new EntityLinks { NameSource = NameSource.KnowledgeBase, GeoNames = "1", Point = new GeoPoint(42.5, 130.75), Country = "RU" };
        var later = WithLinks(Neo4jArticles.Article("b.txt", Neo4jArticles.KimAtKhasan), place, linked);
        var earlier = WithLinks(Neo4jArticles.Article("a.txt", Neo4jArticles.TrainInKhasan), place,
            new EntityLinks { NameSource = NameSource.Transliteration, Country = "KP" });
        async Task<Neo4jRecord> Node() => Assert.Single((await client.RunAsync(
            "MATCH (entity:Entity {id: $id}) RETURN entity.geonames AS geonames, entity.country AS country, entity.nameSource AS nameSource, " +
            "entity.location.latitude AS latitude, entity.location.longitude AS longitude, entity.location.crs AS crs",
            new Dictionary<string, object?> { ["id"] = place })).Records);

        await store.UpsertAsync(later);
        var first = await Node();
        Assert.Equal(("1", "RU", "knowledge-base", "wgs-84"), (first.String("geonames"), first.String("country"), first.String("nameSource"), first.String("crs")));
        Assert.Equal((42.5, 130.75), (first.Double("latitude"), first.Double("longitude")));

        // A document before it by name, in a later batch, gives the place other links: the node takes them, point and all.
        await store.UpsertAsync(earlier);
        var second = await Node();
        Assert.Equal((null, "KP", "transliteration", null), (second.String("geonames"), second.String("country"), second.String("nameSource"), second.Double("latitude")));
        Assert.Equal(Json(later, earlier), JsonGraphWriter.ToJson(await store.ExportAsync()));

        // That document no longer names the place: the next one's links are back.
        var edited = Neo4jArticles.Article("a.txt", Neo4jArticles.BlinkenInRiyadh);
        await store.UpsertAsync(edited);
        var third = await Node();
        Assert.Equal(("1", 42.5), (third.String("geonames"), third.Double("latitude")));
        Assert.Equal(Json(later, edited), JsonGraphWriter.ToJson(await store.ExportAsync()));
    }

    private static DocumentGraph WithLinks(DocumentGraph graph, string id, EntityLinks links)
    {
        graph.Entities.Single(entity => entity.Id == id).Links = links;
        return graph;
    }

    [Neo4jFact]
    public async Task The_export_equals_what_GraphBuilder_builds_from_the_same_articles()
    {
        var (store, _) = await FreshAsync();
        await using var __ = store;
        var articles = new[]
        {
            Neo4jArticles.Article("d.txt", Neo4jArticles.PutinInChina, new DateOnly(2024, 5, 16)),
            Neo4jArticles.Article("b.txt", Neo4jArticles.KimAtKhasan, new DateOnly(2023, 9, 12)),
            Neo4jArticles.Article("a.txt", Neo4jArticles.TrainInKhasan),
            Neo4jArticles.Article("e.txt", Neo4jArticles.BlinkenInRiyadh),
            Neo4jArticles.Article("a.txt", Neo4jArticles.KimInKhasan),
        };

        var outcomes = await store.UpsertBatchAsync(articles);

        Assert.Equal([UpsertOutcome.Added, UpsertOutcome.Added, UpsertOutcome.Added, UpsertOutcome.Added, UpsertOutcome.Replaced], outcomes);
        Assert.Equal(Json(articles), JsonGraphWriter.ToJson(await store.ExportAsync()));
    }
}
