using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Extraction.Reading;

/// <summary>
/// Reads articles from files and folders, one at a time: UTF-8 text files (first line the
/// headline), JSON files holding one article object or an array of them (title, content,
/// optional date_extracted / date, source, url), and zip archives of either. A file that cannot
/// be read as articles yields a failure naming it and why; reading goes on with the next one.
/// </summary>
public sealed class ArticleReader
{
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".json", ".zip" };

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The input files behind the given paths, folders expanded recursively, in ordinal order.</summary>
    public static IEnumerable<string> ExpandPaths(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(file => Extensions.Contains(Path.GetExtension(file)) && !IsSidecar(file))
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    yield return file;
                }
            }
            else
            {
                yield return path;
            }
        }
    }

    public async IAsyncEnumerable<ArticleReadResult> ReadAsync(
        IEnumerable<string> paths, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var file in ExpandPaths(paths))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await foreach (var result in ReadFileAsync(file, cancellationToken).ConfigureAwait(false))
            {
                yield return result;
            }
        }
    }

    public async IAsyncEnumerable<ArticleReadResult> ReadFileAsync(
        string path, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            yield return ArticleReadResult.Failure(path, "no such file or folder");
            yield break;
        }
        var extension = Path.GetExtension(path).ToLowerInvariant();
        switch (extension)
        {
            case ".txt":
            {
                byte[] bytes;
                string? error = null;
                try
                {
                    bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
                }
                catch (IOException exception)
                {
                    bytes = [];
                    error = $"cannot be read: {exception.Message}";
                }
                catch (UnauthorizedAccessException exception)
                {
                    bytes = [];
                    error = $"cannot be read: {exception.Message}";
                }
                yield return error is null ? ReadText(name, bytes, ReadSidecar(path)) : ArticleReadResult.Failure(name, error);
                break;
            }
            case ".json":
            {
                await using var stream = OpenOrNull(path, out var openError);
                if (stream is null)
                {
                    yield return ArticleReadResult.Failure(name, openError!);
                    yield break;
                }
                await foreach (var result in ReadJsonAsync(name, stream, cancellationToken).ConfigureAwait(false))
                {
                    yield return result;
                }
                break;
            }
            case ".zip":
            {
                ZipArchive? archive;
                string? zipError = null;
                try
                {
                    archive = ZipFile.OpenRead(path);
                }
                catch (Exception exception) when (exception is InvalidDataException or IOException or UnauthorizedAccessException)
                {
                    archive = null;
                    zipError = $"is not a readable zip archive: {exception.Message}";
                }
                if (archive is null)
                {
                    yield return ArticleReadResult.Failure(name, zipError!);
                    yield break;
                }
                using (archive)
                {
                    foreach (var entry in archive.Entries.OrderBy(entry => entry.FullName, StringComparer.Ordinal))
                    {
                        var entryExtension = Path.GetExtension(entry.FullName).ToLowerInvariant();
                        if (entry.FullName.EndsWith('/') || entryExtension is not (".txt" or ".json"))
                        {
                            continue;
                        }
                        var entryName = $"{name}/{entry.FullName}";
                        await using var entryStream = entry.Open();
                        if (entryExtension == ".txt")
                        {
                            using var buffer = new MemoryStream();
                            await entryStream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
                            yield return ReadText(entryName, buffer.ToArray(), null);
                        }
                        else
                        {
                            await foreach (var result in ReadJsonAsync(entryName, entryStream, cancellationToken).ConfigureAwait(false))
                            {
                                yield return result;
                            }
                        }
                    }
                }
                break;
            }
            default:
                yield return ArticleReadResult.Failure(name, $"unsupported file type '{extension}' (expected .txt, .json or .zip)");
                break;
        }
    }

    /// <summary>Decodes a text article: strict UTF-8, BOM removed, no control characters of binary data.</summary>
    public static ArticleReadResult ReadText(string name, byte[] bytes, ArticleMetadata? metadata)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException exception)
        {
            return ArticleReadResult.Failure(name, $"is not valid UTF-8 (byte {exception.Index} of the file)");
        }
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }
        if (text.Contains('\0'))
        {
            return ArticleReadResult.Failure(name, "is not a text article (it contains NUL characters)");
        }
        var article = Article.FromText(name, text, metadata?.Date, metadata?.Source, metadata?.Url);
        if (metadata?.Title is { Length: > 0 } title)
        {
            article = article with { Title = title };
        }
        return ArticleReadResult.Success(article);
    }

    private static async IAsyncEnumerable<ArticleReadResult> ReadJsonAsync(
        string name, Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Peek at the first significant byte: an array is streamed element by element, an object is one article.
        var (first, buffered) = await PeekSignificantByteAsync(stream, cancellationToken).ConfigureAwait(false);
        if (first == '{')
        {
            JsonElement element;
            string? error = null;
            try
            {
                using var document = await JsonDocument.ParseAsync(buffered, cancellationToken: cancellationToken).ConfigureAwait(false);
                element = document.RootElement.Clone();
            }
            catch (JsonException exception)
            {
                element = default;
                error = $"is not valid JSON: {exception.Message}";
            }
            yield return error is null ? FromJson(name, element) : ArticleReadResult.Failure(name, error);
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
                if (error is not null)
                {
                    yield return ArticleReadResult.Failure(name, error);
                    yield break;
                }
                if (!moved)
                {
                    yield break;
                }
                yield return FromJson($"{name}#{index}", elements.Current);
                index++;
            }
        }
        finally
        {
            await elements.DisposeAsync();
        }
    }

    private static ArticleReadResult FromJson(string name, JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return ArticleReadResult.Failure(name, $"is not an article (a JSON {element.ValueKind}, not an object)");
        }
        var content = GetString(element, "content") ?? GetString(element, "text");
        if (content is null)
        {
            return ArticleReadResult.Failure(name, "is not an article (no \"content\" or \"text\" string)");
        }
        var title = GetString(element, "title") ?? "";
        var date = ArticleMetadata.ParseDate(GetString(element, "date") ?? GetString(element, "date_published") ?? GetString(element, "date_extracted"));
        var article = Article.FromParts(name, title.Trim(), content, date, GetString(element, "source"), GetString(element, "url"));
        return ArticleReadResult.Success(article);
    }

    private static string? GetString(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>The first byte that is not whitespace or a BOM, and a stream that still starts at the beginning.</summary>
    private static async Task<(int First, Stream Stream)> PeekSignificantByteAsync(Stream stream, CancellationToken cancellationToken)
    {
        var read = new List<byte>();
        var buffer = new byte[1];
        while (read.Count < 4096)
        {
            if (await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false) == 0)
            {
                return (-1, new PrefixedStream([.. read], stream));
            }
            read.Add(buffer[0]);
            var b = buffer[0];
            var inBom = read.Count <= 3 && b is 0xEF or 0xBB or 0xBF;
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') && !inBom)
            {
                return (b, new PrefixedStream([.. read], stream));
            }
        }
        return (-1, new PrefixedStream([.. read], stream));
    }

    private static FileStream? OpenOrNull(string path, out string? error)
    {
        try
        {
            error = null;
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error = $"cannot be read: {exception.Message}";
            return null;
        }
    }

    private static bool IsSidecar(string file) => file.EndsWith(ArticleMetadata.SidecarSuffix, StringComparison.OrdinalIgnoreCase);

    private static ArticleMetadata? ReadSidecar(string path)
    {
        var sidecar = Path.ChangeExtension(path, null) + ArticleMetadata.SidecarSuffix;
        return File.Exists(sidecar) ? ArticleMetadata.Read(sidecar) : null;
    }
}
