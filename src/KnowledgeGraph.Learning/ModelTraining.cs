using KnowledgeGraph.Extraction.Learning;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Learning;

/// <summary>
/// Trains the model that ships: thresholds chosen on cross-validated (out-of-fold) scores so each
/// type's cut is the one that served held-out articles best, then every classifier trained on all
/// the articles; the model file records the articles, the trainer and the cross-validated scores.
/// </summary>
public sealed class ModelTraining
{
    public const int Folds = 5;

    private readonly LanguageResources _resources;
    private readonly TrainerSettings _settings;

    public ModelTraining(LanguageResources resources, TrainerSettings settings)
    {
        _resources = resources;
        _settings = settings;
    }

    public ModelFile Train(IReadOnlyList<AnnotatedArticle> articles, Action<string>? progress = null)
    {
        var crossValidation = new CrossValidation(_resources, _settings);
        var validation = crossValidation.Run(articles, [], Math.Min(Folds, articles.Count), progress: progress);
        var thresholds = Thresholds.Choose(validation.Pairs, articles.SelectMany(article => article.Gold.Relations));
        var trainer = new CandidateTrainer(_settings);
        var recorded = Preparation.Prepare(_resources, articles, recordMentions: true);
        var mentionClassifier = trainer.Mentions(recorded);
        var withMentions = Preparation.Prepare(_resources, articles, new ExtractionModel([mentionClassifier], "mentions"), recordEntities: true);
        var entityClassifier = trainer.Entities(withMentions);
        var prepared = Preparation.Prepare(_resources, articles, new ExtractionModel([mentionClassifier, entityClassifier], "mentions and entities"));
        var classifiers = new RelationTrainer(_settings).Train(prepared, thresholds);
        var scores = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["cv.relations.f1"] = Math.Round(validation.Learned.Relations.F1, 4),
            ["cv.relations.precision"] = Math.Round(validation.Learned.Relations.Precision, 4),
            ["cv.relations.recall"] = Math.Round(validation.Learned.Relations.Recall, 4),
            ["cv.entities.typed.f1"] = Math.Round(validation.Learned.EntitiesTyped.F1, 4),
        };
        foreach (var (type, threshold) in thresholds)
        {
            scores[$"threshold.{type.ToWire()}"] = Math.Round(threshold, 4);
        }
        return new ModelFile
        {
            Description = "Learned relation decisions of the KnowledgeGraph extractor (kg train).",
            Trainer = _settings.Describe(),
            Created = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            TrainedOn = articles.Select(article => article.Label).Order(StringComparer.Ordinal).ToList(),
            Scores = scores,
            Classifiers = classifiers.Values.Prepend(entityClassifier).Prepend(mentionClassifier).Select(ModelFile.FromClassifier).ToList(),
        };
    }
}
