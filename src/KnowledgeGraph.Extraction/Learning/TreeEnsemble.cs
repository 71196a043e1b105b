namespace KnowledgeGraph.Extraction.Learning;

/// <summary>
/// A boosted tree ensemble as a trainer (ML.NET's LightGBM or FastTree) left it: each node sends a
/// row left when its feature is at most the threshold; a negative child ~k is leaf k. The score is
/// the bias plus the weighted leaf values; it is the trainer's raw score (a log-odds for binary
/// models), so thresholds are compared with it directly.
/// </summary>
public sealed class TreeEnsemble
{
    public TreeEnsemble(double bias, IReadOnlyList<Tree> trees)
    {
        Bias = bias;
        Trees = trees;
    }

    public double Bias { get; }
    public IReadOnlyList<Tree> Trees { get; }

    public double Score(ReadOnlySpan<float> row)
    {
        var score = Bias;
        foreach (var tree in Trees)
        {
            score += tree.Weight * tree.Evaluate(row);
        }
        return score;
    }

    /// <summary>One regression tree in parallel arrays (the layout ML.NET exposes).</summary>
    public sealed record Tree(double Weight, int[] Feature, float[] Threshold, int[] Left, int[] Right, double[] Leaf)
    {
        public double Evaluate(ReadOnlySpan<float> row)
        {
            if (Feature.Length == 0)
            {
                return Leaf[0];
            }
            var node = 0;
            while (node >= 0)
            {
                node = row[Feature[node]] <= Threshold[node] ? Left[node] : Right[node];
            }
            return Leaf[~node];
        }

        /// <summary>Whether the arrays describe a tree: children point at nodes or leaves that exist.</summary>
        public void Validate(int featureCount)
        {
            var nodes = Feature.Length;
            if (Threshold.Length != nodes || Left.Length != nodes || Right.Length != nodes || Leaf.Length != nodes + 1)
            {
                throw new InvalidDataException($"a tree has {nodes} nodes but arrays of other lengths");
            }
            for (var n = 0; n < nodes; n++)
            {
                if (Feature[n] < 0 || Feature[n] >= featureCount)
                {
                    throw new InvalidDataException($"a tree splits on feature {Feature[n]} of {featureCount}");
                }
                foreach (var child in new[] { Left[n], Right[n] })
                {
                    if (child >= nodes || child < 0 && ~child > nodes)
                    {
                        throw new InvalidDataException($"a tree node points at {child}, outside the tree");
                    }
                }
            }
        }
    }
}
