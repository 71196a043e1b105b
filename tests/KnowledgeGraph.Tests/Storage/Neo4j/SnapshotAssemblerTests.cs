using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Export.Json;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage.Neo4j;

namespace KnowledgeGraph.Tests.Storage.Neo4j;

/// <summary>
/// The export is rebuilt from rows in the stored shape (cypher/README.md), in whatever order Neo4j returns
/// them, into exactly what <see cref="GraphBuilder"/> builds from the same articles.
/// </summary>
public sealed class SnapshotAssemblerTests
{
    [Fact]
    public void Rows_in_the_stored_shape_give_back_what_GraphBuilder_builds()
    {
        var graphs = new[]
        {
            Neo4jArticles.Article("b.txt", Neo4jArticles.KimAtKhasan, new DateOnly(2023, 9, 12)),
            Neo4jArticles.Article("a.txt", Neo4jArticles.TrainInKhasan),
            Neo4jArticles.Article("c.txt", Neo4jArticles.KimInKhasan),
            Neo4jArticles.Article("d.txt", Neo4jArticles.PutinInChina),
        };
        var builder = new GraphBuilder();
        foreach (var graph in graphs)
        {
            builder.Add(graph);
        }

        var snapshot = Assemble(graphs);

        Assert.Equal(JsonGraphWriter.ToJson(builder.Build()), JsonGraphWriter.ToJson(snapshot));
        var khasan = snapshot.Entities.Single(entity => entity.Id == "location_khsn");
        Assert.Equal("خسان", khasan.NameAr);
        Assert.Equal(["a.txt", "b.txt", "c.txt"], khasan.Mentions.Select(mention => mention.Document).Distinct());
        Assert.Equal(NameSource.Gazetteer, snapshot.Entities.Single(entity => entity.Id == "vladimir_putin").Links.NameSource);
    }

    /// <summary>The rows the read statements return for these articles, in a scrambled order.</summary>
    private static GraphSnapshot Assemble(IReadOnlyList<DocumentGraph> graphs)
    {
        var documents = graphs.Select(graph => new object?[]
        {
            graph.Document.Name, graph.Document.Id, graph.Document.Title, graph.Document.Language,
            graph.Document.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), graph.Document.Source, graph.Document.Url,
        });
        var entities = graphs.SelectMany(graph => graph.Entities.Select(entity => new object?[]
        {
            entity.Id, entity.Type.ToWire(), "node name", "node nameAr", new[] { "node alias" }, graph.Document.Name, entity.Name, entity.NameAr,
            entity.Aliases, entity.Type.ToWire(), entity.Mentions.Select(mention => mention.Start), entity.Mentions.Select(mention => mention.End),
            entity.Mentions.Select(mention => mention.Text), entity.Mentions.Select(mention => MentionKinds.ToWire(mention.Kind)),
            entity.Links.NameSource?.ToWire(), entity.Links.Wikidata, entity.Links.GeoNames, entity.Links.Point?.Latitude,
            entity.Links.Point?.Longitude, entity.Links.Country,
            "knowledge-base", "Q1", "1", 1.5, 2.5, "ZZ",
        }));
        var relations = graphs.SelectMany(graph => graph.Relations).DistinctBy(relation => relation.Id)
            .Select(relation => new object?[] { relation.Id, relation.Type.ToWire(), relation.Source, relation.Target });
        var evidence = graphs.SelectMany(graph => graph.Relations.Select(relation => (relation, item: relation.Evidence[0])))
            .Select(pair => new object?[]
            {
                pair.relation.Id, pair.item.Document, pair.item.Start, pair.item.End, pair.item.Text, pair.item.Status.ToWire(),
                pair.item.Date, pair.item.AttributedTo, pair.item.Role, pair.item.Charge,
            });

        return SnapshotAssembler.Assemble(
            Result(["name", "id", "title", "language", "date", "source", "url"], documents),
            Result(["id", "type", "entityName", "entityNameAr", "entityAliases", "document", "name", "nameAr", "aliases", "mentionType", "starts", "ends", "texts", "kinds",
                    "nameSource", "wikidata", "geonames", "latitude", "longitude", "country",
                    "entityNameSource", "entityWikidata", "entityGeonames", "entityLatitude", "entityLongitude", "entityCountry"], entities),
            Result(["id", "type", "source", "target"], relations),
            Result(["relation", "document", "start", "end", "text", "status", "date", "attributedTo", "role", "charge"], evidence));
    }

    private static Neo4jResult Result(string[] fields, IEnumerable<object?[]> rows)
    {
        // Reversed: the assembler must not rely on the order rows come in.
        var values = rows.Reverse().Select(row => (IReadOnlyList<JsonElement>)row.Select(value => JsonSerializer.SerializeToElement(value)).ToList()).ToList();
        return new Neo4jResult(fields, values, []);
    }
}
