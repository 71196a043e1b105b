using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Relations;
using KnowledgeGraph.Extraction.Relations.Candidates;

namespace KnowledgeGraph.Learning;

/// <summary>
/// An annotated article run through the rule pipeline once, with its relation candidates, their
/// features and labels: what every fold of a cross-validation trains on or decides.
/// </summary>
public sealed class PreparedArticle
{
    public required AnnotatedArticle Source { get; init; }
    public required Doc Doc { get; init; }
    public required RelationContext Context { get; init; }

    /// <summary>The rules' relations, as the rule pipeline left them.</summary>
    public required IReadOnlyList<RelationCandidate> RuleRelations { get; init; }
    public required IReadOnlyList<PairCandidate> Candidates { get; init; }
    public required IReadOnlyList<Label> Labels { get; init; }

    /// <summary>Runs the pipeline (without a learned decision) and labels the candidates.</summary>
    public static PreparedArticle Prepare(AnnotatedArticle article, ExtractionPipeline rulePipeline, RelationCandidateSource candidates)
    {
        var doc = rulePipeline.Analyze(article.Article);
        var rules = doc.Relations.ToList();
        var (context, described) = candidates.Describe(doc, rules);
        var labels = new RelationLabels(doc, article.Gold, GoldAlignment.Align(doc, article.Gold));
        return new PreparedArticle
        {
            Source = article,
            Doc = doc,
            Context = context,
            RuleRelations = rules,
            Candidates = described,
            Labels = labels.OfAll(described),
        };
    }

    /// <summary>The article's graph with the given relations in place of the rules' (the document is left as it was).</summary>
    public KnowledgeGraph.Model.DocumentGraph GraphWith(IReadOnlyList<RelationCandidate> relations)
    {
        Doc.Relations.Clear();
        Doc.Relations.AddRange(relations);
        var graph = new DocumentGraphBuilder().Build(Doc);
        Doc.Relations.Clear();
        Doc.Relations.AddRange(RuleRelations);
        return graph;
    }
}
