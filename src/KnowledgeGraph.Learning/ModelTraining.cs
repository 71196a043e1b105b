using KnowledgeGraph.Extraction.Learning;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Learning;

/// <summary>
/// Trains the model that ships: a cross-validation first, for the scores the model file reports,
/// then every decision (mentions, entities, relations) trained on all the articles, each on the
/// output of the ones before it. Thresholds stay at even odds for relations: cuts chosen on
/// inner folds served held-out articles worse. The file records the articles and the trainer.
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
        var trainer = new CandidateTrainer(_settings);
        var recorded = Preparation.Prepare(_resources, articles, recordMentions: true);
        var mentionClassifier = trainer.Mentions(recorded);
        var withMentions = Preparation.Prepare(_resources, articles, new ExtractionModel([mentionClassifier], "mentions"), recordEntities: true);
        var entityClassifier = trainer.Entities(withMentions);
        var prepared = Preparation.Prepare(_resources, articles, new ExtractionModel([mentionClassifier, entityClassifier], "mentions and entities"));
        var classifiers = new RelationTrainer(_settings).Train(prepared);
        var scores = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["cv.relations.f1"] = Math.Round(validation.Learned.Relations.F1, 4),
            ["cv.relations.precision"] = Math.Round(validation.Learned.Relations.Precision, 4),
            ["cv.relations.recall"] = Math.Round(validation.Learned.Relations.Recall, 4),
            ["cv.entities.typed.f1"] = Math.Round(validation.Learned.EntitiesTyped.F1, 4),
        };
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
