using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Learning;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations.Candidates;

/// <summary>
/// A possible relation between two mentions, read in one sentence: what a learned decision keeps
/// or drops. It carries the rule relation for the same pair of entities when the rules found one.
/// </summary>
public sealed class PairCandidate
{
    public required RelationType Type { get; init; }
    public required EntityMention Source { get; init; }
    public required EntityMention Target { get; init; }

    /// <summary>The sentence the candidate is read in (the one holding both mentions, or the rule's evidence).</summary>
    public required int Sentence { get; init; }

    /// <summary>The rules' relation for the same type and entities, if they found one.</summary>
    public RelationCandidate? Rule { get; init; }

    /// <summary>The arguments are not in one sentence (a rule read one of them from an earlier sentence).</summary>
    public bool CrossSentence { get; init; }

    /// <summary>The features by name (filled for training and inspection; extraction writes them straight into a classifier's row).</summary>
    public FeatureBag Features => _features ??= new FeatureBag();

    private FeatureBag? _features;

    /// <summary>The decision's score, once scored.</summary>
    public double Score { get; set; }

    public DocEntity SourceEntity => Source.Entity!;
    public DocEntity TargetEntity => Target.Entity!;

    public override string ToString() => $"{Type.ToWire()} {SourceEntity.Key} -> {TargetEntity.Key} @{Sentence} {Score:F2}";
}
