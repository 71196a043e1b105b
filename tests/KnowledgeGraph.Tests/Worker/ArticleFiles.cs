using System.Text.Json;

namespace KnowledgeGraph.Tests.Worker;

/// <summary>Inputs for worker tests, written for the tests: article files and JSON batches with many articles.</summary>
public static class ArticleFiles
{
    private static readonly string[] Visitors = ["ماورو فييرا", "نانا أكوفو أدو", "هاكان فيدان", "جون موسى", "ويليام روتو", "كاشيم شيتيما"];
    private static readonly string[] Cities = ["الرياض", "القاهرة", "أبوجا", "نيروبي", "أنقرة", "الدوحة", "عمان", "باكو"];

    public static string Article(int index) =>
        $"زيارة رقم {index}\n"
        + $"وصل وزير الخارجية البرازيلي {Visitors[index % Visitors.Length]} إلى {Cities[index % Cities.Length]} يوم الأحد في زيارة رسمية.\n"
        + $"والتقى خلال الزيارة نظيره في {Cities[(index + 3) % Cities.Length]} لبحث العلاقات الثنائية، وفق ما ذكرت وكالة رويترز.\n";

    /// <summary>A JSON batch of articles (the corpus format), big enough to take a few seconds to ingest.</summary>
    public static void WriteBatch(string path, int first, int count)
    {
        var articles = Enumerable.Range(first, count).Select(index =>
        {
            var text = Article(index);
            var newline = text.IndexOf('\n');
            return new { source = "test", url = $"https://example.org/{index}", date_extracted = "2015-07-21 08:00:00", title = text[..newline], content = text[(newline + 1)..] };
        });
        File.WriteAllText(path, JsonSerializer.Serialize(articles));
    }
}
