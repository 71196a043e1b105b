using System.Globalization;
using System.Text.Json;

namespace KnowledgeGraph.Extraction.Reading;

/// <summary>
/// Optional facts about a text article that its text may not give, read from a sidecar file
/// next to it ("article.meta.json": {"date": "2023-09-11", "source": "...", "url": "...", "title": "..."}).
/// </summary>
public sealed record ArticleMetadata(DateOnly? Date, string? Source, string? Url, string? Title)
{
    public const string SidecarSuffix = ".meta.json";

    public static ArticleMetadata? Read(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }
            return new ArticleMetadata(ParseDate(Get(root, "date")), Get(root, "source"), Get(root, "url"), Get(root, "title"));
        }
        catch (Exception exception) when (exception is JsonException or IOException)
        {
            return null; // A broken sidecar only loses the metadata, never the article.
        }
    }

    /// <summary>Reads "2015-07-21", "2015-07-21 02:51:32", "2015/07/21" or an ISO date-time; null otherwise.</summary>
    public static DateOnly? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var head = text.Trim();
        head = head.Length >= 10 ? head[..10] : head;
        foreach (var format in (string[])["yyyy-MM-dd", "yyyy/MM/dd"])
        {
            if (DateOnly.TryParseExact(head, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }
        }
        return null;
    }

    private static string? Get(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
