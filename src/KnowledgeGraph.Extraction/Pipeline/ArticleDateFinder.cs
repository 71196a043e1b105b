using KnowledgeGraph.Extraction.Relations;

namespace KnowledgeGraph.Extraction.Pipeline;

/// <summary>Sets the article's date from its header when the input did not give one.</summary>
public sealed class ArticleDateFinder : IPipelineComponent
{
    private readonly DateResolver _dates;

    public ArticleDateFinder(LanguageResources resources) => _dates = new DateResolver(resources);

    public void Process(Doc doc) => doc.Date ??= _dates.FindArticleDate(doc);
}
