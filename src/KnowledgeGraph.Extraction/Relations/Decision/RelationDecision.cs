using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Learning;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Relations.Candidates;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations.Decision;

/// <summary>
/// The learned relation decision: every candidate the generator proposes (the rules' relations
/// among them) is scored by its type's classifier; an entity pair keeps the relation when its best
/// candidate scores above the classifier's threshold. A kept relation the rules also found keeps
/// the rules' evidence, status, date and role; otherwise they are read from the best candidate's
/// clause. Without a classifier for a type, the rules' relations of that type stand.
/// </summary>
public sealed class RelationDecision : IPipelineComponent
{
    private readonly RelationCandidateSource _candidates;
    private readonly ExtractionModel _model;
    private readonly DateResolver _dates;

    public RelationDecision(LanguageResources resources, NameWords nameWords, ExtractionModel model)
    {
        _candidates = new RelationCandidateSource(resources, nameWords);
        _model = model;
        _dates = new DateResolver(resources);
    }

    public void Process(Doc doc)
    {
        var rules = doc.Relations.ToList();
        var (context, candidates, features) = _candidates.Generate(doc, rules, type => _model.ForRelation(type) is not null);
        var rows = new Dictionary<RelationType, FeatureRow>();
        foreach (var candidate in candidates)
        {
            if (_model.ForRelation(candidate.Type) is not { } classifier)
            {
                candidate.Score = double.NaN;
                continue;
            }
            if (!rows.TryGetValue(candidate.Type, out var row))
            {
                row = classifier.NewRow();
                rows.Add(candidate.Type, row);
            }
            row.Clear();
            features.Describe(candidate, row);
            // A rule's candidate keeps its exact score (`kg explain` shows the score of a rule's relation it drops); any
            // other only counts when it could be kept, so one certain to stay at or below both thresholds is left NaN.
            candidate.Score = candidate.Rule is not null
                ? classifier.Score(row)
                : classifier.ScoreUnlessAtMost(row, Math.Min(classifier.Threshold, classifier.RuleThreshold)) ?? double.NaN;
        }
        var kept = Decide(doc, context, candidates);
        doc.RelationCandidates = candidates;
        doc.Relations.Clear();
        doc.Relations.AddRange(kept);
    }

    /// <summary>Scores candidates already described by name (<see cref="PairCandidate.Features"/>), as training does.</summary>
    public void ScoreDescribed(IEnumerable<PairCandidate> candidates)
    {
        foreach (var candidate in candidates)
        {
            candidate.Score = _model.ForRelation(candidate.Type) is { } classifier ? classifier.Score(candidate.Features) : double.NaN;
        }
    }

    /// <summary>The relations kept from scored candidates, one per type and entity pair.</summary>
    public List<RelationCandidate> Decide(Doc doc, RelationContext context, IReadOnlyList<PairCandidate> candidates)
    {
        var kept = new List<RelationCandidate>();
        foreach (var group in PairGroup.Of(candidates))
        {
            var classifier = _model.ForRelation(group.Best.Type);
            if (classifier is null)
            {
                if (group.Best.Rule is { } rule)
                {
                    kept.Add(rule);
                }
                continue;
            }
            if (!classifier.Accepts(group.Best.Score, foundByRule: group.FirstRule is not null))
            {
                continue;
            }
            kept.Add(group.FirstRule ?? FromCandidate(doc, context, group.Best));
        }
        return kept;
    }

    /// <summary>
    /// The candidates of one type and entity pair, as grouping them would give, without building the groups: the
    /// best-scoring one (the first of equals, NaN lowest) and the first rule's relation among them.
    /// </summary>
    private sealed class PairGroup(PairCandidate first)
    {
        public PairCandidate Best { get; private set; } = first;
        public RelationCandidate? FirstRule { get; private set; } = first.Rule;

        /// <summary>The groups in the order their first candidates come.</summary>
        public static List<PairGroup> Of(IReadOnlyList<PairCandidate> candidates)
        {
            var groups = new List<PairGroup>();
            var byKey = new Dictionary<(RelationType, DocEntity, DocEntity), PairGroup>();
            foreach (var candidate in candidates)
            {
                var key = PairCandidateGenerator.Key(candidate.Type, candidate.SourceEntity, candidate.TargetEntity);
                if (!byKey.TryGetValue(key, out var group))
                {
                    group = new PairGroup(candidate);
                    byKey.Add(key, group);
                    groups.Add(group);
                    continue;
                }
                if (candidate.Score.CompareTo(group.Best.Score) > 0)
                {
                    group.Best = candidate;
                }
                group.FirstRule ??= candidate.Rule;
            }
            return groups;
        }
    }

    /// <summary>A relation only the classifier found: evidence, status, date and source from its sentence.</summary>
    private RelationCandidate FromCandidate(Doc doc, RelationContext context, PairCandidate candidate)
    {
        var source = candidate.Source;
        var target = candidate.Target;
        var first = Math.Min(source.FirstToken, target.FirstToken);
        var last = Math.Max(source.EndToken, target.EndToken) - 1;
        var trigger = NearestTrigger(doc, candidate);
        if (trigger is not null)
        {
            first = Math.Min(first, trigger.FirstToken);
            last = Math.Max(last, trigger.EndToken - 1);
        }
        var (start, end) = context.Clauses.Evidence(first, last);
        var status = trigger is null ? RelationStatus.Occurred : new StatusDetector(context).Of(trigger, last + 1) ?? RelationStatus.Occurred;
        var relation = new RelationCandidate
        {
            Type = candidate.Type,
            Source = candidate.SourceEntity,
            Target = candidate.TargetEntity,
            Status = status,
            EvidenceStart = start,
            EvidenceEnd = end,
            SourceMention = source,
            TargetMention = target,
            Role = candidate.Type == RelationType.HoldsRole ? RoleOf(candidate) : null,
            Rule = "learned",
        };
        relation.Date = _dates.DateWithin(doc, first, last + 1, trigger?.FirstToken ?? first, status == RelationStatus.Planned);
        if (candidate.Type != RelationType.HoldsRole
            && new AttributionFinder(context).Of(doc.Sentences[candidate.Sentence]) is { } cited
            && cited.Source != relation.Source && cited.Source != relation.Target)
        {
            relation.AttributedTo = cited.Source;
        }
        return relation;
    }

    private static Trigger? NearestTrigger(Doc doc, PairCandidate candidate)
    {
        var sentence = doc.Sentences[candidate.Sentence];
        return doc.Triggers
            .Where(trigger => trigger.Info.Relation == candidate.Type && trigger.FirstToken >= sentence.FirstToken && trigger.FirstToken < sentence.EndToken)
            .MinBy(trigger => Math.Abs(trigger.FirstToken - candidate.Source.FirstToken) + Math.Abs(trigger.FirstToken - candidate.Target.FirstToken));
    }

    /// <summary>The title that ties the person to the target, else the person's nearest title.</summary>
    private static string? RoleOf(PairCandidate candidate)
    {
        var roles = candidate.Source.AllRoles.Concat(candidate.SourceEntity.Roles).ToList();
        return (roles.FirstOrDefault(role => role.Target?.Entity == candidate.TargetEntity) ?? roles.FirstOrDefault())?.RoleText;
    }
}
