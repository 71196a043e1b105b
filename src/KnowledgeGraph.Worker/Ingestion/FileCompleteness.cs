using System.IO.Compression;
using System.Text.Json;

namespace KnowledgeGraph.Worker.Ingestion;

/// <summary>
/// Whether an article file has been written to its end, as far as its format can tell: a JSON file parses to
/// the end of its one value, a zip archive has its central directory (written last). A text file cannot tell.
/// </summary>
public static class FileCompleteness
{
    /// <summary>Why the file is not complete yet, or null when it is (or its format cannot tell).</summary>
    public static string? Problem(string path)
    {
        try
        {
            return Path.GetExtension(path).ToLowerInvariant() switch
            {
                ".json" => JsonProblem(path),
                ".zip" => ZipProblem(path),
                _ => null,
            };
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return $"cannot be read yet: {exception.Message}";
        }
    }

    /// <summary>Whether nobody else holds the file open with a lock (a writer that locks, as most Windows programs and .NET writers do).</summary>
    public static bool CanOpenExclusively(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static string? ZipProblem(string path)
    {
        try
        {
            using var archive = ZipFile.OpenRead(path);
            return null;
        }
        catch (InvalidDataException exception)
        {
            return $"is not a complete zip archive: {exception.Message}";
        }
    }

    /// <summary>Reads the file through a JSON reader without building anything: memory holds one token at most.</summary>
    private static string? JsonProblem(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var buffer = new byte[1 << 16];
        var length = 0;
        var final = false;
        var start = true;
        var state = new JsonReaderState();
        while (true)
        {
            if (!final)
            {
                var read = stream.Read(buffer, length, buffer.Length - length);
                length += read;
                final = read == 0;
            }
            var skip = start && length >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0;
            start = false;
            var reader = new Utf8JsonReader(buffer.AsSpan(skip, length - skip), final, state);
            try
            {
                while (reader.Read())
                {
                }
            }
            catch (JsonException exception)
            {
                return $"is not complete JSON: {exception.Message}";
            }
            if (final)
            {
                return null;
            }
            var consumed = skip + (int)reader.BytesConsumed;
            state = reader.CurrentState;
            Array.Copy(buffer, consumed, buffer, 0, length - consumed);
            length -= consumed;
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }
        }
    }
}
