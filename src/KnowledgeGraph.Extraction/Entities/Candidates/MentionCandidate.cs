using KnowledgeGraph.Extraction.Learning;

namespace KnowledgeGraph.Extraction.Entities.Candidates;

/// <summary>A span the mention decision judged (a recogniser's mention or a generated extent), with its features.</summary>
public sealed record MentionCandidate(EntityMention Mention, FeatureBag Features);
