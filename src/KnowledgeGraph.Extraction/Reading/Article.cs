namespace KnowledgeGraph.Extraction.Reading;

/// <summary>An article to extract from.</summary>
/// <param name="Name">Stable name: the file name, "file.json#index" for an element of an article array, "archive.zip/entry" inside a zip.</param>
/// <param name="Text">The text offsets refer to: the file's text without a BOM; for a JSON article, its title, a line break, and its content.</param>
/// <param name="Title">First line or headline.</param>
/// <param name="Date">Publication date when the input gives it.</param>
/// <param name="Source">The outlet, when the input gives it.</param>
/// <param name="Url">Where it was published, when the input gives it.</param>
public sealed record Article(string Name, string Text, string Title, DateOnly? Date = null, string? Source = null, string? Url = null)
{
    /// <summary>Builds an article from a headline and a body, as JSON articles and tests do.</summary>
    public static Article FromParts(string name, string title, string content, DateOnly? date = null, string? source = null, string? url = null)
    {
        var text = title.Length > 0 ? title + "\n" + content : content;
        return new Article(name, text, title, date, source, url);
    }

    /// <summary>Builds an article from a plain text whose first non-empty line is the headline.</summary>
    public static Article FromText(string name, string text, DateOnly? date = null, string? source = null, string? url = null)
    {
        var title = text.Split('\n').Select(line => line.Trim()).FirstOrDefault(line => line.Length > 0) ?? "";
        return new Article(name, text, title, date, source, url);
    }
}

/// <summary>Either an article or the reason an input could not be read as one.</summary>
public sealed record ArticleReadResult(string Name, Article? Article, string? Error)
{
    public static ArticleReadResult Success(Article article) => new(article.Name, article, null);

    public static ArticleReadResult Failure(string name, string error) => new(name, null, error);

    public bool Succeeded => Article is not null;
}
