using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Storage.Sqlite;

public sealed class SqliteUpsertTests
{
    [Fact]
    public async Task A_new_article_is_added_and_an_edited_one_replaced()
    {
        await using var folder = new StoreFolder();
        var store = await folder.OpenAsync();

        Assert.Equal(UpsertOutcome.Added, await store.UpsertAsync(Articles.Graph(Articles.VisitAndMeeting, "a.txt")));
        Assert.Equal(UpsertOutcome.Added, await store.UpsertAsync(Articles.Graph(Articles.OtherVisit, "b.txt")));
        Assert.Equal(UpsertOutcome.Replaced, await store.UpsertAsync(Articles.Graph(Articles.VisitOnly, "a.txt")));
        Assert.Equal(2, (await store.GetStatisticsAsync()).Documents);
    }

    [Fact]
    public async Task The_same_article_twice_changes_nothing()
    {
        await using var folder = new StoreFolder();
        var store = await folder.OpenAsync();
        await store.UpsertAsync(Articles.Graph(Articles.VisitAndMeeting, "a.txt"));
        await store.UpsertAsync(Articles.Graph(Articles.OtherVisit, "b.txt"));
        var before = await store.ExportJsonAsync();
        var ingestedBefore = IngestedAt(folder.DatabasePath, "a.txt");

        var outcome = await store.UpsertAsync(Articles.Graph(Articles.VisitAndMeeting, "a.txt"));

        Assert.Equal(UpsertOutcome.Unchanged, outcome);
        Assert.Equal(before, await store.ExportJsonAsync());
        Assert.Equal(ingestedBefore, IngestedAt(folder.DatabasePath, "a.txt"));
    }

    [Fact]
    public async Task An_edited_article_replaces_its_own_mentions_and_evidence_and_keeps_the_others()
    {
        var original = Articles.Graph(Articles.VisitAndMeeting, "a.txt");
        var other = Articles.Graph(Articles.OtherVisit, "b.txt");
        var edited = Articles.Graph(Articles.VisitOnly, "a.txt");
        // The premise: a reports a visit and a meeting, b the visit, and the edit drops the meeting.
        var visit = original.Relation(RelationType.Visited, "إيمانويل ماكرون", "الجزائر") ?? throw new InvalidOperationException(original.Describe());
        var meeting = original.Relation(RelationType.Met, "إيمانويل ماكرون", "عبدالمجيد تبون") ?? throw new InvalidOperationException(original.Describe());
        Assert.NotNull(other.Relation(RelationType.Visited, "إيمانويل ماكرون", "الجزائر"));
        Assert.Null(edited.Relation(RelationType.Met, "إيمانويل ماكرون", "عبدالمجيد تبون"));
        var tebboune = original.Entity("عبدالمجيد تبون")!.Id;
        var macron = original.Entity("إيمانويل ماكرون")!.Id;

        await using var folder = new StoreFolder();
        var store = await folder.OpenAsync();
        await store.UpsertAsync(original);
        await store.UpsertAsync(other);
        Assert.Contains((await store.ExportAsync()).Relations, relation => relation.Id == meeting.Id);

        await store.UpsertAsync(edited);
        var graph = await store.ExportAsync();

        Assert.DoesNotContain(graph.Relations, relation => relation.Id == meeting.Id);
        Assert.DoesNotContain(graph.Relations, relation => relation.Source == tebboune || relation.Target == tebboune);
        Assert.DoesNotContain(graph.Entities, entity => entity.Id == tebboune);
        var storedVisit = Assert.Single(graph.Relations, relation => relation.Id == visit.Id);
        Assert.Equal(
            [.. edited.Relations.Single(relation => relation.Id == visit.Id).Evidence, .. other.Relations.Single(relation => relation.Id == visit.Id).Evidence],
            storedVisit.Evidence);
        Assert.Equal(
            [.. edited.Entities.Single(entity => entity.Id == macron).Mentions, .. other.Entities.Single(entity => entity.Id == macron).Mentions],
            graph.Entities.Single(entity => entity.Id == macron).Mentions);
        Assert.Equal(StoreAssertions.BuildJson([edited, other]), KnowledgeGraph.Export.Json.JsonGraphWriter.ToJson(graph));
    }

    [Fact]
    public async Task A_batch_has_the_outcomes_of_upserting_one_by_one()
    {
        var batch = new[]
        {
            Articles.Graph(Articles.VisitAndMeeting, "a.txt"),
            Articles.Graph(Articles.OtherVisit, "b.txt"),
            Articles.Graph(Articles.VisitAndMeeting, "a.txt"),
            Articles.Graph(Articles.VisitOnly, "a.txt"),
            Articles.Graph(Articles.StationShort, "c.txt"),
        };
        await using var folder = new StoreFolder();
        var batched = await folder.OpenAsync(folder.File("batched.db"));
        var single = await folder.OpenAsync(folder.File("single.db"));
        await batched.UpsertAsync(Articles.Graph(Articles.StationShort, "c.txt"));
        await single.UpsertAsync(Articles.Graph(Articles.StationShort, "c.txt"));

        var outcomes = await batched.UpsertBatchAsync(batch);
        var oneByOne = new List<UpsertOutcome>();
        foreach (var graph in batch)
        {
            oneByOne.Add(await single.UpsertAsync(graph));
        }

        Assert.Equal([UpsertOutcome.Added, UpsertOutcome.Added, UpsertOutcome.Unchanged, UpsertOutcome.Replaced, UpsertOutcome.Unchanged], outcomes);
        Assert.Equal(oneByOne, outcomes);
        Assert.Equal(await single.ExportJsonAsync(), await batched.ExportJsonAsync());
    }

    [Fact]
    public async Task An_empty_batch_writes_nothing()
    {
        await using var folder = new StoreFolder();
        var store = await folder.OpenAsync();

        Assert.Empty(await store.UpsertBatchAsync([]));
        Assert.Equal(0, (await store.GetStatisticsAsync()).Documents);
    }

    [Fact]
    public async Task Contains_knows_an_article_by_name_and_text()
    {
        var graph = Articles.Graph(Articles.VisitAndMeeting, "a.txt");
        var edited = Articles.Graph(Articles.VisitOnly, "a.txt");
        await using var folder = new StoreFolder();
        var store = await folder.OpenAsync();

        Assert.False(await store.ContainsAsync("a.txt", graph.Document.Id));
        await store.UpsertAsync(graph);

        Assert.True(await store.ContainsAsync("a.txt", graph.Document.Id));
        Assert.False(await store.ContainsAsync("a.txt", edited.Document.Id));
        Assert.False(await store.ContainsAsync("b.txt", graph.Document.Id));

        await store.UpsertAsync(edited);
        Assert.False(await store.ContainsAsync("a.txt", graph.Document.Id));
        Assert.True(await store.ContainsAsync("a.txt", edited.Document.Id));
    }

    [Fact]
    public async Task A_mention_naming_another_document_is_refused_and_nothing_is_written()
    {
        var entity = new Entity("x", EntityType.Person, "X", "س");
        entity.Mentions.Add(new Mention("other.txt", 4, 6, "نص"));
        var graph = new DocumentGraph(new DocumentInfo("id", "a.txt", "خبر", "ar"), [entity], []);
        await using var folder = new StoreFolder();
        var store = await folder.OpenAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.UpsertAsync(graph));

        Assert.Contains("other.txt", error.Message);
        Assert.Empty((await store.ExportAsync()).Documents);
    }

    private static string IngestedAt(string path, string document) =>
        (string)RawDatabase.Scalar(path, "SELECT ingested_at FROM documents WHERE name = $name;", ("$name", document))!;
}
