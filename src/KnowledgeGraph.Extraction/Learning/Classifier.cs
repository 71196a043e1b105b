namespace KnowledgeGraph.Extraction.Learning;

/// <summary>
/// One learned yes/no decision: the features its trees read, the trees, and the score above which
/// the answer is yes (chosen on held-out folds when it was trained).
/// </summary>
public sealed class Classifier
{
    private readonly FeatureSpace _features;

    public Classifier(string name, FeatureSpace features, TreeEnsemble ensemble, double threshold, double? ruleThreshold = null)
    {
        Name = name;
        _features = features;
        Ensemble = ensemble;
        Threshold = threshold;
        RuleThreshold = ruleThreshold ?? threshold;
        foreach (var tree in ensemble.Trees)
        {
            tree.Validate(features.Count);
        }
    }

    public string Name { get; }
    public FeatureSpace Features => _features;
    public TreeEnsemble Ensemble { get; }
    public double Threshold { get; }

    /// <summary>
    /// The score above which a candidate the hand-written rules also found is kept: lower than
    /// <see cref="Threshold"/>, so that the learned decision overrules a rule only when it is
    /// confident (rare constructions the training articles hardly show keep their rules).
    /// </summary>
    public double RuleThreshold { get; }

    /// <summary>The raw score of a candidate (log-odds for the binary trainers used here).</summary>
    public double Score(FeatureBag bag)
    {
        var count = _features.Count;
        // Small models: a row on the stack; the features a model reads are a few hundred at most.
        Span<float> row = count <= 1024 ? stackalloc float[count] : new float[count];
        row.Clear();
        foreach (var (name, value) in bag.Items)
        {
            var column = _features.ColumnOf(name);
            if (column >= 0)
            {
                row[column] += value;
            }
        }
        return Ensemble.Score(row);
    }

    /// <summary>A row to describe candidates into for this classifier (reuse it: <see cref="FeatureRow.Clear"/>).</summary>
    public FeatureRow NewRow() => new(_features);

    public double Score(FeatureRow row) => Ensemble.Score(row.Values);

    /// <summary>
    /// The score when <see cref="Accepts"/> could say yes to it; null when the score is certain to be at or below
    /// the threshold, found out without walking every tree.
    /// </summary>
    public double? ScoreIfAccepted(FeatureRow row, bool foundByRule) =>
        ScoreUnlessAtMost(row, foundByRule ? RuleThreshold : Threshold) is { } score && Accepts(score, foundByRule) ? score : null;

    /// <summary>The score, or null when it is certain to be at most <paramref name="floor"/> (<see cref="TreeEnsemble.ScoreUnlessAtMost"/>).</summary>
    public double? ScoreUnlessAtMost(FeatureRow row, double floor) => Ensemble.ScoreUnlessAtMost(row.Values, floor);

    public bool Accepts(double score, bool foundByRule = false) => score > (foundByRule ? RuleThreshold : Threshold);
}
