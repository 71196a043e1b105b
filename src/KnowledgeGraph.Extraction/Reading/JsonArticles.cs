using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Reading;

/// <summary>Articles from JSON: one article object, or an array of them streamed element by element.</summary>
internal static partial class JsonArticles
{
    public static async IAsyncEnumerable<ArticleReadResult> ReadAsync(
        string name, Stream stream, ArticleReaderOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Peek at the first significant byte: an array is streamed element by element, an object is one article.
        var (first, buffered, peekError) = await PeekSignificantByteAsync(stream, cancellationToken).ConfigureAwait(false);
        if (peekError is not null)
        {
            yield return ArticleReadResult.Failure(name, peekError);
            yield break;
        }
        if (first == '{')
        {
            var (element, error) = await ParseObjectAsync(buffered, cancellationToken).ConfigureAwait(false);
            yield return error is null ? FromJson(name, element, options) : ArticleReadResult.Failure(name, error);
            yield break;
        }
        if (first != '[')
        {
            yield return ArticleReadResult.Failure(name, "is not an article file (JSON must hold an article object or an array of them)");
            yield break;
        }

        var index = 0;
        var elements = JsonArrayReader.ReadAsync(buffered, cancellationToken).ConfigureAwait(false).GetAsyncEnumerator();
        try
        {
            while (true)
            {
                bool moved;
                string? error = null;
                try
                {
                    moved = await elements.MoveNextAsync();
                }
                catch (JsonException exception)
                {
                    moved = false;
                    error = $"stops being valid JSON after {index} article(s): {exception.Message}";
                }
                catch (DecoderFallbackException)
                {
                    moved = false;
                    error = $"is not valid UTF-8 after {index} article(s)";
                }
                catch (Exception exception) when (exception is InvalidDataException or IOException)
                {
                    moved = false;
                    error = $"cannot be read after {index} article(s): {exception.Message}";
                }
                if (error is not null)
                {
                    yield return ArticleReadResult.Failure(name, error);
                    yield break;
                }
                if (!moved)
                {
                    yield break;
                }
                yield return FromJson($"{name}#{index}", elements.Current, options);
                index++;
            }
        }
        finally
        {
            await elements.DisposeAsync();
        }
    }

    private static async Task<(JsonElement Element, string? Error)> ParseObjectAsync(Stream stream, CancellationToken cancellationToken)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
            return (document.RootElement.Clone(), null);
        }
        catch (JsonException exception)
        {
            return (default, $"is not valid JSON: {exception.Message}");
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException)
        {
            return (default, $"cannot be read: {exception.Message}");
        }
    }

    private static ArticleReadResult FromJson(string origin, JsonElement element, ArticleReaderOptions options)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return ArticleReadResult.Failure(origin, $"is not an article (a JSON {element.ValueKind}, not an object)");
        }
        if ((GetString(element, "content") ?? GetString(element, "text")) is not { } rawContent)
        {
            return ArticleReadResult.Failure(origin, "is not an article (no \"content\" or \"text\" string)");
        }
        var content = ArticleText.Clean(rawContent);
        var title = ArticleText.Clean(GetString(element, "title") ?? "").Trim();
        var url = GetString(element, "url")?.Trim() is { Length: > 0 } given ? given : null;
        var date = ArticleMetadata.ParseDate(GetString(element, "date") ?? GetString(element, "date_published") ?? GetString(element, "date_extracted"));
        var article = Article.FromParts(url ?? origin, title, content, date, GetString(element, "source"), url);
        if (ArticleText.TooLarge(Encoding.UTF8.GetByteCount(article.Text), options.MaxArticleBytes) is { } tooLarge)
        {
            return ArticleReadResult.Failure(origin, tooLarge);
        }
        return ArticleText.SkipReason(content, article.Text) is { } skip
            ? ArticleReadResult.Skip(origin, skip)
            : ArticleReadResult.Success(article, origin);
    }

    private static string? GetString(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value) || value.ValueKind != JsonValueKind.String)
        {
            return null;
        }
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            // An escaped half of a surrogate pair ("\ud800" alone) cannot become a .NET string as written: drop it.
            return JsonSerializer.Deserialize<string>(LoneSurrogateEscape().Replace(value.GetRawText(), ""));
        }
    }

    [GeneratedRegex(@"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}")]
    private static partial Regex LoneSurrogateEscape();

    /// <summary>The first byte that is not whitespace or a BOM, and a stream that still starts at the beginning.</summary>
    private static async Task<(int First, Stream Stream, string? Error)> PeekSignificantByteAsync(Stream stream, CancellationToken cancellationToken)
    {
        var read = new List<byte>();
        var buffer = new byte[1];
        while (read.Count < 4096)
        {
            int count;
            try
            {
                count = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is InvalidDataException or IOException)
            {
                return (-1, stream, $"cannot be read: {exception.Message}");
            }
            if (count == 0)
            {
                return (-1, new PrefixedStream([.. read], stream), null);
            }
            read.Add(buffer[0]);
            var b = buffer[0];
            var inBom = read.Count <= 3 && b is 0xEF or 0xBB or 0xBF;
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') && !inBom)
            {
                return (b, new PrefixedStream([.. read], stream), null);
            }
        }
        return (-1, new PrefixedStream([.. read], stream), null);
    }
}
