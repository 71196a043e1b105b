using KnowledgeGraph.Extraction.Entities;

namespace KnowledgeGraph.Extraction.Pipeline;

/// <summary>Keeps the best non-crossing set of the candidate mentions the recognisers proposed.</summary>
public sealed class MentionResolution : IPipelineComponent
{
    public void Process(Doc doc) => MentionTable.For(doc).Resolve();
}
