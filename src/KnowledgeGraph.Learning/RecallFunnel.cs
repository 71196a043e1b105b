using KnowledgeGraph.Evaluation;
using KnowledgeGraph.Extraction.Relations.Candidates;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Learning;

/// <summary>
/// Where the gold relations are lost, per type: how many have both arguments among the
/// extracted entities, how many of those have a candidate, and how many candidates the decision kept.
/// </summary>
public sealed class RecallFunnel
{
    private readonly Dictionary<RelationType, int[]> _counts = [];
    private readonly List<string> _lost = [];

    /// <summary>The gold relations lost at the candidate and decision stages, one line each.</summary>
    public IReadOnlyList<string> Lost => _lost;

    public static readonly string[] Stages = ["gold", "entities found", "candidate", "kept"];

    public void Add(PreparedArticle article, ISet<(RelationType, string, string)> keptGoldPairs)
    {
        var aligned = GoldAlignment.Align(article.Doc, article.Source.Gold);
        var alignedIds = aligned.Values.ToHashSet(StringComparer.Ordinal);
        var candidatePairs = new HashSet<(RelationType, string, string)>();
        foreach (var candidate in article.Candidates)
        {
            if (aligned.TryGetValue(candidate.SourceEntity, out var source) && aligned.TryGetValue(candidate.TargetEntity, out var target))
            {
                candidatePairs.Add((candidate.Type, source, target));
            }
        }
        foreach (var relation in article.Source.Gold.Relations.Where(relation => !relation.Uncertain))
        {
            var counts = Counts(relation.Type);
            counts[0]++;
            var sources = relation.SourceAlt.Prepend(relation.Source).Where(alignedIds.Contains).ToList();
            var targets = relation.TargetAlt.Prepend(relation.Target).Where(alignedIds.Contains).ToList();
            if (sources.Count == 0 || targets.Count == 0)
            {
                continue;
            }
            counts[1]++;
            var pairs = sources.SelectMany(s => targets.Select(t => (relation.Type, s, t)))
                .SelectMany(pair => relation.Type.IsSymmetric() ? new[] { pair, (pair.Type, pair.t, pair.s) } : [pair]).ToList();
            if (!pairs.Any(candidatePairs.Contains))
            {
                _lost.Add($"no candidate  {article.Source.Gold.Doc} {relation.Type.ToWire()} {relation.Source} -> {relation.Target}: {relation.Evidence}");
                continue;
            }
            counts[2]++;
            if (pairs.Any(keptGoldPairs.Contains))
            {
                counts[3]++;
            }
            else
            {
                _lost.Add($"dropped       {article.Source.Gold.Doc} {relation.Type.ToWire()} {relation.Source} -> {relation.Target}: {relation.Evidence}");
            }
        }
    }

    private int[] Counts(RelationType type)
    {
        if (!_counts.TryGetValue(type, out var counts))
        {
            counts = new int[Stages.Length];
            _counts.Add(type, counts);
        }
        return counts;
    }

    public void Print(TextWriter writer)
    {
        writer.WriteLine($"{"recall funnel",-22}{Stages[0],8}{Stages[1],16}{Stages[2],11}{Stages[3],8}");
        foreach (var type in RelationTypes.All)
        {
            var counts = _counts.GetValueOrDefault(type) ?? new int[Stages.Length];
            writer.WriteLine($"{"  " + type.ToWire(),-22}{counts[0],8}{counts[1],16}{counts[2],11}{counts[3],8}");
        }
        var total = Enumerable.Range(0, Stages.Length).Select(stage => _counts.Values.Sum(counts => counts[stage])).ToArray();
        writer.WriteLine($"{"  all",-22}{total[0],8}{total[1],16}{total[2],11}{total[3],8}");
    }
}
