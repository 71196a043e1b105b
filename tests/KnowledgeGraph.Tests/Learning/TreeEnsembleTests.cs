using KnowledgeGraph.Extraction.Learning;
using KnowledgeGraph.Learning;

namespace KnowledgeGraph.Tests.Learning;

public sealed class TreeEnsembleTests
{
    // A stump on feature 0 (left when <= 0.5) whose right child splits on feature 1.
    private static TreeEnsemble.Tree SmallTree(double weight = 1) =>
        new(weight, Feature: [0, 1], Threshold: [0.5f, 2f], Left: [~0, ~1], Right: [1, ~2], Leaf: [-1.0, 0.25, 3.0]);

    [Theory]
    [InlineData(0f, 9f, -1.0)]     // feature 0 at most 0.5: first leaf, whatever feature 1 is
    [InlineData(0.5f, 9f, -1.0)]   // equal to the threshold goes left
    [InlineData(1f, 2f, 0.25)]     // right, then feature 1 at most 2: second leaf
    [InlineData(1f, 2.5f, 3.0)]    // right, right: third leaf
    public void A_row_goes_left_when_its_feature_is_at_most_the_threshold(float first, float second, double leaf) =>
        Assert.Equal(leaf, SmallTree().Evaluate([first, second]));

    [Fact]
    public void The_score_is_the_bias_plus_the_weighted_leaves()
    {
        var ensemble = new TreeEnsemble(0.5, [SmallTree(), SmallTree(weight: 2)]);
        Assert.Equal(0.5 + 3.0 + 2 * 3.0, ensemble.Score([1f, 5f]), 9);
    }

    [Theory]
    [InlineData(0f, 9f)]
    [InlineData(1f, 2f)]
    [InlineData(1f, 2.5f)]
    public void Scoring_that_stops_early_gives_the_full_score_or_gives_up_only_below_the_floor(float first, float second)
    {
        var ensemble = new TreeEnsemble(0.5, [SmallTree(), SmallTree(weight: -2), SmallTree(weight: 0.5)]);
        var full = ensemble.Score([first, second]);
        foreach (var floor in new[] { -20.0, full - 1, full, full + 0.5, 20.0 })
        {
            var early = ensemble.ScoreUnlessAtMost([first, second], floor);
            if (early is { } score)
            {
                Assert.Equal(full, score); // the same sum in the same order, not just close
            }
            else
            {
                Assert.True(full <= floor, $"gave up on {full} against the floor {floor}");
            }
        }
        Assert.NotNull(ensemble.ScoreUnlessAtMost([first, second], -20.0));
        Assert.Null(ensemble.ScoreUnlessAtMost([first, second], 20.0));
    }

    [Fact]
    public void A_tree_that_points_outside_itself_is_refused()
    {
        var broken = new TreeEnsemble.Tree(1, Feature: [0], Threshold: [0f], Left: [~0], Right: [~5], Leaf: [0.0, 1.0]);
        var error = Assert.Throws<InvalidDataException>(() => broken.Validate(featureCount: 1));
        Assert.Contains("outside the tree", error.Message);
    }

    [Fact]
    public void A_tree_that_reads_a_feature_the_model_does_not_have_is_refused() =>
        Assert.Throws<InvalidDataException>(() => SmallTree().Validate(featureCount: 1));

    [Fact]
    public void Copied_trees_score_as_the_trainer_does_and_separate_what_they_learned()
    {
        // Yes when "cue" is present and "far" is not; noise features on the side. Training fails
        // itself if the copied trees and ML.NET disagree on any example; here we check the result is usable.
        var random = new Random(7);
        var examples = new List<Example>();
        for (var i = 0; i < 600; i++)
        {
            var bag = new FeatureBag();
            var cue = random.NextDouble() < 0.5;
            var far = random.NextDouble() < 0.3;
            bag.Add("cue", cue);
            bag.Add("far", far);
            bag.Add("noise:" + random.Next(5));
            bag.Add("distance", random.Next(1, 20));
            examples.Add(new Example(bag, cue && !far, Article: i % 40));
        }
        var classifier = new TreeTrainer(new TrainerSettings(Iterations: 40, MinimumExamplesPerLeaf: 5)).Train("test", examples, threshold: 0);

        var yes = new FeatureBag();
        yes.Add("cue");
        yes.Add("distance", 3);
        var no = new FeatureBag();
        no.Add("cue");
        no.Add("far");
        no.Add("distance", 3);
        Assert.True(classifier.Accepts(classifier.Score(yes)));
        Assert.False(classifier.Accepts(classifier.Score(no)));
        Assert.DoesNotContain(classifier.Features.Names, name => name.StartsWith("unseen", StringComparison.Ordinal));
    }

    [Fact]
    public void A_candidate_the_rules_found_needs_less_to_be_kept()
    {
        var classifier = new Classifier("c", new FeatureSpace(["f"]), new TreeEnsemble(-1, []), threshold: 0, ruleThreshold: -2);
        var bag = new FeatureBag();
        Assert.False(classifier.Accepts(classifier.Score(bag)));
        Assert.True(classifier.Accepts(classifier.Score(bag), foundByRule: true));
    }
}
