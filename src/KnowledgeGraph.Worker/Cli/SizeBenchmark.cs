using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Reading;
using KnowledgeGraph.Extraction.Segments;

namespace KnowledgeGraph.Worker.Cli;

/// <summary>
/// `bench --by-size`: builds one article of each size from the corpus's texts, back to back, and times its
/// extraction alone, step by step. Cost that grows linearly with length keeps the time per MB flat across sizes;
/// `--one-line` joins the text into a single line (no paragraph breaks), the worst case for sentence splitting.
/// </summary>
public static class SizeBenchmark
{
    public static Option<string?> Sizes { get; } = new("--by-size")
    {
        Description = "Time one article of each size instead (comma-separated, e.g. 10KB,100KB,1MB,10MB; the default), built from the corpus's texts.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public static Option<bool> OneLine { get; } = new("--one-line") { Description = "With --by-size: the article is a single line." };

    public const string DefaultSizes = "10KB,100KB,1MB,10MB";

    public static async Task<int> RunAsync(ParseResult parse, DirectoryInfo corpus, CancellationToken cancellationToken)
    {
        var sizes = ParseSizes(parse.GetValue(Sizes) ?? DefaultSizes);
        var oneLine = parse.GetValue(OneLine);
        var text = await CorpusTextAsync(corpus.FullName, sizes.Max(), cancellationToken);
        var pipeline = new ExtractionPipeline(CommonOptions.Resources(parse));
        var extractor = new SegmentedExtractor(pipeline);
        // Warm up (JIT, lazily built tables) so the smallest size is not charged for them.
        pipeline.Extract(Article.FromText("warm-up", Cut(text, 20_000)));
        var output = Console.Out;
        output.WriteLine($"corpus           {corpus.FullName}{(oneLine ? " (each article one line)" : "")}");
        output.WriteLine("size        seconds  CPU s per MB  allocated MB  mentions  relations  slowest steps");
        foreach (var size in sizes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var body = Cut(text, size);
            if (oneLine)
            {
                body = body.ReplaceLineEndings(" ");
            }
            var article = Article.FromText($"bench-{size}", body);
            pipeline.Timings = new PipelineTimings();
            GC.Collect();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var graph = extractor.Extract(article);
            clock.Stop();
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            var megabytes = Encoding.UTF8.GetByteCount(body) / 1_000_000.0;
            var steps = string.Join(", ", pipeline.Timings.Totals.Take(3).Select(step => string.Create(CultureInfo.InvariantCulture, $"{step.Step} {step.Seconds:0.00}")));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Format(size),-10}  {clock.Elapsed.TotalSeconds,7:0.000}  {cpuSeconds / megabytes,12:0.00}  {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0,12:0}  {graph.Entities.Sum(entity => entity.Mentions.Count),8}  {graph.Relations.Count,9}  {steps}"));
        }
        return 0;
    }

    public static List<long> ParseSizes(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ParseSize).ToList();

    /// <summary>"10KB", "1MB", "1500" (bytes); KB and MB are 1,000 and 1,000,000 bytes.</summary>
    public static long ParseSize(string text)
    {
        var upper = text.Trim().ToUpperInvariant();
        var (digits, factor) = upper switch
        {
            _ when upper.EndsWith("KB", StringComparison.Ordinal) => (upper[..^2], 1_000L),
            _ when upper.EndsWith("MB", StringComparison.Ordinal) => (upper[..^2], 1_000_000L),
            _ when upper.EndsWith('B') => (upper[..^1], 1L),
            _ => (upper, 1L),
        };
        return double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0
            ? (long)(value * factor)
            : throw new ArgumentException($"'{text}' is not a size (such as 10KB or 1MB).");
    }

    private static string Format(long bytes) => bytes switch
    {
        >= 1_000_000 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1_000_000.0:0.#} MB"),
        >= 1_000 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1_000.0:0.#} KB"),
        _ => $"{bytes} B",
    };

    /// <summary>The corpus's articles back to back, paragraphs kept, until there is at least <paramref name="bytes"/> of UTF-8.</summary>
    private static async Task<string> CorpusTextAsync(string corpus, long bytes, CancellationToken cancellationToken)
    {
        var builder = new StringBuilder();
        long length = 0;
        while (length < bytes)
        {
            var before = length;
            await foreach (var result in new ArticleReader().ReadAsync([corpus], cancellationToken))
            {
                if (result.Article is not { } article || article.Text.Length == 0)
                {
                    continue;
                }
                builder.Append(article.Text).Append('\n');
                length += Encoding.UTF8.GetByteCount(article.Text) + 1;
                if (length >= bytes)
                {
                    break;
                }
            }
            if (length == before)
            {
                throw new InvalidDataException($"No article text in {corpus}.");
            }
        }
        return builder.ToString();
    }

    /// <summary>The first <paramref name="bytes"/> of UTF-8 of the text, cut at a word boundary.</summary>
    private static string Cut(string text, long bytes)
    {
        // Arabic letters take two bytes in UTF-8: start from that estimate, then adjust.
        var end = (int)Math.Min(text.Length, bytes / 2);
        while (end < text.Length && Encoding.UTF8.GetByteCount(text.AsSpan(0, end)) < bytes)
        {
            end = Math.Min(text.Length, end + (int)Math.Max(1, (bytes - Encoding.UTF8.GetByteCount(text.AsSpan(0, end))) / 2));
        }
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }
        return text[..end];
    }
}
