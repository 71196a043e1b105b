using KnowledgeGraph.Evaluation;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Entities.Decision;
using KnowledgeGraph.Extraction.Learning;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Relations;
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

    /// <summary>The held-out articles as the learned decisions left them (their candidates scored).</summary>
    public required IReadOnlyList<PreparedArticle> HeldOut { get; init; }

    /// <summary>The recorded mention candidates of the pool (rules alone), with labels and the held-out score they got.</summary>
    public required IReadOnlyList<PreparedArticle> Recorded { get; init; }

    /// <summary>Writes every mention candidate with its label and held-out score (tab-separated), for error analysis.</summary>
    public void WriteMentionCandidates(TextWriter writer)
    {
        writer.WriteLine("article\ttype\tsource\tkind\ttext\tlabel\tscore\tfeatures");
        foreach (var article in Recorded)
        {
            for (var i = 0; i < article.MentionCandidates.Count; i++)
            {
                var mention = article.MentionCandidates[i].Mention;
                var (start, end) = article.Doc.ToOriginal(mention.Start, mention.End);
                writer.WriteLine(string.Join('\t', article.Source.Gold.Doc, mention.Type, mention.Source, mention.Kind,
                    article.Doc.Article.Text[start..end].ReplaceLineEndings(" "), article.MentionLabels[i],
                    (mention.Score ?? double.NaN).ToString("0.000", System.Globalization.CultureInfo.InvariantCulture), article.MentionCandidates[i].Features));
            }
        }
    }

    /// <summary>Writes every held-out relation candidate with its label, score and features (tab-separated), for error analysis.</summary>
    public void WriteCandidates(TextWriter writer)
    {
        writer.WriteLine("article\ttype\tsource\ttarget\tsentence\tlabel\tscore\trule\tfeatures");
        foreach (var article in HeldOut)
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
/// K-fold cross-validation by article: each fold's articles are read with a mention decision and
/// relation decisions trained on the other folds (and the training-only articles), and every
/// article is scored once, as it would be on text the model never saw. The rules' own output is
/// scored beside it.
/// </summary>
public sealed class CrossValidation
{
    private readonly LanguageResources _resources;
    private readonly TrainerSettings _settings;
    private readonly RelationTrainer _relations;
    private readonly CandidateTrainer _candidates;

    public CrossValidation(LanguageResources resources, TrainerSettings settings, bool learnMentions = true)
    {
        _resources = resources;
        _settings = settings;
        LearnMentions = learnMentions;
        _relations = new RelationTrainer(settings);
        _candidates = new CandidateTrainer(settings);
    }

    public bool LearnMentions { get; }

    /// <summary>
    /// The fold of each article, dealt round-robin: by default in name order, so folds do not depend on the run; with a
    /// shuffle seed in an order drawn from the seed (a hash of seed and name, the same on every machine), so that runs
    /// with other seeds hold out other splits and their spread shows how much a score depends on the split.
    /// </summary>
    public static int[] Folds(IReadOnlyList<AnnotatedArticle> pool, int k, int? shuffleSeed = null)
    {
        var order = pool.Select((article, index) => (article.Label, index))
            .OrderBy(pair => shuffleSeed is { } seed ? ShuffleKey(seed, pair.Label) : 0UL)
            .ThenBy(pair => pair.Label, StringComparer.Ordinal)
            .ToList();
        var folds = new int[pool.Count];
        for (var rank = 0; rank < order.Count; rank++)
        {
            folds[order[rank].index] = rank % k;
        }
        return folds;
    }

    /// <summary>FNV-1a over the seed and the article's name: a fixed pseudo-random order, unlike string.GetHashCode.</summary>
    private static ulong ShuffleKey(int seed, string label)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in seed.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/" + label)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return hash;
    }

    /// <summary>
    /// Runs the folds. With <paramref name="tuneThresholds"/>, each fold's relation thresholds are
    /// chosen by a cross-validation inside its own training articles (nested), so no held-out
    /// article influences the cut it is judged by.
    /// </summary>
    public CrossValidationResult Run(IReadOnlyList<AnnotatedArticle> pool, IReadOnlyList<AnnotatedArticle> trainingOnly, int k,
        bool tuneThresholds = false, Action<string>? progress = null, bool shuffleFolds = false)
    {
        var all = pool.Concat(trainingOnly).ToList();
        var rulesOnly = Preparation.Prepare(_resources, all, recordMentions: LearnMentions);
        var folds = Folds(pool, k, shuffleFolds ? _settings.Seed : null);
        var learned = new GraphBuilder();
        var rules = new GraphBuilder();
        var pairs = new List<ScoredPair>();
        var funnel = new RecallFunnel();
        var heldOut = new List<PreparedArticle>();
        var nameWords = new NameWords(_resources);
        for (var fold = 0; fold < k; fold++)
        {
            var inFold = Enumerable.Range(0, all.Count).Select(index => index < pool.Count && folds[index] == fold).ToArray();
            var prepared = rulesOnly;
            var entityClassifiers = new List<Classifier>();
            if (LearnMentions)
            {
                var mentionClassifier = _candidates.Mentions(rulesOnly.Where((_, index) => !inFold[index]));
                entityClassifiers.Add(mentionClassifier);
                var withMentions = Preparation.Prepare(_resources, all, new ExtractionModel(entityClassifiers, $"mentions of fold {fold + 1}"), recordEntities: true);
                entityClassifiers.Add(_candidates.Entities(withMentions.Where((_, index) => !inFold[index])));
                prepared = Preparation.Prepare(_resources, all, new ExtractionModel(entityClassifiers, $"mentions and entities of fold {fold + 1}"));
                for (var index = 0; index < pool.Count; index++)
                {
                    if (inFold[index])
                    {
                        foreach (var candidate in rulesOnly[index].MentionCandidates)
                        {
                            candidate.Mention.Score = mentionClassifier.Score(candidate.Features);
                        }
                    }
                }
            }
            var training = prepared.Where((_, index) => !inFold[index]).ToList();
            var thresholds = tuneThresholds ? ChooseThresholds(training, k) : null;
            var classifiers = _relations.Train(training, thresholds);
            var decision = new RelationDecision(_resources, nameWords,
                new ExtractionModel(classifiers.Values.Concat(entityClassifiers), $"fold {fold + 1} of {k}"));
            for (var index = 0; index < pool.Count; index++)
            {
                if (!inFold[index])
                {
                    continue;
                }
                var article = prepared[index];
                decision.ScoreDescribed(article.Candidates);
                var relations = decision.Decide(article.Doc, article.Context, article.Candidates);
                learned.Add(article.GraphWith(relations));
                rules.Add(rulesOnly[index].GraphWith(rulesOnly[index].RuleRelations));
                pairs.AddRange(ScoredPairs(article, classifiers));
                funnel.Add(article, KeptGoldPairs(article, relations));
                heldOut.Add(article);
            }
            progress?.Invoke($"fold {fold + 1} of {k} done");
        }
        var gold = pool.Select(article => article.Gold).ToList();
        return new CrossValidationResult
        {
            Learned = Scorer.Score(learned.Build(), gold),
            RulesOnly = Scorer.Score(rules.Build(), gold),
            Pairs = pairs,
            Folds = k,
            Articles = pool.Count,
            TrainingOnly = trainingOnly.Count,
            Funnel = funnel,
            HeldOut = heldOut,
            Recorded = rulesOnly.Take(pool.Count).ToList(),
        };
    }

    /// <summary>Relation thresholds from a cross-validation of the relation decisions over the given (prepared) articles alone.</summary>
    public Dictionary<RelationType, double> ChooseThresholds(IReadOnlyList<PreparedArticle> articles, int k)
    {
        var order = articles.Select((article, index) => (article.Source.Label, index)).OrderBy(pair => pair.Label, StringComparer.Ordinal).ToList();
        var folds = new int[articles.Count];
        for (var rank = 0; rank < order.Count; rank++)
        {
            folds[order[rank].index] = rank % k;
        }
        var pairs = new List<ScoredPair>();
        var nameWords = new NameWords(_resources);
        for (var fold = 0; fold < k; fold++)
        {
            var classifiers = _relations.Train(articles.Where((_, index) => folds[index] != fold));
            var decision = new RelationDecision(_resources, nameWords, new ExtractionModel(classifiers.Values, "inner fold"));
            foreach (var article in articles.Where((_, index) => folds[index] == fold))
            {
                decision.ScoreDescribed(article.Candidates);
                pairs.AddRange(ScoredPairs(article, classifiers));
            }
        }
        return Thresholds.Choose(pairs, articles.SelectMany(article => article.Source.Gold.Relations));
    }

    private static HashSet<(RelationType, string, string)> KeptGoldPairs(PreparedArticle article, IEnumerable<RelationCandidate> relations)
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
            // As scoring counts it: an uncertain gold relation is neither right nor wrong; a pair left out of
            // training for a wrongly bounded argument is still a wrong relation when it is output.
            if (group.Any(item => item.label == Label.Uncertain) && group.All(item => item.label != Label.Yes))
            {
                continue;
            }
            yield return new ScoredPair(group.Key.Item1, group.Max(item => item.candidate.Score), group.Any(item => item.label == Label.Yes));
        }
    }
}
