using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Storage.Sqlite;

public sealed class SqliteConcurrencyTests
{
    [Fact]
    public async Task Upserts_from_eight_tasks_all_land()
    {
        var articles = EightArticles();
        await using var folder = new StoreFolder();
        var store = await folder.OpenAsync();
        using var start = new ManualResetEventSlim();

        var writers = articles.Select(graph => Task.Run(async () =>
        {
            start.Wait();
            return await store.UpsertAsync(graph);
        })).ToList();
        // Readers beside the writers see consistent snapshots and do not fail.
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            start.Wait();
            for (var i = 0; i < 5; i++)
            {
                var graph = await store.ExportAsync();
                Assert.All(graph.Relations, relation => Assert.NotEmpty(relation.Evidence));
            }
        })).ToList();
        start.Set();
        await Task.WhenAll(readers);
        var outcomes = await Task.WhenAll(writers);

        Assert.All(outcomes, outcome => Assert.Equal(KnowledgeGraph.Storage.UpsertOutcome.Added, outcome));
        Assert.Equal(8, (await store.GetStatisticsAsync()).Documents);
        Assert.Equal(StoreAssertions.BuildJson(articles), await store.ExportJsonAsync());
    }

    [Fact]
    public async Task Two_store_instances_on_one_file_wait_for_each_other()
    {
        var articles = EightArticles();
        await using var folder = new StoreFolder();
        var first = await folder.OpenAsync();
        var second = await folder.OpenAsync();

        await Task.WhenAll(articles.Select((graph, index) => Task.Run(() => (index % 2 == 0 ? first : second).UpsertAsync(graph))));

        Assert.Equal(StoreAssertions.BuildJson(articles), await first.ExportJsonAsync());
        Assert.Equal(await first.ExportJsonAsync(), await second.ExportJsonAsync());
    }

    private static List<DocumentGraph> EightArticles()
    {
        var corpus = Articles.Corpus();
        Assert.True(corpus.Count >= 8, "the corpus has fewer than eight articles");
        return corpus.Take(8).ToList();
    }
}
