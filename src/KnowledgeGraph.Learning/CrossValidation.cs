using KnowledgeGraph.Evaluation;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Learning;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Relations.Decision;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Learning;

/// <summary>A relation pair as a decision saw it out of fold: its best score and whether the gold file has it.</summary>
public sealed record ScoredPair(RelationType Type, double Score, bool Gold);

public sealed class CrossValidationResult
{
    public required EvaluationResult Learned { get; init; }
    public required EvaluationResult RulesOnly { get; init; }
    public required IReadOnlyList<ScoredPair> Pairs { get; init; }
    public required int Folds { get; init; }
    public required int Articles { get; init; }
    public required int TrainingOnly { get; init; }
    public required RecallFunnel Funnel { get; init; }

    /// <summary>Writes every held-out candidate with its label, score and features (tab-separated), for error analysis.</summary>
    public void WriteCandidates(TextWriter writer, IReadOnlyList<PreparedArticle> pool)
    {
        writer.WriteLine("article\ttype\tsource\ttarget\tsentence\tlabel\tscore\trule\tfeatures");
        foreach (var article in pool)
        {
            for (var i = 0; i < article.Candidates.Count; i++)
            {
                var candidate = article.Candidates[i];
                writer.WriteLine(string.Join('\t', article.Source.Gold.Doc, candidate.Type.ToWire(), candidate.SourceEntity.Key, candidate.TargetEntity.Key,
                    candidate.Sentence, article.Labels[i], candidate.Score.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture),
                    candidate.Rule?.Rule ?? "", candidate.Features.ToString()));
            }
        }
    }
}

/// <summary>
/// K-fold cross-validation by article: each fold's articles are decided by classifiers trained on
/// the other folds (and on the training-only articles), and every article is scored once, as it
/// would be on text the model never saw. The rules' own output is scored beside it.
/// </summary>
public sealed class CrossValidation
{
    private readonly LanguageResources _resources;
    private readonly RelationTrainer _trainer;

    public CrossValidation(LanguageResources resources, TrainerSettings settings)
    {
        _resources = resources;
        _trainer = new RelationTrainer(settings);
    }

    /// <summary>The fold of each article: articles in name order, dealt round-robin, so folds do not depend on the run.</summary>
    public static int[] Folds(IReadOnlyList<PreparedArticle> pool, int k)
    {
        var order = pool.Select((article, index) => (article.Source.Label, index)).OrderBy(pair => pair.Label, StringComparer.Ordinal).ToList();
        var folds = new int[pool.Count];
        for (var rank = 0; rank < order.Count; rank++)
        {
            folds[order[rank].index] = rank % k;
        }
        return folds;
    }

    /// <summary>
    /// Runs the folds. With <paramref name="tuneThresholds"/>, each fold's thresholds are chosen by a
    /// cross-validation inside its own training articles (nested), so no held-out article
    /// influences the cut it is judged by.
    /// </summary>
    public CrossValidationResult Run(IReadOnlyList<PreparedArticle> pool, IReadOnlyList<PreparedArticle> trainingOnly, int k,
        bool tuneThresholds = false, Action<string>? progress = null)
    {
        var folds = Folds(pool, k);
        var learned = new GraphBuilder();
        var rulesOnly = new GraphBuilder();
        var pairs = new List<ScoredPair>();
        var nameWords = new NameWords(_resources);
        var funnel = new RecallFunnel();
        for (var fold = 0; fold < k; fold++)
        {
            var training = pool.Where((_, index) => folds[index] != fold).Concat(trainingOnly).ToList();
            var thresholds = tuneThresholds ? ChooseThresholds(training, k) : null;
            var classifiers = _trainer.Train(training, thresholds);
            var decision = new RelationDecision(_resources, nameWords, new ExtractionModel(classifiers.Values, $"fold {fold + 1} of {k}"));
            foreach (var article in pool.Where((_, index) => folds[index] == fold))
            {
                var relations = decision.Decide(article.Doc, article.Context, article.Candidates);
                learned.Add(article.GraphWith(relations));
                rulesOnly.Add(article.GraphWith(article.RuleRelations));
                pairs.AddRange(ScoredPairs(article, classifiers));
                funnel.Add(article, KeptGoldPairs(article, relations));
            }
            progress?.Invoke($"fold {fold + 1} of {k} done");
        }
        var gold = pool.Select(article => article.Source.Gold).ToList();
        return new CrossValidationResult
        {
            Learned = Scorer.Score(learned.Build(), gold),
            RulesOnly = Scorer.Score(rulesOnly.Build(), gold),
            Pairs = pairs,
            Folds = k,
            Articles = pool.Count,
            TrainingOnly = trainingOnly.Count,
            Funnel = funnel,
        };
    }

    /// <summary>Thresholds from a cross-validation over the given articles alone.</summary>
    public Dictionary<RelationType, double> ChooseThresholds(IReadOnlyList<PreparedArticle> articles, int k)
    {
        var inner = Run(articles, [], Math.Min(k, articles.Count));
        return Thresholds.Choose(inner.Pairs, articles.SelectMany(article => article.Source.Gold.Relations));
    }

    private static HashSet<(RelationType, string, string)> KeptGoldPairs(PreparedArticle article, IEnumerable<Extraction.Relations.RelationCandidate> relations)
    {
        var aligned = GoldAlignment.Align(article.Doc, article.Source.Gold);
        var kept = new HashSet<(RelationType, string, string)>();
        foreach (var relation in relations)
        {
            if (aligned.TryGetValue(relation.Source, out var source) && aligned.TryGetValue(relation.Target, out var target))
            {
                kept.Add((relation.Type, source, target));
            }
        }
        return kept;
    }

    /// <summary>One scored pair per (type, source entity, target entity): its best candidate, and whether any candidate was a yes.</summary>
    private static IEnumerable<ScoredPair> ScoredPairs(PreparedArticle article, IReadOnlyDictionary<RelationType, Classifier> classifiers)
    {
        var groups = article.Candidates.Select((candidate, index) => (candidate, label: article.Labels[index]))
            .Where(item => classifiers.ContainsKey(item.candidate.Type))
            .GroupBy(item => Extraction.Relations.Candidates.PairCandidateGenerator.Key(item.candidate.Type, item.candidate.SourceEntity, item.candidate.TargetEntity));
        foreach (var group in groups)
        {
            if (group.Any(item => item.label == Label.Ignore) && group.All(item => item.label != Label.Yes))
            {
                continue;
            }
            yield return new ScoredPair(group.Key.Item1, group.Max(item => item.candidate.Score), group.Any(item => item.label == Label.Yes));
        }
    }
}
