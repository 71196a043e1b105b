using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>A relation found in one article, with the span that supports it and what the text adds.</summary>
public sealed class RelationCandidate
{
    public required RelationType Type { get; init; }
    public required DocEntity Source { get; init; }
    public required DocEntity Target { get; init; }
    public required RelationStatus Status { get; set; }

    /// <summary>Normalised span of the evidence (a clause or sentence).</summary>
    public required int EvidenceStart { get; init; }
    public required int EvidenceEnd { get; init; }

    /// <summary>The mentions the arguments were read from (an adjective used as an argument is output because of this).</summary>
    public EntityMention? SourceMention { get; init; }
    public EntityMention? TargetMention { get; init; }

    public string? Role { get; init; }
    public string? Charge { get; init; }
    public string? Date { get; set; }
    public DocEntity? AttributedTo { get; set; }

    /// <summary>Which frame and cue produced it, for diagnostics.</summary>
    public required string Rule { get; init; }

    public override string ToString() => $"{Type.ToWire()} {Source.Key} -> {Target.Key} ({Status.ToWire()}, {Rule})";
}
