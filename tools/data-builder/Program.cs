using System.Globalization;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Reading;
using KnowledgeGraph.Extraction.Text;

// Regenerates Data/lexicon/word-frequencies.tsv: in how many articles of a corpus each word
// occurs, as a power of two, tokenised and normalised exactly as the extractor reads text.
//   dotnet run --project tools/data-builder -- <corpus folder or files...> <output.tsv>
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: data-builder <corpus folder or files...> <output.tsv>");
    return 2;
}
const int MinimumArticles = 3;
var inputs = args[..^1];
var output = args[^1];
var normalizer = LanguageResources.Default.Normalizer;
var counts = new Dictionary<string, int>(StringComparer.Ordinal);
var articles = 0;
var reader = new ArticleReader();
{
    await foreach (var result in reader.ReadAsync(inputs, CancellationToken.None))
    {
        if (result.Article is not { } article)
        {
            continue;
        }
        articles++;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in Tokenizer.Tokenize(normalizer.Normalize(article.Text).Text))
        {
            if (token.Kind == TokenKind.Word && seen.Add(token.Text))
            {
                counts[token.Text] = counts.GetValueOrDefault(token.Text) + 1;
            }
        }
    }
}
await using var writer = new StreamWriter(output, append: false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
await writer.WriteLineAsync("# In how many articles each word occurs, as floor(log2(count)): 1 = 2-3 articles, 10 = 1,024-2,047.");
await writer.WriteLineAsync($"# Words of fewer than {MinimumArticles} articles are left out (a word not listed is rare).");
await writer.WriteLineAsync($"# Derived from {articles:N0} articles of the SaudiNewsNet corpus (CC BY-NC-SA 4.0) by tools/data-builder;");
await writer.WriteLineAsync("# only these counts are kept, no text. Regenerate: dotnet run --project tools/data-builder -- ../shared/corpora/saudinewsnet src/KnowledgeGraph.Extraction/Data/lexicon/word-frequencies.tsv");
await writer.WriteLineAsync("word\tlog2_articles");
foreach (var (word, count) in counts.Where(pair => pair.Value >= MinimumArticles).OrderBy(pair => pair.Key, StringComparer.Ordinal))
{
    await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{word}\t{(int)Math.Log2(count)}"));
}
Console.WriteLine($"{articles} articles, {counts.Count} words, {counts.Count(pair => pair.Value >= MinimumArticles)} written to {output}");
return 0;
