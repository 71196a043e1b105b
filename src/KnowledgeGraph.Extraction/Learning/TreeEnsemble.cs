namespace KnowledgeGraph.Extraction.Learning;

/// <summary>
/// A boosted tree ensemble as a trainer (ML.NET's LightGBM or FastTree) left it: each node sends a
/// row left when its feature is at most the threshold; a negative child ~k is leaf k. The score is
/// the bias plus the weighted leaf values; it is the trainer's raw score (a log-odds for binary
/// models), so thresholds are compared with it directly.
/// </summary>
public sealed class TreeEnsemble
{
    // Every tree's nodes in one array (children renumbered to absolute positions, leaves as ~index into
    // _leaves), so that scoring walks contiguous memory: it runs for every candidate of every article.
    private readonly Node[] _nodes;
    private readonly int[] _roots;
    private readonly double[] _leaves;

    // _ceilings[t]: the most trees t and after can add (their largest leaves summed), for scoring that stops once
    // a threshold is out of reach (ScoreUnlessAtMost).
    private readonly double[] _ceilings;

    public TreeEnsemble(double bias, IReadOnlyList<Tree> trees)
    {
        Bias = bias;
        Trees = trees;
        var nodes = new List<Node>();
        var leaves = new List<double>();
        _roots = new int[trees.Count];
        for (var t = 0; t < trees.Count; t++)
        {
            var tree = trees[t];
            var nodeBase = nodes.Count;
            var leafBase = leaves.Count;
            leaves.AddRange(tree.Leaf.Select(value => value * tree.Weight));
            if (tree.Feature.Length == 0)
            {
                _roots[t] = ~leafBase;
                continue;
            }
            _roots[t] = nodeBase;
            for (var n = 0; n < tree.Feature.Length; n++)
            {
                nodes.Add(new Node(tree.Feature[n], tree.Threshold[n], Absolute(tree.Left[n]), Absolute(tree.Right[n])));
            }

            int Absolute(int child) => child >= 0 ? nodeBase + child : ~(leafBase + ~child);
        }
        _nodes = nodes.ToArray();
        _leaves = leaves.ToArray();
        _ceilings = new double[trees.Count + 1];
        for (var t = trees.Count - 1; t >= 0; t--)
        {
            var tree = trees[t];
            _ceilings[t] = _ceilings[t + 1] + tree.Leaf.Max(value => value * tree.Weight);
        }
    }

    /// <summary>
    /// Far more than the rounding of a sum of 60-odd leaves can differ from the exact sum: a score is only given up
    /// when it falls short of the floor by this much, so that a score the full sum would put above it is never lost.
    /// </summary>
    private const double RoundingMargin = 1e-9;

    public double Bias { get; }
    public IReadOnlyList<Tree> Trees { get; }

    public double Score(ReadOnlySpan<float> row)
    {
        var score = Bias;
        var nodes = _nodes;
        foreach (var root in _roots)
        {
            var node = root;
            while (node >= 0)
            {
                ref readonly var split = ref nodes[node];
                node = row[split.Feature] <= split.Threshold ? split.Left : split.Right;
            }
            score += _leaves[~node];
        }
        return score;
    }

    /// <summary>
    /// <see cref="Score"/>, or null as soon as the trees left cannot lift the score above <paramref name="floor"/>:
    /// a candidate whose score would be at most the floor is rejected without walking the rest of the trees.
    /// When not null, the value is exactly what <see cref="Score"/> returns (the same sum in the same order).
    /// </summary>
    public double? ScoreUnlessAtMost(ReadOnlySpan<float> row, double floor)
    {
        var score = Bias;
        var nodes = _nodes;
        var roots = _roots;
        var ceilings = _ceilings;
        for (var t = 0; t < roots.Length; t++)
        {
            if (score + ceilings[t] < floor - RoundingMargin)
            {
                return null;
            }
            var node = roots[t];
            while (node >= 0)
            {
                ref readonly var split = ref nodes[node];
                node = row[split.Feature] <= split.Threshold ? split.Left : split.Right;
            }
            score += _leaves[~node];
        }
        return score;
    }

    private readonly record struct Node(int Feature, float Threshold, int Left, int Right);

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
