namespace KnowledgeGraph.Extraction.Text;

/// <summary>A sentence: a span of normalised text and the tokens in it.</summary>
public sealed record Sentence(int Index, int Start, int End, int FirstToken, int EndToken)
{
    public int TokenCount => EndToken - FirstToken;
}
