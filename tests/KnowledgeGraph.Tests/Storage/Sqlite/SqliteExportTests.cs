using KnowledgeGraph.Export.Json;
using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Storage.Sqlite;

public sealed class SqliteExportTests
{
    [Theory]
    [InlineData(Articles.PyongyangApart, Articles.PyongyangJoined, "بيونغ يانغ", "بيونغيانغ")]
    [InlineData(Articles.StationLong, Articles.StationShort, "كاراسوك", "كرسوك")]
    public async Task Two_spellings_in_two_articles_are_one_node(string first, string second, string spelling, string otherSpelling)
    {
        var a = Articles.Graph(first, "a.txt");
        var b = Articles.Graph(second, "b.txt");
        var id = a.Entity(spelling)?.Id ?? throw new InvalidOperationException(a.Describe());
        await using var folder = new StoreFolder();
        var store = await folder.OpenAsync();

        await store.UpsertAsync(a);
        await store.UpsertAsync(b);
        var graph = await store.ExportAsync();

        var node = Assert.Single(graph.Entities, entity => entity.Mentions.Any(mention => mention.Text.Contains(spelling) || mention.Text.Contains(otherSpelling)));
        Assert.Equal(id, node.Id);
        Assert.Contains(node.Mentions, mention => mention.Document == "a.txt" && mention.Text.Contains(spelling));
        Assert.Contains(node.Mentions, mention => mention.Document == "b.txt" && mention.Text.Contains(otherSpelling));
        Assert.Contains(spelling, node.Aliases);
        Assert.Contains(otherSpelling, node.Aliases);
    }

    [Fact]
    public async Task The_export_is_what_the_graph_builder_makes_of_the_same_articles_whatever_the_order()
    {
        var corpus = Articles.Corpus();
        var reversed = corpus.Reverse().ToList();
        var shuffled = corpus.OrderBy(graph => graph.Document.Id, StringComparer.Ordinal).ToList();
        var expected = StoreAssertions.BuildJson(corpus);
        await using var folder = new StoreFolder();
        var forward = await folder.OpenAsync(folder.File("forward.db"));
        var backward = await folder.OpenAsync(folder.File("backward.db"));
        var batched = await folder.OpenAsync(folder.File("batched.db"));

        await forward.UpsertAllAsync(corpus);
        await backward.UpsertAllAsync(reversed);
        await batched.UpsertBatchAsync(shuffled);

        Assert.Equal(expected, await forward.ExportJsonAsync());
        Assert.Equal(expected, await backward.ExportJsonAsync());
        Assert.Equal(expected, await batched.ExportJsonAsync());
        // The premise: the corpus exercises what could be lost on the way through the file.
        var graph = await forward.ExportAsync();
        Assert.Contains(graph.Documents, document => document.Date is not null);
        Assert.Contains(graph.Relations, relation => relation.Type == RelationType.Met);
        Assert.Contains(graph.Relations, relation => relation.Evidence.Count > 1);
        Assert.Contains(graph.Entities, entity => entity.Mentions.Select(mention => mention.Document).Distinct().Count() > 1);
        Assert.Contains(graph.Entities, entity => entity.Mentions.Any(mention => mention.Kind != MentionKind.Name));
    }

    [Fact]
    public async Task Every_field_survives_the_file_as_given()
    {
        const string name = "خبر/١.json#0";
        var document = new DocumentInfo("abc123", name, "عنوان", "ar", new DateOnly(2024, 2, 29), "وكالة \"الأنباء\"", "https://example.org/خبر?x=1&y=2");
        var person = new Entity("person_x", EntityType.Person, "X \"Y\"", "س ص");
        // Alias order is the document's, not sorted (the merge drops the repeated one, as GraphBuilder does).
        person.Aliases.AddRange(["ص", "س ص", "السيد \\ س", "ص"]);
        person.Mentions.Add(new Mention(name, 10, 13, "س ص", MentionKind.Name));
        person.Mentions.Add(new Mention(name, 2, 3, "ص", MentionKind.ShortName));
        person.Mentions.Add(new Mention(name, 20, 30, "الرئيس", MentionKind.Descriptor));
        var place = new Entity("location_x", EntityType.Location, "Place", "مكان");
        place.Mentions.Add(new Mention(name, 40, 44, "مكان", MentionKind.Metonym));
        place.Mentions.Add(new Mention(name, 50, 56, "المكاني", MentionKind.Adjective));
        var met = new Relation(RelationType.Met, "person_x", "location_x");
        met.Evidence.Add(new Evidence(name, 0, 60, "نص", RelationStatus.Planned, "2024-03", "agency", "رئيس", "تهمة"));
        met.Evidence.Add(new Evidence(name, 5, 6, "ن", RelationStatus.Occurred));
        var accused = new Relation(RelationType.Accused, "location_x", "person_x");
        var graph = new DocumentGraph(document, [person, place], [met, accused]);
        await using var folder = new StoreFolder();
        var store = await folder.OpenAsync();

        await store.UpsertAsync(graph);

        await using var reopened = await folder.OpenAsync();
        Assert.Equal(StoreAssertions.BuildJson([graph]), await reopened.ExportJsonAsync());
        var exported = await reopened.ExportAsync();
        Assert.Equal(document, Assert.Single(exported.Documents));
        Assert.Equal(["ص", "س ص", "السيد \\ س"], exported.Entities.Single(entity => entity.Id == "person_x").Aliases);
        Assert.Empty(exported.Relations.Single(relation => relation.Type == RelationType.Accused).Evidence);
    }

    [Fact]
    public async Task An_empty_store_exports_an_empty_graph()
    {
        await using var folder = new StoreFolder();
        var store = await folder.OpenAsync();

        Assert.Equal(JsonGraphWriter.ToJson(new GraphBuilder().Build()), await store.ExportJsonAsync());
    }
}
