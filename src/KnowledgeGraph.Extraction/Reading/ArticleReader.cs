using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;

namespace KnowledgeGraph.Extraction.Reading;

/// <summary>
/// Reads articles from files and folders, one at a time: UTF-8 text files (first line the
/// headline), JSON files holding one article object or an array of them (title, content,
/// optional date_extracted / date, source, url), and zip archives of either. A file, zip entry
/// or folder that cannot be read yields a failure naming it and why; an article with nothing to
/// extract (empty, no Arabic letter) is skipped, saying so; reading goes on with the next one.
/// </summary>
public sealed class ArticleReader
{
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".json", ".zip" };

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly ArticleReaderOptions _options;

    public ArticleReader(ArticleReaderOptions? options = null) => _options = options ?? new ArticleReaderOptions();

    /// <summary>Reads every input behind the paths (see <see cref="InputWalker"/>); what the walk skipped or could not list comes first.</summary>
    public async IAsyncEnumerable<ArticleReadResult> ReadAsync(
        IEnumerable<string> paths, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var inputs = InputWalker.Expand(paths);
        foreach (var notice in inputs.Notices)
        {
            yield return notice.Failed ? ArticleReadResult.Failure(notice.Path, notice.Reason) : ArticleReadResult.Skip(notice.Path, notice.Reason);
        }
        foreach (var file in inputs.Files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await foreach (var result in ReadFileAsync(file, cancellationToken).ConfigureAwait(false))
            {
                yield return result;
            }
        }
    }

    /// <summary>Reads one file, named by its file name.</summary>
    public IAsyncEnumerable<ArticleReadResult> ReadFileAsync(string path, CancellationToken cancellationToken = default) =>
        ReadFileAsync(new InputFile(path, Path.GetFileName(path)), cancellationToken);

    public async IAsyncEnumerable<ArticleReadResult> ReadFileAsync(
        InputFile file, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var (path, name) = file;
        if (!File.Exists(path))
        {
            yield return ArticleReadResult.Failure(Directory.Exists(path) ? name : path, Directory.Exists(path) ? "is a folder, not a file" : "no such file or folder");
            yield break;
        }
        var extension = Path.GetExtension(path).ToLowerInvariant();
        switch (extension)
        {
            case ".txt":
                yield return await ReadTextFileAsync(path, name, cancellationToken).ConfigureAwait(false);
                break;
            case ".json":
            {
                await using var stream = OpenOrNull(path, out var openError);
                if (stream is null)
                {
                    yield return ArticleReadResult.Failure(name, openError!);
                    yield break;
                }
                await foreach (var result in JsonArticles.ReadAsync(name, stream, _options, cancellationToken).ConfigureAwait(false))
                {
                    yield return result;
                }
                break;
            }
            case ".zip":
                await foreach (var result in ReadZipAsync(path, name, cancellationToken).ConfigureAwait(false))
                {
                    yield return result;
                }
                break;
            default:
                yield return ArticleReadResult.Failure(name, $"unsupported file type '{extension}' (expected .txt, .json or .zip)");
                break;
        }
    }

    private async Task<ArticleReadResult> ReadTextFileAsync(string path, string name, CancellationToken cancellationToken)
    {
        try
        {
            if (ArticleText.TooLarge(new FileInfo(path).Length, _options.MaxArticleBytes) is { } tooLarge)
            {
                return ArticleReadResult.Failure(name, tooLarge);
            }
            var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            return ReadText(name, bytes, ReadSidecar(path));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return ArticleReadResult.Failure(name, $"cannot be read: {exception.Message}");
        }
    }

    private async IAsyncEnumerable<ArticleReadResult> ReadZipAsync(string path, string name, [EnumeratorCancellation] CancellationToken cancellationToken)
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
                if (entryExtension == ".txt")
                {
                    yield return await ReadTextEntryAsync(entry, entryName, cancellationToken).ConfigureAwait(false);
                    continue;
                }
                var (entryStream, openError) = OpenEntry(entry);
                if (entryStream is null)
                {
                    yield return ArticleReadResult.Failure(entryName, openError!);
                    continue;
                }
                await using (entryStream)
                {
                    await foreach (var result in JsonArticles.ReadAsync(entryName, entryStream, _options, cancellationToken).ConfigureAwait(false))
                    {
                        yield return result;
                    }
                }
            }
        }
    }

    private async Task<ArticleReadResult> ReadTextEntryAsync(ZipArchiveEntry entry, string name, CancellationToken cancellationToken)
    {
        if (ArticleText.TooLarge(entry.Length, _options.MaxArticleBytes) is { } tooLarge)
        {
            return ArticleReadResult.Failure(name, tooLarge);
        }
        try
        {
            await using var stream = entry.Open();
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            return ReadText(name, buffer.ToArray(), null);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException)
        {
            return ArticleReadResult.Failure(name, $"is corrupt in the archive: {exception.Message}");
        }
    }

    private static (Stream? Stream, string? Error) OpenEntry(ZipArchiveEntry entry)
    {
        try
        {
            return (entry.Open(), null);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException)
        {
            return (null, $"is corrupt in the archive: {exception.Message}");
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
        if (ArticleText.SkipReason(text, text) is { } skip)
        {
            return ArticleReadResult.Skip(name, skip);
        }
        var article = Article.FromText(name, text, metadata?.Date, metadata?.Source, metadata?.Url);
        if (metadata?.Title is { Length: > 0 } title)
        {
            article = article with { Title = title };
        }
        return ArticleReadResult.Success(article);
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

    internal static bool IsSidecar(string file) => file.EndsWith(ArticleMetadata.SidecarSuffix, StringComparison.OrdinalIgnoreCase);

    private static ArticleMetadata? ReadSidecar(string path)
    {
        var sidecar = Path.ChangeExtension(path, null) + ArticleMetadata.SidecarSuffix;
        return File.Exists(sidecar) ? ArticleMetadata.Read(sidecar) : null;
    }
}
