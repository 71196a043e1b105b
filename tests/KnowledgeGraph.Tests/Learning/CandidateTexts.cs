using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Entities.Candidates;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Reading;
using KnowledgeGraph.Extraction.Relations.Candidates;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Learning;

/// <summary>Runs the rules over a short article and lists the candidates the learned decisions would judge.</summary>
internal static class CandidateTexts
{
    private static readonly Lazy<ExtractionPipeline> Recording = new(() => new ExtractionPipeline(LanguageResources.Default, model: null, recordMentionCandidates: true));

    public static (Doc Doc, List<PairCandidate> Candidates) PairsOf(string text)
    {
        var doc = Recording.Value.Analyze(Article.FromText("test.txt", text));
        var source = new RelationCandidateSource(LanguageResources.Default, new NameWords(LanguageResources.Default));
        var (_, candidates) = source.Describe(doc, doc.Relations.ToList());
        return (doc, candidates);
    }

    public static (Doc Doc, List<MentionCandidate> Candidates) MentionsOf(string text)
    {
        var doc = Recording.Value.Analyze(Article.FromText("test.txt", text));
        return (doc, doc.MentionCandidates!);
    }

    public static string TextOf(Doc doc, EntityMention mention) => doc.Normalized.Text[mention.Start..mention.End];

    /// <summary>The candidate of a type between the entities two forms name (as written in the normalised text).</summary>
    public static PairCandidate? Find(Doc doc, IEnumerable<PairCandidate> candidates, RelationType type, string source, string target) =>
        candidates.FirstOrDefault(candidate => candidate.Type == type
            && Names(doc, candidate.SourceEntity).Contains(Key(source)) && Names(doc, candidate.TargetEntity).Contains(Key(target)));

    public static bool Has(this PairCandidate candidate, string feature) => candidate.Features.Items.Any(item => item.Key == feature);

    public static float Value(this PairCandidate candidate, string feature) =>
        candidate.Features.Items.Where(item => item.Key == feature).Sum(item => item.Value);

    private static HashSet<string> Names(Doc doc, DocEntity entity) =>
        entity.Mentions.Select(mention => TextOf(doc, mention)).Select(Key).ToHashSet();

    private static string Key(string text) => LanguageResources.Default.Normalizer.NormalizeKey(text);
}
