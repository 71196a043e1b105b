using KnowledgeGraph.Evaluation;
using KnowledgeGraph.Extraction.Reading;
using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.Support;
using Xunit.Abstractions;

namespace KnowledgeGraph.Tests.Acceptance;

/// <summary>
/// The quality floors of the seed articles (issue: relation F1 ≥ 0.90, typed entity F1 ≥ 0.90,
/// status agreement ≥ 0.90), scored exactly as shared/spec/scoring.md says.
/// </summary>
public sealed class SeedQualityTests
{
    private readonly ITestOutputHelper _output;

    public SeedQualityTests(ITestOutputHelper output) => _output = output;

    [SharedDataFact]
    public async Task Seed_articles_meet_the_quality_floors()
    {
        var gold = GoldDocument.LoadFolder(SharedData.SeedGold);
        Assert.NotEmpty(gold);
        var builder = new GraphBuilder();
        var reader = new ArticleReader();
        foreach (var document in gold)
        {
            await foreach (var result in reader.ReadFileAsync(Path.Combine(SharedData.SeedTexts, document.Doc)))
            {
                Assert.True(result.Succeeded, $"{result.Name}: {result.Error}");
                builder.Add(Extract.Pipeline.Extract(result.Article!));
            }
        }

        var scores = Scorer.Score(builder.Build(), gold);
        var report = new StringWriter();
        EvaluationReport.Print(scores, report);
        _output.WriteLine(report.ToString());

        Assert.True(scores.Relations.F1 >= 0.90, $"relation F1 {scores.Relations.F1:0.000} < 0.90\n{report}");
        Assert.True(scores.EntitiesTyped.F1 >= 0.90, $"typed entity F1 {scores.EntitiesTyped.F1:0.000} < 0.90\n{report}");
        Assert.True(scores.StatusAgreement >= 0.90, $"status agreement {scores.StatusAgreement:0.000} < 0.90\n{report}");
    }
}
