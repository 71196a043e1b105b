using KnowledgeGraph.Extraction.Learning;
using KnowledgeGraph.Extraction.Relations.Candidates;
using KnowledgeGraph.Model;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;

namespace KnowledgeGraph.Learning;

/// <summary>Settings of the gradient-boosted trees (LightGBM through ML.NET).</summary>
public sealed record TrainerSettings(
    int Iterations = 200, int Leaves = 16, int MinimumExamplesPerLeaf = 10, double LearningRate = 0.05,
    int MinimumFeatureArticles = 3, double FeatureFraction = 0.7, double L2 = 1.0, int Seed = 1)
{
    public string Describe() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"LightGBM via Microsoft.ML.LightGbm 6.0.0: {Iterations} iterations, {Leaves} leaves, at least {MinimumExamplesPerLeaf} examples a leaf, learning rate {LearningRate}, feature fraction {FeatureFraction}, L2 {L2}; features seen in at least {MinimumFeatureArticles} articles");
}

/// <summary>
/// Trains one binary classifier per relation type on labelled candidates, and keeps of the
/// feature space only what its trees read, so the model file stays small.
/// </summary>
public sealed class RelationTrainer
{
    /// <summary>
    /// With fewer positive examples than this a type gets no classifier and its rules stand: a few
    /// dozen accusations teach trees less than the hand-written frames already know.
    /// </summary>
    public const int MinimumPositives = 60;

    private readonly TrainerSettings _settings;

    public RelationTrainer(TrainerSettings settings) => _settings = settings;

    public Dictionary<RelationType, Classifier> Train(IEnumerable<PreparedArticle> articles, IReadOnlyDictionary<RelationType, double>? thresholds = null)
    {
        var byType = new Dictionary<RelationType, List<(FeatureBag Features, bool Label, int Article)>>();
        var articleIndex = 0;
        foreach (var article in articles)
        {
            for (var i = 0; i < article.Candidates.Count; i++)
            {
                if (article.Labels[i] == Label.Ignore)
                {
                    continue;
                }
                var candidate = article.Candidates[i];
                if (!byType.TryGetValue(candidate.Type, out var rows))
                {
                    rows = [];
                    byType.Add(candidate.Type, rows);
                }
                rows.Add((candidate.Features, article.Labels[i] == Label.Yes, articleIndex));
            }
            articleIndex++;
        }
        var result = new Dictionary<RelationType, Classifier>();
        foreach (var (type, rows) in byType.OrderBy(pair => pair.Key))
        {
            if (rows.Count(row => row.Label) < MinimumPositives || rows.All(row => row.Label))
            {
                continue;
            }
            var threshold = thresholds?.GetValueOrDefault(type) ?? 0;
            result[type] = TrainOne(ExtractionModel.RelationKey(type), rows, threshold);
        }
        return result;
    }

    /// <summary>Trains one classifier; a feature counts when it occurs in enough articles (<paramref name="rows"/> say which), so no article's own words decide.</summary>
    public Classifier TrainOne(string name, IReadOnlyList<(FeatureBag Features, bool Label, int Article)> rows, double threshold)
    {
        var space = FeatureSpace.Build(rows.Select(row => (row.Features, row.Article)), _settings.MinimumFeatureArticles);
        var ml = new MLContext(_settings.Seed);
        var data = ml.Data.LoadFromEnumerable(rows.Select(row => ToRow(space, row.Features, row.Label)), Schema(space.Count));
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
        var ensemble = model.Model.SubModel.TrainedTreeEnsemble;
        return Compact(name, space, ensemble, threshold);
    }

    /// <summary>Copies ML.NET's trees, renumbering features to the ones they read.</summary>
    private static Classifier Compact(string name, FeatureSpace space, Microsoft.ML.Trainers.FastTree.RegressionTreeEnsemble ensemble, double threshold)
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
        return new Classifier(name, new FeatureSpace(names), new TreeEnsemble(ensemble.Bias, trees), threshold);
    }

    private sealed class Row
    {
        public bool Label { get; set; }
        public VBuffer<float> Features { get; set; }
    }

    private static Row ToRow(FeatureSpace space, FeatureBag bag, bool label)
    {
        var (columns, values) = space.Sparse(bag);
        return new Row { Label = label, Features = new VBuffer<float>(space.Count, values.Length, values, columns) };
    }

    private static SchemaDefinition Schema(int featureCount)
    {
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, Math.Max(1, featureCount));
        return schema;
    }
}
