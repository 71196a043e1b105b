using KnowledgeGraph.Evaluation;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Relations.Candidates;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Learning;

/// <summary>What a candidate teaches: a yes, a no, or nothing.</summary>
public enum Label
{
    No,
    Yes,
    /// <summary>Left out of training: the gold relation is uncertain, or it is true but said in another sentence.</summary>
    Ignore,
    /// <summary>True, but the gold evidence is in another sentence: a yes only when no candidate of the pair is in that sentence.</summary>
    Elsewhere,
    /// <summary>The gold relation is marked uncertain: neither taught nor scored.</summary>
    Uncertain,
}

/// <summary>
/// Labels relation candidates from a gold annotation: yes when the gold file has the relation
/// between the entities the two mentions are aligned with (the *_alt readings included) and its
/// evidence lies in the candidate's sentence; a true pair read in another sentence, or an
/// uncertain gold relation, is left out rather than taught as a no.
/// </summary>
public sealed class RelationLabels
{
    private readonly Doc _doc;
    private readonly GoldDocument _gold;
    private readonly Dictionary<DocEntity, string> _aligned;
    private readonly Dictionary<GoldRelation, (int Start, int End)?> _evidence = [];

    public RelationLabels(Doc doc, GoldDocument gold, Dictionary<DocEntity, string> aligned)
    {
        _doc = doc;
        _gold = gold;
        _aligned = aligned;
    }

    public Label Of(PairCandidate candidate)
    {
        if (!_aligned.TryGetValue(candidate.SourceEntity, out var source) || !_aligned.TryGetValue(candidate.TargetEntity, out var target))
        {
            // An argument that is a gold entity read with the wrong extent ("برنامج فطن ناصر العريني") says
            // nothing about whether the relation holds: left out rather than taught as a no.
            return NearGold(candidate.SourceEntity) || NearGold(candidate.TargetEntity) ? Label.Ignore : Label.No;
        }
        var matches = _gold.Relations.Where(relation => Matches(relation, candidate.Type, source, target)).ToList();
        if (matches.Count == 0)
        {
            return Label.No;
        }
        if (matches.All(relation => relation.Uncertain))
        {
            return Label.Uncertain;
        }
        var sentence = _doc.Sentences[candidate.Sentence];
        var (sentenceStart, sentenceEnd) = _doc.ToOriginal(sentence.Start, sentence.End);
        foreach (var relation in matches.Where(relation => !relation.Uncertain))
        {
            if (EvidenceSpan(relation) is not { } span || span.Start < sentenceEnd && sentenceStart < span.End)
            {
                return Label.Yes;
            }
        }
        return Label.Elsewhere;
    }

    /// <summary>
    /// Labels all candidates of a document: a true pair read only outside the gold evidence's sentence
    /// is a yes (the evidence the annotator chose is one of several); beside a candidate in that
    /// sentence it is left out.
    /// </summary>
    public List<Label> OfAll(IReadOnlyList<PairCandidate> candidates)
    {
        var labels = candidates.Select(Of).ToList();
        var pairsWithYes = candidates.Where((_, index) => labels[index] == Label.Yes)
            .Select(candidate => PairCandidateGenerator.Key(candidate.Type, candidate.SourceEntity, candidate.TargetEntity))
            .ToHashSet();
        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i] == Label.Elsewhere)
            {
                var candidate = candidates[i];
                labels[i] = pairsWithYes.Contains(PairCandidateGenerator.Key(candidate.Type, candidate.SourceEntity, candidate.TargetEntity)) ? Label.Ignore : Label.Yes;
            }
        }
        return labels;
    }

    private readonly Dictionary<DocEntity, bool> _nearGold = [];
    private List<string>? _goldForms;

    /// <summary>An entity not aligned with gold whose name overlaps a gold alias (one contains the other).</summary>
    private bool NearGold(DocEntity entity)
    {
        if (_aligned.ContainsKey(entity))
        {
            return false;
        }
        if (_nearGold.TryGetValue(entity, out var near))
        {
            return near;
        }
        _goldForms ??= _gold.Entities.SelectMany(gold => gold.Aliases).Select(SurfaceForms.Normalize).Where(form => form.Length >= 3).Distinct().ToList();
        near = entity.Mentions.Any(mention =>
        {
            var (start, end) = _doc.ToOriginal(mention.Start, mention.End);
            var form = SurfaceForms.Normalize(_doc.Article.Text[start..end]);
            return form.Length >= 3 && _goldForms.Any(gold => gold.Contains(form, StringComparison.Ordinal) || form.Contains(gold, StringComparison.Ordinal));
        });
        _nearGold[entity] = near;
        return near;
    }

    /// <summary>Whether the gold file has this relation between these gold entities.</summary>
    public static bool Matches(GoldRelation relation, RelationType type, string source, string target) =>
        relation.Type == type
        && (Fits(relation, source, target) || type.IsSymmetric() && Fits(relation, target, source));

    private static bool Fits(GoldRelation relation, string source, string target) =>
        (relation.Source == source || relation.SourceAlt.Contains(source)) && (relation.Target == target || relation.TargetAlt.Contains(target));

    private (int Start, int End)? EvidenceSpan(GoldRelation relation)
    {
        if (!_evidence.TryGetValue(relation, out var span))
        {
            var index = relation.Evidence.Length == 0 ? -1 : _doc.Article.Text.IndexOf(relation.Evidence, StringComparison.Ordinal);
            span = index < 0 ? null : (index, index + relation.Evidence.Length);
            _evidence[relation] = span;
        }
        return span;
    }
}
