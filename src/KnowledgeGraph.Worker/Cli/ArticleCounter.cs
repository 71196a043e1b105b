using System.IO.Compression;
using System.Text.Json;

namespace KnowledgeGraph.Worker.Cli;

/// <summary>
/// Counts the articles of input files without reading them as articles, for a progress bar that moves article by
/// article: a .txt file is one, a .json file holds one object or an array of them, a .zip holds such files. Only the
/// JSON structure is scanned (no string is decoded), so it takes a fraction of the ingestion's time.
/// </summary>
public static class ArticleCounter
{
    public static long Count(IEnumerable<string> files, CancellationToken cancellationToken = default)
    {
        long count = 0;
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                count += Path.GetExtension(file).ToLowerInvariant() switch
                {
                    ".zip" => CountZip(file),
                    ".json" => CountJson(File.ReadAllBytes(file)),
                    _ => 1,
                };
            }
            catch (Exception exception) when (exception is IOException or InvalidDataException or JsonException or UnauthorizedAccessException)
            {
                // The ingestion reports what is wrong with the file; here it counts as one.
                count++;
            }
        }
        return count;
    }

    private static long CountZip(string file)
    {
        using var archive = ZipFile.OpenRead(file);
        long count = 0;
        foreach (var entry in archive.Entries.Where(entry => entry.Length > 0))
        {
            var extension = Path.GetExtension(entry.Name).ToLowerInvariant();
            if (extension == ".json")
            {
                using var stream = entry.Open();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                count += CountJson(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            }
            else if (extension == ".txt")
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>The objects at the top of an array, or 1 for a single object.</summary>
    private static long CountJson(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        long count = 0;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.StartObject && reader.CurrentDepth <= 1)
            {
                count++;
            }
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= 1)
            {
                reader.Skip();
            }
        }
        return count;
    }
}
