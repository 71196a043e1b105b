using System.Runtime.CompilerServices;
using System.Threading.Channels;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Reading;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Worker.Batch;

/// <summary>The outcome for one input: its graph, or why it was set aside.</summary>
/// <param name="Bytes">Size of the article text in UTF-8.</param>
public sealed record BatchItem(string Name, DocumentGraph? Graph, string? Error, int Characters, int Bytes)
{
    public bool Succeeded => Graph is not null;
}

/// <summary>
/// Reads articles and extracts them on several threads, streaming: articles are read one at a
/// time into a small bounded queue, so memory stays flat however large the input. An article
/// that cannot be read, or whose extraction fails, becomes a failed item; the batch goes on.
/// </summary>
public sealed class BatchExtractor
{
    private readonly ExtractionPipeline _pipeline;
    private readonly int _degree;

    public BatchExtractor(ExtractionPipeline pipeline, int degree)
    {
        _pipeline = pipeline;
        _degree = Math.Max(1, degree);
    }

    public async IAsyncEnumerable<BatchItem> RunAsync(IEnumerable<string> paths, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var input = Channel.CreateBounded<ArticleReadResult>(new BoundedChannelOptions(_degree * 4) { SingleWriter = true });
        var output = Channel.CreateBounded<BatchItem>(new BoundedChannelOptions(_degree * 4) { SingleReader = true });

        var reader = Task.Run(async () =>
        {
            try
            {
                await foreach (var result in new ArticleReader().ReadAsync(paths, cancellationToken).ConfigureAwait(false))
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
            return new BatchItem(result.Name, null, result.Error, 0, 0);
        }
        var bytes = System.Text.Encoding.UTF8.GetByteCount(article.Text);
        try
        {
            return new BatchItem(article.Name, _pipeline.Extract(article), null, article.Text.Length, bytes);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A bug must not cost the rest of the batch; the article is reported with what went wrong.
            return new BatchItem(article.Name, null, $"extraction failed: {exception.GetType().Name}: {exception.Message}", article.Text.Length, bytes);
        }
    }
}
