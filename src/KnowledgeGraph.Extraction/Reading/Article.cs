namespace KnowledgeGraph.Extraction.Reading;

/// <summary>An article to extract from.</summary>
/// <param name="Name">
/// What identifies the article (an edited version under the same name replaces it): its url when a JSON article
/// gives one; otherwise its path relative to the input root ("day1/story.txt"), with "#index" for an element of
/// a JSON array and "/entry" inside a zip.
/// </param>
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

/// <summary>An article; or an input skipped as nothing to extract (empty, not Arabic); or why an input could not be read.</summary>
/// <param name="Name">Where it was read: the input's name ("day1/articles.json#3"), which for a JSON article with a url is not its <see cref="Article.Name"/>.</param>
public sealed record ArticleReadResult(string Name, Article? Article, string? Error, bool Skipped = false)
{
    public static ArticleReadResult Success(Article article, string? origin = null) => new(origin ?? article.Name, article, null);

    public static ArticleReadResult Failure(string name, string error) => new(name, null, error);

    public static ArticleReadResult Skip(string name, string reason) => new(name, null, reason, Skipped: true);

    public bool Succeeded => Article is not null;

    /// <summary>The input could not be read as an article: not counted as read.</summary>
    public bool Failed => Article is null && !Skipped;
}
