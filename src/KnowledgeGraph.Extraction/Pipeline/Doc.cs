using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Reading;
using KnowledgeGraph.Extraction.Relations;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Pipeline;

/// <summary>
/// One article as the pipeline sees it: the normalised text with its map to the original,
/// tokens, sentences, and the annotations each component adds (mentions, entities, relations).
/// Offsets of tokens, sentences and mentions index the normalised text; <see cref="ToOriginal"/>
/// maps them back for output.
/// </summary>
public sealed class Doc
{
    private readonly int[] _sentenceOfToken;

    public Doc(Article article, NormalizedText normalized)
    {
        Article = article;
        Normalized = normalized;
        Tokens = Tokenizer.Tokenize(normalized.Text);
        Sentences = SentenceSplitter.Split(Tokens);
        _sentenceOfToken = new int[Tokens.Count];
        foreach (var sentence in Sentences)
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                _sentenceOfToken[i] = sentence.Index;
            }
        }
        Date = article.Date;
    }

    public Article Article { get; }
    public string Name => Article.Name;
    public NormalizedText Normalized { get; }
    public IReadOnlyList<Token> Tokens { get; }
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>Publication date: from the input, or found in the article's header by the date component.</summary>
    public DateOnly? Date { get; set; }

    /// <summary>Entity mentions, kept sorted by position once recognition is done.</summary>
    public List<EntityMention> Mentions { get; } = [];

    /// <summary>The article's entities: mentions clustered by coreference.</summary>
    public List<DocEntity> Entities { get; } = [];

    public List<RelationCandidate> Relations { get; } = [];

    /// <summary>The trigger words the relation extractor found (kept for diagnostics).</summary>
    public List<Trigger> Triggers { get; } = [];

    /// <summary>The spans the mention decision judged, with their features, when it was asked to record them (training).</summary>
    public List<Entities.Candidates.MentionCandidate>? MentionCandidates { get; set; }

    /// <summary>The entities the entity decision judged, with their features, when it was asked to record them (training).</summary>
    public List<Entities.Candidates.EntityCandidate>? EntityCandidates { get; set; }

    /// <summary>
    /// Entities the learned entity decision doubts the article names; they stay while relations are read and leave,
    /// with their mentions, unless a kept relation holds them (<see cref="Entities.Decision.DoubtfulEntityFilter"/>).
    /// </summary>
    public HashSet<DocEntity>? DoubtfulEntities { get; set; }

    /// <summary>The relation candidates the learned decision scored (for explanations), when it ran.</summary>
    public List<Relations.Candidates.PairCandidate>? RelationCandidates { get; set; }

    /// <summary>Per-token lexical facts, computed once by <see cref="NameWords"/>.</summary>
    public WordFeatures? WordFeatures { get; set; }

    /// <summary>Mentions indexed by token, kept by <see cref="MentionTable.For"/>.</summary>
    public MentionTable? MentionTable { get; set; }

    public Sentence SentenceOf(int tokenIndex) => Sentences[_sentenceOfToken[tokenIndex]];

    public (int Start, int End) ToOriginal(int start, int end) => Normalized.ToOriginal(start, end);

    public string OriginalText(int start, int end) => Normalized.OriginalSlice(start, end);

    /// <summary>The normalised text of tokens [first, end), single-spaced.</summary>
    public string TokenText(int first, int end) =>
        string.Join(' ', Enumerable.Range(first, end - first).Select(i => Tokens[i].Text));
}

/// <summary>A step of the extraction pipeline: reads the document and adds its annotations.</summary>
public interface IPipelineComponent
{
    void Process(Doc doc);
}
