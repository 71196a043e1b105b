using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Relations.Candidates;

namespace KnowledgeGraph.Learning;

/// <summary>Runs the rule pipeline over annotated articles, in parallel, keeping their order.</summary>
public static class Preparation
{
    public static List<PreparedArticle> Prepare(LanguageResources resources, IReadOnlyList<AnnotatedArticle> articles)
    {
        var pipeline = new ExtractionPipeline(resources, model: null);
        var candidates = new RelationCandidateSource(resources, new NameWords(resources));
        var prepared = new PreparedArticle[articles.Count];
        Parallel.For(0, articles.Count, index => prepared[index] = PreparedArticle.Prepare(articles[index], pipeline, candidates));
        return prepared.ToList();
    }
}
