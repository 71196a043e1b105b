using KnowledgeGraph.Evaluation;
using KnowledgeGraph.Extraction.Reading;
using KnowledgeGraph.Learning;

namespace KnowledgeGraph.Tests.Learning;

/// <summary>How cross-validation deals articles to folds: by name by default, in a seeded order when asked.</summary>
public sealed class FoldTests
{
    private static List<AnnotatedArticle> Pool(int count) =>
        Enumerable.Range(0, count)
            .Select(i => new AnnotatedArticle("dev", new GoldDocument($"a{i:D3}.txt", [], []), Article.FromText($"a{i:D3}.txt", "عنوان\n\nنص.")))
            .ToList();

    [Fact]
    public void By_default_articles_are_dealt_in_name_order()
    {
        var folds = CrossValidation.Folds(Pool(12), 5);
        Assert.Equal([0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 0, 1], folds);
    }

    [Fact]
    public void A_shuffle_seed_deals_balanced_folds_the_same_way_every_time_and_other_seeds_otherwise()
    {
        var pool = Pool(40);
        var first = CrossValidation.Folds(pool, 5, shuffleSeed: 1);
        Assert.Equal(first, CrossValidation.Folds(pool, 5, shuffleSeed: 1));
        Assert.All(Enumerable.Range(0, 5), fold => Assert.Equal(8, first.Count(f => f == fold)));
        Assert.NotEqual(CrossValidation.Folds(pool, 5), first);
        Assert.NotEqual(CrossValidation.Folds(pool, 5, shuffleSeed: 2), first);
    }
}
