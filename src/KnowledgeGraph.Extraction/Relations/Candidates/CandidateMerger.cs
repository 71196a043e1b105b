using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations.Candidates;

/// <summary>
/// Turns a document's candidates into its relations: one per (type, source, target), the date and
/// the cited source filled in on the candidate kept.
/// </summary>
internal sealed class CandidateMerger
{
    private readonly RelationContext _c;
    private readonly AttributionFinder _attribution;
    private readonly DateResolver _dates;

    public CandidateMerger(RelationContext context, AttributionFinder attribution, DateResolver dates)
    {
        _c = context;
        _attribution = attribution;
        _dates = dates;
    }

    private IReadOnlyList<Token> Tokens => _c.Tokens;

    /// <summary>
    /// One relation per (type, source, target) in the article: occurred wins, but a headline (whose present tense
    /// stands for past and future alike) does not outvote the body; dates and sources filled in.
    /// </summary>
    public List<RelationCandidate> Merge(IReadOnlyList<RelationCandidate> candidates)
    {
        var result = new List<RelationCandidate>();
        foreach (var group in candidates.GroupBy(candidate => Key(candidate)))
        {
            var body = group.Where(candidate => !InHeadline(candidate)).ToList();
            var ranked = body.Count > 0 ? body : group.ToList();
            var best = ranked.FirstOrDefault(candidate => candidate.Status == RelationStatus.Occurred) ?? ranked[0];
            var firstToken = TokenAt(best.EvidenceStart);
            var lastToken = TokenAt(best.EvidenceEnd - 1);
            best.Date ??= _dates.DateWithin(_c.Doc, firstToken, lastToken + 1, firstToken, best.Status == RelationStatus.Planned);
            if (best.Type != RelationType.HoldsRole && _attribution.Of(_c.Doc.SentenceOf(firstToken)) is { } cited
                && cited.Source != best.Source && cited.Source != best.Target)
            {
                best.AttributedTo = cited.Source;
            }
            result.Add(best);
        }
        return result;
    }

    private int? _headlineEnd;

    /// <summary>Whether the evidence lies in the headline: the article's first line, when more lines follow.</summary>
    private bool InHeadline(RelationCandidate candidate)
    {
        _headlineEnd ??= HeadlineEnd();
        return candidate.EvidenceEnd <= _headlineEnd;
    }

    private int HeadlineEnd()
    {
        for (var k = 1; k < Tokens.Count; k++)
        {
            if (Tokens[k].LineBreakBefore)
            {
                return Tokens[k - 1].End;
            }
        }
        return -1; // a single line: no headline apart from the body
    }

    private int TokenAt(int offset)
    {
        var tokens = Tokens;
        int low = 0, high = tokens.Count - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (tokens[mid].Start <= offset)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }
        return low;
    }

    private static (RelationType, string, string) Key(RelationCandidate candidate)
    {
        var source = candidate.Source.Key;
        var target = candidate.Target.Key;
        if (candidate.Type.IsSymmetric() && string.CompareOrdinal(source, target) > 0)
        {
            (source, target) = (target, source);
        }
        return (candidate.Type, source, target);
    }
}
