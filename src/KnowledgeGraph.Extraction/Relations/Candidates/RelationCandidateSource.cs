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

    public (RelationContext Context, List<PairCandidate> Candidates) Describe(Doc doc, IReadOnlyList<RelationCandidate> ruleRelations)
    {
        var context = new RelationContext(doc, _resources, _nameWords.For(doc));
        context.MarkTriggers(doc.Triggers);
        var candidates = _generator.Generate(doc, ruleRelations);
        var features = new PairFeatures(doc, context, ruleRelations);
        foreach (var candidate in candidates)
        {
            features.Describe(candidate);
        }
        return (context, candidates);
    }
}
