using System.Runtime.CompilerServices;
using System.Threading.Channels;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Reading;
using KnowledgeGraph.Extraction.Segments;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Worker.Batch;

/// <summary>The outcome for one input: its graph; or why it was skipped (nothing to extract) or set aside (not read).</summary>
/// <param name="Bytes">Size of the article text in UTF-8.</param>
public sealed record BatchItem(string Name, DocumentGraph? Graph, string? Error, int Characters, int Bytes, bool Skipped = false)
{
    public bool Succeeded => Graph is not null;

    public bool Failed => Graph is null && !Skipped;
}

/// <summary>
/// Reads articles and extracts them on several threads, streaming: articles are read one at a
/// time into a small bounded queue, so memory stays flat however large the input. An article
/// that cannot be read, or whose extraction fails, becomes a failed item; the batch goes on.
/// </summary>
public sealed class BatchExtractor
{
    private readonly SegmentedExtractor _extractor;
    private readonly int _degree;
    private readonly ArticleReaderOptions _readerOptions;

    public BatchExtractor(ExtractionPipeline pipeline, int degree, ArticleReaderOptions? readerOptions = null)
    {
        _extractor = new SegmentedExtractor(pipeline);
        _degree = Math.Max(1, degree);
        _readerOptions = readerOptions ?? new ArticleReaderOptions();
    }

    public async IAsyncEnumerable<BatchItem> RunAsync(IEnumerable<string> paths, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var input = Channel.CreateBounded<ArticleReadResult>(new BoundedChannelOptions(_degree * 4) { SingleWriter = true });
        var output = Channel.CreateBounded<BatchItem>(new BoundedChannelOptions(_degree * 4) { SingleReader = true });

        var reader = Task.Run(async () =>
        {
            try
            {
                await foreach (var result in new ArticleReader(_readerOptions).ReadAsync(paths, cancellationToken).ConfigureAwait(false))
                {
                    await input.Writer.WriteAsync(result, cancellationToken).ConfigureAwait(false);
                }
                input.Writer.Complete();
            }
            catch (Exception exception)
            {
                input.Writer.Complete(exception);
            }
        }, cancellationToken);

        var workers = Enumerable.Range(0, _degree).Select(_ => Task.Run(async () =>
        {
            await foreach (var result in input.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                await output.Writer.WriteAsync(Process(result), cancellationToken).ConfigureAwait(false);
            }
        }, cancellationToken)).ToList();

        var completion = Task.Run(async () =>
        {
            try
            {
                await Task.WhenAll(workers.Append(reader)).ConfigureAwait(false);
                output.Writer.Complete();
            }
            catch (Exception exception)
            {
                output.Writer.Complete(exception);
            }
        }, cancellationToken);

        await foreach (var item in output.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
        await completion.ConfigureAwait(false);
    }

    private BatchItem Process(ArticleReadResult result)
    {
        if (result.Article is not { } article)
        {
            return new BatchItem(result.Name, null, result.Error, 0, 0, result.Skipped);
        }
        var bytes = System.Text.Encoding.UTF8.GetByteCount(article.Text);
        try
        {
            return new BatchItem(result.Name, _extractor.Extract(article), null, article.Text.Length, bytes);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A bug must not cost the rest of the batch; the article is reported with what went wrong.
            return new BatchItem(result.Name, null, $"extraction failed: {exception.GetType().Name}: {exception.Message}", article.Text.Length, bytes);
        }
    }
}
