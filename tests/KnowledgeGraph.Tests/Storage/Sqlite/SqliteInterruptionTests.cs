using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Tests.Storage.Sqlite;

/// <summary>An article whose writing fails midway leaves nothing; what was stored before stays as it was.</summary>
public sealed class SqliteInterruptionTests
{
    [Fact]
    public async Task A_crash_midway_leaves_nothing_of_that_article_and_everything_before_it()
    {
        var corpus = Articles.Corpus();
        var crashAt = IndexWithTwoRelations(corpus, from: 3);
        await using var folder = new StoreFolder();
        var crashed = await folder.OpenAsync();
        await crashed.UpsertAllAsync(corpus.Take(crashAt));

        await Assert.ThrowsAsync<SimulatedCrashException>(() => crashed.UpsertAsync(corpus[crashAt].CrashingAtSecondRelation()));
        await crashed.DisposeAsync();

        await using var reopened = await folder.OpenAsync();
        Assert.False(await reopened.ContainsAsync(corpus[crashAt].Document.Name, corpus[crashAt].Document.Id));
        foreach (var graph in corpus.Take(crashAt))
        {
            Assert.True(await reopened.ContainsAsync(graph.Document.Name, graph.Document.Id), graph.Document.Name);
        }
        Assert.Equal(StoreAssertions.BuildJson(corpus.Take(crashAt)), await reopened.ExportJsonAsync());

        await reopened.UpsertAllAsync(corpus);
        var uninterrupted = await folder.OpenAsync(folder.File("uninterrupted.db"));
        await uninterrupted.UpsertAllAsync(corpus);
        Assert.Equal(await uninterrupted.ExportJsonAsync(), await reopened.ExportJsonAsync());
    }

    [Fact]
    public async Task A_crash_while_replacing_an_article_keeps_its_previous_version()
    {
        var original = Articles.Graph(Articles.VisitAndMeeting, "a.txt");
        var edited = Articles.Graph(Articles.VisitAndMeeting + " وغادر ماكرون.", "a.txt");
        await using var folder = new StoreFolder();
        var store = await folder.OpenAsync();
        await store.UpsertAsync(original);
        var before = await store.ExportJsonAsync();

        await Assert.ThrowsAsync<SimulatedCrashException>(() => store.UpsertAsync(edited.CrashingAtSecondRelation()));

        await using var reopened = await folder.OpenAsync();
        Assert.Equal(before, await reopened.ExportJsonAsync());
        Assert.True(await reopened.ContainsAsync("a.txt", original.Document.Id));
        Assert.Equal(UpsertOutcome.Replaced, await reopened.UpsertAsync(edited));
    }

    [Fact]
    public async Task Cancelling_during_the_write_leaves_nothing_of_that_article()
    {
        var corpus = Articles.Corpus();
        var first = corpus[0];
        var second = corpus[IndexWithTwoRelations(corpus, from: 1)];
        await using var folder = new StoreFolder();
        var store = await folder.OpenAsync();
        await store.UpsertAsync(first);
        using var cancellation = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            store.UpsertAsync(second.InterruptedAtSecondRelation(cancellation.Cancel), cancellation.Token));

        await using var reopened = await folder.OpenAsync();
        Assert.False(await reopened.ContainsAsync(second.Document.Name, second.Document.Id));
        Assert.Equal(StoreAssertions.BuildJson([first]), await reopened.ExportJsonAsync());
        Assert.Equal(UpsertOutcome.Added, await reopened.UpsertAsync(second));
    }

    [Fact]
    public async Task A_batch_that_fails_midway_leaves_nothing_of_that_batch_and_everything_before_it()
    {
        var corpus = Articles.Corpus();
        var crashAt = IndexWithTwoRelations(corpus, from: 4);
        var earlier = corpus.Take(2).ToList();
        var batch = corpus.Skip(2).Take(crashAt - 2).Append(corpus[crashAt].CrashingAtSecondRelation()).ToList();
        await using var folder = new StoreFolder();
        var store = await folder.OpenAsync();
        await store.UpsertBatchAsync(earlier);

        await Assert.ThrowsAsync<SimulatedCrashException>(() => store.UpsertBatchAsync(batch));

        await using var reopened = await folder.OpenAsync();
        Assert.Equal(StoreAssertions.BuildJson(earlier), await reopened.ExportJsonAsync());
        await reopened.UpsertBatchAsync(corpus);
        Assert.Equal(StoreAssertions.BuildJson(corpus), await reopened.ExportJsonAsync());
    }

    private static int IndexWithTwoRelations(IReadOnlyList<DocumentGraph> corpus, int from)
    {
        for (var i = from; i < corpus.Count; i++)
        {
            if (corpus[i].Relations.Count >= 2)
            {
                return i;
            }
        }
        throw new InvalidOperationException($"No article from {from} on has two relations.");
    }
}
