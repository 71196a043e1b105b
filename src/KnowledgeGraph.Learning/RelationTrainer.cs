using KnowledgeGraph.Extraction.Learning;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Learning;

/// <summary>Trains one classifier per relation type on the labelled relation candidates of prepared articles.</summary>
public sealed class RelationTrainer
{
    /// <summary>
    /// With fewer positive examples than this a type gets no classifier and its rules stand: a few
    /// dozen accusations teach trees less than the hand-written frames already know.
    /// </summary>
    public const int MinimumPositives = 60;

    private readonly TreeTrainer _trees;
    private readonly double _ruleMargin;
    private readonly double _threshold;

    public RelationTrainer(TrainerSettings settings)
    {
        _trees = new TreeTrainer(settings);
        _ruleMargin = settings.RuleMargin;
        _threshold = settings.RelationThreshold;
    }

    public Dictionary<RelationType, Classifier> Train(IEnumerable<PreparedArticle> articles, IReadOnlyDictionary<RelationType, double>? thresholds = null)
    {
        var byType = new Dictionary<RelationType, List<Example>>();
        var articleIndex = 0;
        foreach (var article in articles)
        {
            for (var i = 0; i < article.Candidates.Count; i++)
            {
                if (article.Labels[i] is Label.Ignore or Label.Uncertain)
                {
                    continue;
                }
                var candidate = article.Candidates[i];
                if (!byType.TryGetValue(candidate.Type, out var rows))
                {
                    rows = [];
                    byType.Add(candidate.Type, rows);
                }
                rows.Add(new Example(candidate.Features, article.Labels[i] == Label.Yes, articleIndex));
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
            result[type] = _trees.Train(ExtractionModel.RelationKey(type), rows, thresholds is not null && thresholds.TryGetValue(type, out var tuned) ? tuned : _threshold, _ruleMargin);
        }
        return result;
    }
}
