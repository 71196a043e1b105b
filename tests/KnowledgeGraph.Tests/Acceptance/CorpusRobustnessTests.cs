using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.Support;
using KnowledgeGraph.Worker.Batch;

namespace KnowledgeGraph.Tests.Acceptance;

/// <summary>
/// Real articles go through whole: no exception, every mention and evidence span a true slice of
/// its article. One day of the corpus here; `bench` runs all of it.
/// </summary>
public sealed class CorpusRobustnessTests
{
    [SharedDataFact]
    public async Task A_day_of_the_corpus_extracts_without_failures_and_with_exact_offsets()
    {
        var day = Path.Combine(SharedData.Corpus, "2015-07-23.zip");
        var texts = new Dictionary<string, string>();
        var failures = new List<string>();
        var count = 0;
        var extractor = new BatchExtractor(Extract.Pipeline, Environment.ProcessorCount);
        var reader = new KnowledgeGraph.Extraction.Reading.ArticleReader();
        await foreach (var result in reader.ReadFileAsync(day))
        {
            if (result.Article is { } article)
            {
                texts[article.Name] = article.Text;
            }
        }
        await foreach (var item in extractor.RunAsync([day]))
        {
            if (item.Skipped)
            {
                continue; // empty, or no Arabic letter: nothing to extract
            }
            if (item.Graph is not { } graph)
            {
                failures.Add($"{item.Name}: {item.Error}");
                continue;
            }
            count++;
            var text = texts[graph.Document.Name];
            foreach (var mention in graph.Entities.SelectMany(entity => entity.Mentions))
            {
                Assert.InRange(mention.Start, 0, mention.End);
                Assert.InRange(mention.End, mention.Start, text.Length);
                Assert.Equal(text[mention.Start..mention.End], mention.Text);
            }
            foreach (var evidence in graph.Relations.SelectMany(relation => relation.Evidence))
            {
                Assert.Equal(text[evidence.Start..evidence.End], evidence.Text);
            }
        }
        Assert.Empty(failures);
        Assert.True(count > 1000, $"only {count} articles read from {day}");
    }
}
