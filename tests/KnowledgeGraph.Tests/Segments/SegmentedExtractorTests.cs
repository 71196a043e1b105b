using System.Text.Json;
using KnowledgeGraph.Export.Json;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Reading;
using KnowledgeGraph.Extraction.Segments;
using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.Support;
using KnowledgeGraph.Tests.Worker;

namespace KnowledgeGraph.Tests.Segments;

/// <summary>Long articles in segments: the same graph shape, offsets into the whole article, cost linear in length.</summary>
public sealed class SegmentedExtractorTests
{
    private static string LongText(int articles) =>
        "زيارات الأسبوع\n" + string.Concat(Enumerable.Range(0, articles).Select(index => ArticleFiles.Article(index)[(ArticleFiles.Article(index).IndexOf('\n') + 1)..]));

    [Fact]
    public async Task A_short_article_is_extracted_exactly_as_by_the_pipeline()
    {
        var article = Article.FromText("short.txt", LongText(5), new DateOnly(2023, 9, 12));

        var direct = Extract.Pipeline.Extract(article);
        var segmented = new SegmentedExtractor(Extract.Pipeline).Extract(article);

        Assert.Equal(await Json(direct), await Json(segmented));
    }

    [Fact]
    public void A_long_article_keeps_every_mention_and_evidence_at_its_place_in_the_whole_text()
    {
        var text = LongText(60);
        var article = Article.FromText("long.txt", text, new DateOnly(2023, 9, 12));
        var segmenter = new ArticleSegmenter(1_500);
        Assert.True(segmenter.Split(text).Count > 5);

        var graph = new SegmentedExtractor(Extract.Pipeline, 1_500).Extract(article);

        Assert.Equal(DocumentGraphBuilder.DocumentId(text), graph.Document.Id);
        Assert.Equal("long.txt", graph.Document.Name);
        Assert.Equal(new DateOnly(2023, 9, 12), graph.Document.Date);
        var mentions = graph.Entities.SelectMany(entity => entity.Mentions).ToList();
        Assert.All(mentions, mention => Assert.Equal(text[mention.Start..mention.End], mention.Text));
        Assert.All(graph.Relations.SelectMany(relation => relation.Evidence), evidence => Assert.Equal(text[evidence.Start..evidence.End], evidence.Text));
        // Mentions come from every part of the article, not the first segment only.
        Assert.True(mentions.Max(mention => mention.Start) > text.Length * 9 / 10);
        Assert.Equal(graph.Entities.Count, graph.Entities.Select(entity => entity.Id).Distinct().Count());
        Assert.Equal(graph.Relations.Count, graph.Relations.Select(relation => relation.Id).Distinct().Count());
    }

    [Fact]
    public void Segments_cover_the_text_and_end_at_line_breaks_sentence_ends_or_spaces()
    {
        var text = "سطر أول.\n" + new string('ب', 30) + " كلمة. " + string.Concat(Enumerable.Repeat("كلمة ", 40)) + new string('ج', 200);
        var segments = new ArticleSegmenter(40).Split(text);

        Assert.Equal(text, string.Concat(segments.Select(range => text[range])));
        Assert.All(segments, range => Assert.InRange(range.GetOffsetAndLength(text.Length).Length, 1, 40));
        Assert.All(segments.SkipLast(1).Select(range => text[range]), segment => Assert.True(segment[^1] is '\n' or ' ' or '.' or 'ج', segment));
    }

    [Fact]
    public void Time_per_character_does_not_grow_with_the_article()
    {
        var extractor = new SegmentedExtractor(Extract.Pipeline);
        extractor.Extract(Article.FromText("warm-up.txt", LongText(20)));

        var small = Seconds(extractor, LongText(300));
        var large = Seconds(extractor, LongText(6_000));

        // Twenty times the text: linear cost is about twenty times the time (measured: 11); the whole-document
        // steps without segments made ten times the text take 27 times as long, so twenty times would take 100 and more.
        Assert.True(large < small * 60, $"{small:0.00} s for the small article, {large:0.00} s for twenty times as much");
    }

    private static double Seconds(SegmentedExtractor extractor, string text)
    {
        var best = double.MaxValue;
        for (var run = 0; run < 2; run++)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            extractor.Extract(Article.FromText("bench.txt", text));
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }
        return best;
    }

    private static async Task<string> Json(DocumentGraph graph)
    {
        var builder = new GraphBuilder();
        builder.Add(graph);
        using var stream = new MemoryStream();
        await JsonGraphWriter.WriteAsync(builder.Build(), stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
