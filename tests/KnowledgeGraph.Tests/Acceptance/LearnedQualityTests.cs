using KnowledgeGraph.Evaluation;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Learning;
using KnowledgeGraph.Tests.Support;
using Xunit.Abstractions;

namespace KnowledgeGraph.Tests.Acceptance;

/// <summary>
/// The learned decisions on articles they were not trained on: a 5-fold cross-validation over the
/// development and seed articles, each fold trained on the other folds and the training articles
/// (as README "Quality and speed" reports). Floors sit a few points below what was measured, and
/// learning must beat the rules alone on the same articles (on relations, by 0.005 on average over three trainer seeds).
/// </summary>
public sealed class LearnedQualityTests
{
    private readonly ITestOutputHelper _output;

    public LearnedQualityTests(ITestOutputHelper output) => _output = output;

    [SharedDataFact]
    public async Task Cross_validated_scores_meet_the_floors_and_beat_the_rules()
    {
        var pool = await Load("dev", "seeds");
        var training = await Load("train");
        var result = new CrossValidation(LanguageResources.Default, new TrainerSettings()).Run(pool, training, k: 5);

        var report = new StringWriter();
        EvaluationReport.Print(result.Learned, report, details: false);
        result.Funnel.Print(report);
        report.WriteLine("rules alone:");
        EvaluationReport.Print(result.RulesOnly, report, details: false);
        _output.WriteLine(report.ToString());

        Assert.Equal(pool.Count, result.Learned.Documents.Count);
        Assert.True(result.Learned.Relations.F1 >= 0.69, $"relation F1 {result.Learned.Relations.F1:0.000}\n{report}");
        Assert.True(result.Learned.Relations.Precision >= 0.78, $"relation precision {result.Learned.Relations.Precision:0.000}\n{report}");
        Assert.True(result.Learned.EntitiesTyped.F1 >= 0.81, $"typed entity F1 {result.Learned.EntitiesTyped.F1:0.000}\n{report}");
        Assert.True(result.Learned.StatusAgreement >= 0.95, $"status agreement {result.Learned.StatusAgreement:0.000}\n{report}");
        // Learning's lead over the rules on relations (0.011 to 0.018 at seeds 1 to 3; 0.006 to 0.018 over seeds 1 to 8,
        // mean 0.011) is of the size the trainer's seed moves the figure, so the floor is on the mean of seeds 1 to 3.
        var relationF1 = new List<double> { result.Learned.Relations.F1 };
        foreach (var seed in new[] { 2, 3 })
        {
            relationF1.Add(new CrossValidation(LanguageResources.Default, new TrainerSettings(Seed: seed)).Run(pool, training, k: 5).Learned.Relations.F1);
        }
        _output.WriteLine($"learned relation F1, trainer seeds 1 to 3: {string.Join(", ", relationF1.Select(f1 => f1.ToString("0.000")))}");
        Assert.True(relationF1.Average() >= result.RulesOnly.Relations.F1 + 0.005,
            $"learned {string.Join(", ", relationF1.Select(f1 => f1.ToString("0.000")))} (mean {relationF1.Average():0.000}) vs rules alone {result.RulesOnly.Relations.F1:0.000}\n{report}");
        Assert.True(result.Learned.EntitiesTyped.F1 > result.RulesOnly.EntitiesTyped.F1,
            $"learned entities {result.Learned.EntitiesTyped.F1:0.000} vs rules alone {result.RulesOnly.EntitiesTyped.F1:0.000}\n{report}");
    }

    [SharedDataFact]
    public void The_shipped_model_was_trained_on_every_annotated_article()
    {
        var model = LanguageResources.Default.Model!;
        var annotated = new[] { "dev", "seeds", "train" }
            .SelectMany(set => Directory.EnumerateFiles(SharedData.Path("gold", set), "*.json")
                .Select(file => $"{set}/{Path.GetFileNameWithoutExtension(file)}"))
            .ToHashSet();
        var trainedOn = model.File.TrainedOn.Select(label => label[..label.LastIndexOf('.')]).ToHashSet();
        Assert.Equal(annotated.Order(), trainedOn.Order());
    }

    private static async Task<List<AnnotatedArticle>> Load(params string[] sets)
    {
        var articles = new List<AnnotatedArticle>();
        foreach (var set in sets)
        {
            articles.AddRange(await new AnnotatedSet(SharedData.Path("gold", set), SharedData.Path(set)).LoadAsync(TextWriter.Null, CancellationToken.None));
        }
        return articles;
    }
}
