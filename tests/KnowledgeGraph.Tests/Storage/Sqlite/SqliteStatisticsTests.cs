using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Storage.Sqlite;

public sealed class SqliteStatisticsTests
{
    [Fact]
    public async Task Statistics_count_the_merged_graph()
    {
        await using var folder = new StoreFolder();
        var store = await folder.OpenAsync();

        await store.UpsertAsync(Document("a.txt",
            [Entity("x", EntityType.Person, "a.txt", 2), Entity("y", EntityType.Location, "a.txt", 1)],
            [Relation(RelationType.Visited, "x", "y", "a.txt", 1), Relation(RelationType.Met, "y", "x", "a.txt", 2)]));
        await store.UpsertAsync(Document("b.txt",
            [Entity("x", EntityType.Person, "b.txt", 1), Entity("y", EntityType.Location, "b.txt", 1), Entity("z", EntityType.Country, "b.txt", 3)],
            [Relation(RelationType.Visited, "x", "y", "b.txt", 1), Relation(RelationType.HoldsRole, "x", "z", "b.txt", 1), Relation(RelationType.Met, "x", "y", "b.txt", 1)]));
        var statistics = await store.GetStatisticsAsync();

        Assert.Equal(2, statistics.Documents);
        Assert.Equal(3, statistics.Entities);
        Assert.Equal(3, statistics.Relations);
        Assert.Equal(2 + 1 + 1 + 1 + 3, statistics.Mentions);
        Assert.Equal(1 + 2 + 1 + 1 + 1, statistics.Evidence);
        Assert.Equal(new Dictionary<EntityType, int> { [EntityType.Person] = 1, [EntityType.Location] = 1, [EntityType.Country] = 1 }, statistics.EntitiesByType);
        Assert.Equal(new Dictionary<RelationType, int> { [RelationType.Visited] = 1, [RelationType.Met] = 1, [RelationType.HoldsRole] = 1 }, statistics.RelationsByType);
    }

    [Fact]
    public async Task Statistics_follow_a_replaced_article()
    {
        await using var folder = new StoreFolder();
        var store = await folder.OpenAsync();
        await store.UpsertAsync(Document("a.txt", [Entity("x", EntityType.Person, "a.txt", 2)], [Relation(RelationType.Visited, "x", "y", "a.txt", 1)]));

        await store.UpsertAsync(Document("a.txt", [Entity("w", EntityType.Event, "a.txt", 1)], [], id: "v2"));
        var statistics = await store.GetStatisticsAsync();

        Assert.Equal((1, 1, 0, 1, 0), (statistics.Documents, statistics.Entities, statistics.Relations, statistics.Mentions, statistics.Evidence));
        Assert.Equal(new Dictionary<EntityType, int> { [EntityType.Event] = 1 }, statistics.EntitiesByType);
        Assert.Empty(statistics.RelationsByType);
    }

    [Fact]
    public async Task Statistics_agree_with_the_export()
    {
        await using var folder = new StoreFolder();
        var store = await folder.OpenAsync();
        await store.UpsertAllAsync(Articles.Corpus());

        var statistics = await store.GetStatisticsAsync();
        var graph = await store.ExportAsync();

        Assert.Equal(graph.Documents.Count, statistics.Documents);
        Assert.Equal(graph.Entities.Count, statistics.Entities);
        Assert.Equal(graph.Relations.Count, statistics.Relations);
        Assert.Equal(graph.Entities.Sum(entity => entity.Mentions.Count), statistics.Mentions);
        Assert.Equal(graph.Relations.Sum(relation => relation.Evidence.Count), statistics.Evidence);
        Assert.Equal(graph.Entities.GroupBy(entity => entity.Type).ToDictionary(group => group.Key, group => group.Count()), statistics.EntitiesByType);
        Assert.Equal(graph.Relations.GroupBy(relation => relation.Type).ToDictionary(group => group.Key, group => group.Count()), statistics.RelationsByType);
    }

    private static DocumentGraph Document(string name, IReadOnlyList<Entity> entities, IReadOnlyList<Relation> relations, string id = "v1") =>
        new(new DocumentInfo(id + name, name, "خبر", "ar"), entities, relations);

    private static Entity Entity(string id, EntityType type, string document, int mentions)
    {
        var entity = new Entity(id, type, id, id);
        for (var i = 0; i < mentions; i++)
        {
            entity.Mentions.Add(new Mention(document, i, i + 1, "س"));
        }
        return entity;
    }

    private static Relation Relation(RelationType type, string source, string target, string document, int evidence)
    {
        var relation = new Relation(type, source, target);
        for (var i = 0; i < evidence; i++)
        {
            relation.Evidence.Add(new Evidence(document, i, i + 1, "س", RelationStatus.Occurred));
        }
        return relation;
    }
}
