using KnowledgeGraph.Extraction.Learning;

namespace KnowledgeGraph.Extraction.Entities.Candidates;

/// <summary>An entity the entity decision judged, with its features.</summary>
public sealed record EntityCandidate(DocEntity Entity, FeatureBag Features)
{
    public double Score { get; set; } = double.NaN;
}
