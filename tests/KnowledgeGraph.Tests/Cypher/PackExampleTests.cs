using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Neo4j.Packs;
using KnowledgeGraph.Tests.Storage.Neo4j;
using KnowledgeGraph.Worker.Cli;

namespace KnowledgeGraph.Tests.Cypher;

/// <summary>
/// The README shows, for each pack, a question and the table `kg query` prints for it on the sample
/// articles. Offline, the tables must equal an independent computation from the samples' graph; against a
/// live Neo4j loaded with the samples, they must equal what Neo4j answers. KG_UPDATE_README=1 rewrites the
/// tables from the independent computation (then read the diff).
/// </summary>
[Collection(LiveNeo4jCollection.Name)]
public sealed class PackExampleTests
{
    [Fact]
    public void Every_pack_has_an_example_in_the_readme()
    {
        var examples = PackExamples.FromReadme(File.ReadAllText(PackExamples.ReadmePath));
        var packs = QueryPacks.Load().Packs.Select(pack => pack.Name).ToHashSet();
        foreach (var pack in packs)
        {
            Assert.Contains(examples, example => example.Query.StartsWith(pack + "/", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_readme_tables_are_the_answers_on_the_sample_articles()
    {
        var readme = File.ReadAllText(PackExamples.ReadmePath).ReplaceLineEndings("\n");
        var graph = PackExamples.Samples();
        var examples = PackExamples.FromReadme(readme);
        Assert.NotEmpty(examples);

        if (Environment.GetEnvironmentVariable("KG_UPDATE_README") is "1")
        {
            foreach (var example in examples.OrderByDescending(example => example.OutputStart))
            {
                readme = readme[..example.OutputStart] + PackExamples.Expected(example, graph) + readme[(example.OutputStart + example.OutputLength)..];
            }
            File.WriteAllText(PackExamples.ReadmePath, readme);
            return;
        }
        foreach (var example in examples)
        {
            Assert.True(PackExamples.Expected(example, graph) == example.Output,
                $"README's table for {example.Query} is not the answer on the samples; expected:\n{PackExamples.Expected(example, graph)}");
        }
    }

    [Neo4jFact]
    public async Task Neo4j_answers_the_readme_examples_as_the_readme_shows()
    {
        var examples = PackExamples.FromReadme(File.ReadAllText(PackExamples.ReadmePath).ReplaceLineEndings("\n"));
        await using var store = await LoadedStoreAsync();

        foreach (var example in examples)
        {
            var query = QueryPacks.Load().Find(example.Query);
            var result = await store.QueryAsync(query.Text, QueryCommand.Bind(query, example.Parameters));
            Assert.Equal(example.Output, PackExamples.Table(result));
        }
    }

    [Neo4jFact]
    public async Task Every_pack_query_runs_on_neo4j_with_its_example_parameters()
    {
        await using var store = await LoadedStoreAsync();
        foreach (var query in QueryPacks.Load().Queries)
        {
            var result = await store.QueryAsync(query.Text, QueryCommand.Bind(query, []));
            Assert.NotNull(result.Fields);
        }
    }

    [Neo4jFact]
    public async Task The_map_query_answers_what_the_geojson_export_draws()
    {
        await using var store = await LoadedStoreAsync();
        var query = QueryPacks.Load().Find("visits/places-on-map");
        var result = await store.QueryAsync(query.Text, QueryCommand.Bind(query, []));

        using var stream = new MemoryStream();
        await new KnowledgeGraph.Export.GeoJson.GeoJsonExporter().WriteAsync(PackExamples.Samples(), stream);
        var features = System.Text.Json.JsonDocument.Parse(stream.ToArray()).RootElement.GetProperty("features").EnumerateArray().ToList();
        var rows = result.Records.ToList();
        Assert.Equal(features.Select(feature => feature.GetProperty("id").GetString()).Order(), rows.Select(row => row.RequiredString("id")).Order());
        foreach (var row in rows)
        {
            var feature = features.Single(feature => feature.GetProperty("id").GetString() == row.RequiredString("id"));
            var coordinates = feature.GetProperty("geometry").GetProperty("coordinates");
            Assert.Equal(coordinates[0].GetDouble(), row.Double("longitude")!.Value, 6);
            Assert.Equal(coordinates[1].GetDouble(), row.Double("latitude")!.Value, 6);
            Assert.Equal(feature.GetProperty("properties").GetProperty("visitCount").GetInt32(), row.Int("visitCount"));
            Assert.Equal(feature.GetProperty("properties").GetProperty("visits").EnumerateArray().Select(visit => visit.GetProperty("visitor").GetString()),
                row["visits"].EnumerateArray().Select(visit => visit.GetProperty("visitor").GetString()));
        }
        // Spatial queries work on the stored points: Vladivostok is within 100 km of itself, Moscow is not.
        var near = await store.QueryAsync(
            "MATCH (p:Entity {id: 'vladivostok'}) MATCH (q:Entity) WHERE point.distance(q.location, p.location) < 100000 RETURN q.id AS id", new Dictionary<string, object?>());
        Assert.Contains("vladivostok", near.Records.Select(record => record.RequiredString("id")));
        Assert.DoesNotContain("russia", near.Records.Select(record => record.RequiredString("id")));
    }

    private static async Task<Neo4jGraphStore> LoadedStoreAsync()
    {
        var options = LiveNeo4j.Options();
        var client = Neo4jHttpClient.Create(options);
        await client.RunAsync("MATCH (n) DETACH DELETE n");
        var store = new Neo4jGraphStore(client, options, ownsClient: true);
        await store.InitializeAsync();
        await store.UpsertBatchAsync(PackExamples.SampleGraphs());
        return store;
    }
}
