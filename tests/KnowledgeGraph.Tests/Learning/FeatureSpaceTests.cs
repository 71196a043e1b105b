using KnowledgeGraph.Extraction.Learning;

namespace KnowledgeGraph.Tests.Learning;

public sealed class FeatureSpaceTests
{
    private static FeatureBag Bag(params string[] names)
    {
        var bag = new FeatureBag();
        foreach (var name in names)
        {
            bag.Add(name);
        }
        return bag;
    }

    [Fact]
    public void A_feature_counts_only_when_enough_articles_have_it()
    {
        // "word:x" occurs three times but in one article only: it would only teach that article.
        var space = FeatureSpace.Build(
        [
            (Bag("cue", "word:x"), 0), (Bag("cue", "word:x"), 0), (Bag("word:x"), 0),
            (Bag("cue"), 1), (Bag("cue", "word:y"), 2), (Bag("word:y"), 3),
        ], minimumGroups: 2);
        Assert.Equal(["cue", "word:y"], space.Names);
    }

    [Fact]
    public void Unknown_features_are_ignored_and_repeated_ones_add_up()
    {
        var space = new FeatureSpace(["a", "b"]);
        var bag = new FeatureBag();
        bag.Add("b", 2);
        bag.Add("never-seen");
        bag.Add("b", 1);
        var row = new float[2];
        space.Fill(bag, row);
        Assert.Equal([0f, 3f], row);
        var (columns, values) = space.Sparse(bag);
        Assert.Equal([1], columns);
        Assert.Equal([3f], values);
    }

    [Fact]
    public void Zero_and_false_values_are_not_features()
    {
        var bag = new FeatureBag();
        bag.Add("zero", 0f);
        bag.Add("off", false);
        Assert.Empty(bag.Items);
    }

    [Fact]
    public void A_prefixed_word_reaches_the_column_of_the_whole_name_and_other_words_reach_none()
    {
        var space = new FeatureSpace(["prev:", "prev:قال", "prev:وزير", "prev2:قال", "prev:الوزير", "type:Person"]);
        var row = new FeatureRow(space);
        string[] words = ["قال", "وزير", "الوزير", "", "2:قال", "قا", "وزيرة", "Person", "لقال"];
        foreach (var word in words)
        {
            row.Add("prev:", word);
        }
        row.Add("prev2:", "وزير");
        row.Add("type:", "Person");
        row.Add("type:", "Place");
        row.Add("never-seen:", "قال");
        var expected = new float[space.Count];
        foreach (var name in words.Select(word => "prev:" + word).Append("prev2:وزير").Append("type:Person"))
        {
            if (space.ColumnOf(name) is var column and >= 0)
            {
                expected[column] += 1;
            }
        }
        Assert.Equal(expected, row.Values.ToArray());
        Assert.Equal([1f, 1f, 1f, 0f, 1f, 1f], row.Values.ToArray()); // "prev2:قال" is not "prev:" + "2:قال"
    }
}
