using KnowledgeGraph.Extraction.Learning;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;

namespace KnowledgeGraph.Learning;

/// <summary>Settings of the gradient-boosted trees (LightGBM through ML.NET).</summary>
public sealed record TrainerSettings(
    int Iterations = 60, int Leaves = 24, int MinimumExamplesPerLeaf = 10, double LearningRate = 0.15,
    int MinimumFeatureArticles = 3, double FeatureFraction = 0.7, double L2 = 1.0, int Seed = 1, double MentionThreshold = -2, double EntityThreshold = -1.5, double RuleMargin = 2, double RelationThreshold = 0)
{
    public string Describe() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"LightGBM via Microsoft.ML.LightGbm 6.0.0: {Iterations} iterations, {Leaves} leaves, at least {MinimumExamplesPerLeaf} examples a leaf, learning rate {LearningRate}, feature fraction {FeatureFraction}, L2 {L2}; features seen in at least {MinimumFeatureArticles} articles");
}

/// <summary>One labelled example: its features, its label and the article it comes from.</summary>
public readonly record struct Example(FeatureBag Features, bool Label, int Article);

/// <summary>
/// Trains one binary classifier with LightGBM and copies its trees out, keeping of the feature
/// space only what the trees read, so a model file stays small and needs no ML.NET to apply.
/// </summary>
public sealed class TreeTrainer
{
    private readonly TrainerSettings _settings;

    public TreeTrainer(TrainerSettings settings) => _settings = settings;

    /// <summary>A feature counts when it occurs in enough articles, so that no one article's own words decide.</summary>
    public Classifier Train(string name, IReadOnlyList<Example> examples, double threshold, double ruleMargin = 0)
    {
        var space = FeatureSpace.Build(examples.Select(example => (example.Features, example.Article)), _settings.MinimumFeatureArticles);
        var ml = new MLContext(_settings.Seed);
        var width = Math.Max(1, space.Count);
        var data = ml.Data.LoadFromEnumerable(examples.Select(example => ToRow(space, width, example)), Schema(width));
        var trainer = ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
        {
            NumberOfIterations = _settings.Iterations,
            NumberOfLeaves = _settings.Leaves,
            MinimumExampleCountPerLeaf = _settings.MinimumExamplesPerLeaf,
            LearningRate = _settings.LearningRate,
            Booster = new GradientBooster.Options { FeatureFraction = _settings.FeatureFraction, L2Regularization = _settings.L2 },
            NumberOfThreads = 1,
            Seed = _settings.Seed,
            UseCategoricalSplit = false,
            Silent = true,
            Verbose = false,
        });
        var model = trainer.Fit(data);
        var classifier = Compact(name, space, model.Model.SubModel.TrainedTreeEnsemble, threshold, threshold - ruleMargin);
        Verify(classifier, examples, model.Transform(data).GetColumn<float>("Score").ToArray());
        return classifier;
    }

    /// <summary>
    /// The copied trees must score every training example as ML.NET itself does: the extractor
    /// applies them without ML.NET, so a difference in how a split or a leaf is read would be silent.
    /// </summary>
    private static void Verify(Classifier classifier, IReadOnlyList<Example> examples, float[] reference)
    {
        for (var i = 0; i < examples.Count; i++)
        {
            var score = classifier.Score(examples[i].Features);
            if (Math.Abs(score - reference[i]) > 1e-3 * Math.Max(1, Math.Abs(reference[i])))
            {
                throw new InvalidOperationException($"{classifier.Name}: the copied trees score example {i} {score}, ML.NET {reference[i]}");
            }
        }
    }

    /// <summary>Copies ML.NET's trees, renumbering features to the ones they read.</summary>
    private static Classifier Compact(string name, FeatureSpace space, Microsoft.ML.Trainers.FastTree.RegressionTreeEnsemble ensemble, double threshold, double ruleThreshold)
    {
        var used = new SortedSet<int>();
        foreach (var tree in ensemble.Trees)
        {
            for (var n = 0; n < tree.NumberOfNodes; n++)
            {
                used.Add(tree.NumericalSplitFeatureIndexes[n]);
            }
        }
        var columns = used.ToList();
        var renumber = columns.Select((column, index) => (column, index)).ToDictionary(pair => pair.column, pair => pair.index);
        var trees = new List<TreeEnsemble.Tree>();
        for (var t = 0; t < ensemble.Trees.Count; t++)
        {
            var tree = ensemble.Trees[t];
            if (tree.CategoricalSplitFlags.Any(flag => flag))
            {
                throw new InvalidOperationException("the trainer made a categorical split; categorical splits are switched off");
            }
            trees.Add(new TreeEnsemble.Tree(
                ensemble.TreeWeights[t],
                tree.NumericalSplitFeatureIndexes.Select(column => renumber[column]).ToArray(),
                tree.NumericalSplitThresholds.ToArray(),
                tree.LeftChild.ToArray(),
                tree.RightChild.ToArray(),
                tree.LeafValues.ToArray()));
        }
        var names = columns.Select(column => space.Names[column]).ToList();
        return new Classifier(name, new FeatureSpace(names), new TreeEnsemble(ensemble.Bias, trees), threshold, ruleThreshold);
    }

    private sealed class Row
    {
        public bool Label { get; set; }
        public VBuffer<float> Features { get; set; }
    }

    private static Row ToRow(FeatureSpace space, int width, Example example)
    {
        var (columns, values) = space.Sparse(example.Features);
        return new Row { Label = example.Label, Features = new VBuffer<float>(width, values.Length, values, columns) };
    }

    private static SchemaDefinition Schema(int width)
    {
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width);
        return schema;
    }
}
