using KnowledgeGraph.Extraction.Entities.Decision;
using KnowledgeGraph.Extraction.Learning;

namespace KnowledgeGraph.Learning;

/// <summary>Trains the mention and entity decisions on the candidates prepared articles recorded.</summary>
public sealed class CandidateTrainer
{
    private readonly TreeTrainer _trees;
    private readonly TrainerSettings _settings;

    public CandidateTrainer(TrainerSettings settings)
    {
        _trees = new TreeTrainer(settings);
        _settings = settings;
    }

    public Classifier Mentions(IEnumerable<PreparedArticle> articles) =>
        Train(MentionDecision.ClassifierName, articles,
            article => article.MentionCandidates.Select((candidate, index) => (candidate.Features, article.MentionLabels[index])),
            _settings.MentionThreshold, _settings.RuleMargin);

    public Classifier Entities(IEnumerable<PreparedArticle> articles) =>
        Train(EntityDecision.ClassifierName, articles,
            article => article.EntityCandidates.Select((candidate, index) => (candidate.Features, article.EntityLabels[index])),
            _settings.EntityThreshold);

    private Classifier Train(string name, IEnumerable<PreparedArticle> articles, Func<PreparedArticle, IEnumerable<(FeatureBag Features, Label Label)>> examplesOf, double threshold, double ruleMargin = 0)
    {
        var examples = new List<Example>();
        var articleIndex = 0;
        foreach (var article in articles)
        {
            foreach (var (features, label) in examplesOf(article))
            {
                if (label is not (Label.Ignore or Label.Uncertain))
                {
                    examples.Add(new Example(features, label == Label.Yes, articleIndex));
                }
            }
            articleIndex++;
        }
        return _trees.Train(name, examples, threshold, ruleMargin);
    }
}
