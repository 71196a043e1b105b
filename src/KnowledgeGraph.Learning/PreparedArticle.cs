using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Entities.Candidates;
using KnowledgeGraph.Model;
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

    /// <summary>The mention candidates the pipeline recorded (empty unless it was asked to) and their labels.</summary>
    public IReadOnlyList<MentionCandidate> MentionCandidates { get; init; } = [];
    public IReadOnlyList<Label> MentionLabels { get; init; } = [];

    /// <summary>The entity candidates the pipeline recorded (empty unless it was asked to) and their labels.</summary>
    public IReadOnlyList<EntityCandidate> EntityCandidates { get; init; } = [];
    public IReadOnlyList<Label> EntityLabels { get; init; } = [];

    /// <summary>Runs the pipeline (without a learned decision) and labels the candidates.</summary>
    public static PreparedArticle Prepare(AnnotatedArticle article, ExtractionPipeline rulePipeline, RelationCandidateSource candidates)
    {
        var doc = rulePipeline.Analyze(article.Article);
        var rules = doc.Relations.ToList();
        var (context, described) = candidates.Describe(doc, rules);
        var aligned = GoldAlignment.Align(doc, article.Gold);
        var labels = new RelationLabels(doc, article.Gold, aligned);
        var entityCandidates = doc.EntityCandidates ?? [];
        var goldTypes = article.Gold.Entities.ToDictionary(entity => entity.Id, entity => entity.Type, StringComparer.Ordinal);
        var mentionCandidates = doc.MentionCandidates ?? [];
        var mentionLabels = new MentionLabels(doc, article.Gold);
        return new PreparedArticle
        {
            Source = article,
            Doc = doc,
            Context = context,
            RuleRelations = rules,
            Candidates = described,
            Labels = labels.OfAll(described),
            MentionCandidates = mentionCandidates,
            MentionLabels = mentionCandidates.Select(candidate => mentionLabels.Of(candidate.Mention)).ToList(),
            EntityCandidates = entityCandidates,
            // A kept entity helps only when the gold file has it with this type (typed scores count the type).
            EntityLabels = entityCandidates.Select(candidate => aligned.TryGetValue(candidate.Entity, out var id) && goldTypes[id] == candidate.Entity.Type.ToWire() ? Label.Yes : Label.No).ToList(),
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
