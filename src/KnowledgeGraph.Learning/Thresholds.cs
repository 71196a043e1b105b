using KnowledgeGraph.Evaluation;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Learning;

/// <summary>
/// Chooses each type's score threshold from out-of-fold scores: the cut that maximises that type's
/// F1 over held-out articles, counting every gold relation (found as a candidate or not) as what
/// recall is measured against.
/// </summary>
public static class Thresholds
{
    public static Dictionary<RelationType, double> Choose(IEnumerable<ScoredPair> pairs, IEnumerable<GoldRelation> gold)
    {
        var goldCounts = gold.Where(relation => !relation.Uncertain).GroupBy(relation => relation.Type).ToDictionary(group => group.Key, group => group.Count());
        var result = new Dictionary<RelationType, double>();
        foreach (var group in pairs.GroupBy(pair => pair.Type))
        {
            var ordered = group.OrderByDescending(pair => pair.Score).ToList();
            var total = goldCounts.GetValueOrDefault(group.Key);
            double bestF1 = -1, bestThreshold = 0;
            var truePositives = 0;
            for (var i = 0; i < ordered.Count; i++)
            {
                if (ordered[i].Gold)
                {
                    truePositives++;
                }
                // Cut between this score and the next lower one.
                if (i + 1 < ordered.Count && ordered[i + 1].Score == ordered[i].Score)
                {
                    continue;
                }
                var f1 = total + i + 1 == 0 ? 0 : 2.0 * truePositives / (total + i + 1);
                if (f1 > bestF1)
                {
                    bestF1 = f1;
                    bestThreshold = i + 1 < ordered.Count ? (ordered[i].Score + ordered[i + 1].Score) / 2 : ordered[i].Score - 1e-6;
                }
            }
            result[group.Key] = bestThreshold;
        }
        return result;
    }
}
