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
    }

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
