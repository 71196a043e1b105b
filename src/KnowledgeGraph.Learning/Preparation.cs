using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Learning;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Relations.Candidates;

namespace KnowledgeGraph.Learning;

/// <summary>Runs the rule pipeline over annotated articles, in parallel, keeping their order.</summary>
public static class Preparation
{
    /// <param name="model">Learned decisions to apply before the relation candidates are read (a mention model); null for the rules alone.</param>
    /// <param name="recordMentions">Record the mention candidates and their labels, for training the mention decision.</param>
    public static List<PreparedArticle> Prepare(LanguageResources resources, IReadOnlyList<AnnotatedArticle> articles, ExtractionModel? model = null, bool recordMentions = false, bool recordEntities = false)
    {
        var pipeline = new ExtractionPipeline(resources, model, recordMentions, recordEntities);
        var candidates = new RelationCandidateSource(resources, new NameWords(resources));
        var prepared = new PreparedArticle[articles.Count];
        Parallel.For(0, articles.Count, index => prepared[index] = PreparedArticle.Prepare(articles[index], pipeline, candidates));
        return prepared.ToList();
    }
}
