using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Relations.Candidates;

/// <summary>The candidates of a document with their features: what training reads and what the decision scores.</summary>
public sealed class RelationCandidateSource
{
    private readonly LanguageResources _resources;
    private readonly NameWords _nameWords;
    private readonly PairCandidateGenerator _generator = new();

    public RelationCandidateSource(LanguageResources resources, NameWords nameWords)
    {
        _resources = resources;
        _nameWords = nameWords;
    }

    /// <summary>The candidates, and the feature extractor to describe them with (into a bag or a classifier's row).</summary>
    public (RelationContext Context, List<PairCandidate> Candidates, PairFeatures Features) Generate(
        Doc doc, IReadOnlyList<RelationCandidate> ruleRelations, Func<Model.RelationType, bool>? wanted = null)
    {
        var context = new RelationContext(doc, _resources, _nameWords.For(doc));
        context.MarkTriggers(doc.Triggers);
        var candidates = _generator.Generate(doc, ruleRelations, wanted);
        return (context, candidates, new PairFeatures(doc, context, ruleRelations));
    }

    /// <summary>The candidates with their features by name, for training and inspection.</summary>
    public (RelationContext Context, List<PairCandidate> Candidates) Describe(Doc doc, IReadOnlyList<RelationCandidate> ruleRelations)
    {
        var (context, candidates, features) = Generate(doc, ruleRelations);
        foreach (var candidate in candidates)
        {
            features.Describe(candidate);
        }
        return (context, candidates);
    }
}
