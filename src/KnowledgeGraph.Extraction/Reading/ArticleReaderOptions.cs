namespace KnowledgeGraph.Extraction.Reading;

/// <summary>Limits on what is read as one article (configuration section "Reading").</summary>
public sealed class ArticleReaderOptions
{
    public const string SectionName = "Reading";

    public const long DefaultMaxArticleBytes = 5_000_000;

    /// <summary>An article whose text is larger than this, in UTF-8 bytes, is reported and set aside unread.</summary>
    public long MaxArticleBytes { get; set; } = DefaultMaxArticleBytes;
}
