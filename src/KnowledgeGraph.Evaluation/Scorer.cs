using KnowledgeGraph.Model;

namespace KnowledgeGraph.Evaluation;

/// <summary>Precision, recall and F1 from counts.</summary>
public sealed record Prf(int Matched, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? (Gold == 0 ? 1 : 0) : (double)Matched / Predicted;
    public double Recall => Gold == 0 ? (Predicted == 0 ? 1 : 0) : (double)Matched / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Prf operator +(Prf a, Prf b) => new(a.Matched + b.Matched, a.Predicted + b.Predicted, a.Gold + b.Gold);

    public static Prf Zero { get; } = new(0, 0, 0);
}

/// <summary>A relation as the report prints it (with gold ids where the entity was matched).</summary>
public sealed record RelationLine(string Type, string Source, string Target, string Status, string Evidence);

public sealed class DocumentScore
{
    public required string Document { get; init; }
    public required Prf EntitiesUntyped { get; init; }
    public required Prf EntitiesTyped { get; init; }
    public required Prf Relations { get; init; }
    public required IReadOnlyDictionary<RelationType, Prf> ByType { get; init; }
    public required int StatusAgreed { get; init; }
    public required int StatusCompared { get; init; }
    public required IReadOnlyList<RelationLine> Missed { get; init; }
    public required IReadOnlyList<RelationLine> Spurious { get; init; }
    public required IReadOnlyList<string> MissedEntities { get; init; }
    public required IReadOnlyList<string> SpuriousEntities { get; init; }

    /// <summary>Each gold entity with the extracted entity matched to it (whatever its type).</summary>
    public IReadOnlyList<EntityPair> EntityPairs { get; init; } = [];
}

public sealed record EntityPair(GoldEntity Gold, Entity Predicted);

public sealed class EvaluationResult
{
    public required IReadOnlyList<DocumentScore> Documents { get; init; }

    public Prf EntitiesUntyped => Documents.Aggregate(Prf.Zero, (sum, doc) => sum + doc.EntitiesUntyped);
    public Prf EntitiesTyped => Documents.Aggregate(Prf.Zero, (sum, doc) => sum + doc.EntitiesTyped);
    public Prf Relations => Documents.Aggregate(Prf.Zero, (sum, doc) => sum + doc.Relations);

    public Prf RelationsOfType(RelationType type) =>
        Documents.Aggregate(Prf.Zero, (sum, doc) => sum + (doc.ByType.TryGetValue(type, out var score) ? score : Prf.Zero));

    public int StatusAgreed => Documents.Sum(doc => doc.StatusAgreed);
    public int StatusCompared => Documents.Sum(doc => doc.StatusCompared);
    public double StatusAgreement => StatusCompared == 0 ? 1 : (double)StatusAgreed / StatusCompared;
}

/// <summary>Scores an extracted graph against gold documents as shared/spec/scoring.md defines.</summary>
public static class Scorer
{
    public static EvaluationResult Score(GraphSnapshot graph, IEnumerable<GoldDocument> gold) =>
        new() { Documents = gold.Select(document => ScoreDocument(graph, document)).ToList() };

    public static DocumentScore ScoreDocument(GraphSnapshot graph, GoldDocument gold)
    {
        var name = gold.Doc;
        var predicted = graph.Entities.Where(entity => entity.Mentions.Any(mention => mention.Document == name)).ToList();
        var predictedForms = predicted.ToDictionary(
            entity => entity.Id,
            entity => entity.Mentions.Where(mention => mention.Document == name).Select(mention => mention.Text)
                .Append(entity.Name).Append(entity.NameAr).Concat(entity.Aliases)
                .SelectMany(SurfaceForms.Expand).ToHashSet(StringComparer.Ordinal));
        var toGold = EntityMatcher.Match(predictedForms, gold);
        var goldTaken = toGold.Values.ToHashSet(StringComparer.Ordinal);
        var predictedTypes = predicted.ToDictionary(entity => entity.Id, entity => entity.Type.ToWire());
        var goldTypes = gold.Entities.ToDictionary(entity => entity.Id, entity => entity.Type);
        var typedMatches = toGold.Count(pair => predictedTypes[pair.Key] == goldTypes[pair.Value]);

        var relationScore = ScoreRelations(graph, gold, name, toGold);
        return new DocumentScore
        {
            Document = name,
            EntitiesUntyped = new Prf(toGold.Count, predicted.Count, gold.Entities.Count),
            EntitiesTyped = new Prf(typedMatches, predicted.Count, gold.Entities.Count),
            Relations = relationScore.Total,
            ByType = relationScore.ByType,
            StatusAgreed = relationScore.Agreed,
            StatusCompared = relationScore.Compared,
            Missed = relationScore.Missed,
            Spurious = relationScore.Spurious,
            MissedEntities = gold.Entities.Where(entity => !goldTaken.Contains(entity.Id)).Select(entity => $"{entity.Id} ({entity.Type}): {string.Join("، ", entity.Aliases)}").ToList(),
            SpuriousEntities = predicted.Where(entity => !toGold.ContainsKey(entity.Id)).Select(entity => $"{entity.Id} ({entity.Type.ToWire()}): {entity.NameAr}").ToList(),
            EntityPairs = toGold.Select(pair => new EntityPair(gold.Entities.First(entity => entity.Id == pair.Value), predicted.First(entity => entity.Id == pair.Key))).ToList(),
        };
    }

    private sealed record RelationScore(
        Prf Total, IReadOnlyDictionary<RelationType, Prf> ByType, int Agreed, int Compared,
        IReadOnlyList<RelationLine> Missed, IReadOnlyList<RelationLine> Spurious);

    private static RelationScore ScoreRelations(GraphSnapshot graph, GoldDocument gold, string name, Dictionary<string, string> toGold)
    {
        // Predicted relations of this article, one per key, with the status this article reports.
        var predicted = new List<(RelationType Type, string Source, string Target, RelationStatus Status, string Evidence)>();
        foreach (var relation in graph.Relations)
        {
            var evidence = relation.Evidence.Where(item => item.Document == name).ToList();
            if (evidence.Count == 0)
            {
                continue;
            }
            var status = evidence.Aggregate(RelationStatus.Planned, (sum, item) => sum.Combine(item.Status));
            predicted.Add((relation.Type, relation.Source, relation.Target, status, evidence[0].Text));
        }

        var certain = gold.Relations.Where(relation => !relation.Uncertain).ToList();
        var uncertain = gold.Relations.Where(relation => relation.Uncertain).ToList();
        var goldMatched = new bool[certain.Count];
        var countedKeys = new HashSet<(RelationType, string, string)>();
        var matchedPredictions = new List<(int Gold, RelationStatus Status)>();
        var spurious = new List<RelationLine>();
        var predictedCounts = RelationTypes.All.ToDictionary(type => type, _ => 0);

        // Exact matches are preferred to matches through *_alt: two passes.
        var pending = new List<(RelationType Type, string Source, string Target, RelationStatus Status, string Evidence, string? GoldSource, string? GoldTarget)>();
        foreach (var relation in predicted)
        {
            toGold.TryGetValue(relation.Source, out var goldSource);
            toGold.TryGetValue(relation.Target, out var goldTarget);
            pending.Add((relation.Type, relation.Source, relation.Target, relation.Status, relation.Evidence, goldSource, goldTarget));
        }
        var assigned = new int?[pending.Count];
        foreach (var exactPass in new[] { true, false })
        {
            for (var p = 0; p < pending.Count; p++)
            {
                if (assigned[p] is not null)
                {
                    continue;
                }
                var item = pending[p];
                for (var g = 0; g < certain.Count; g++)
                {
                    if (!goldMatched[g] && Matches(certain[g], item.Type, item.GoldSource, item.GoldTarget, exactPass))
                    {
                        goldMatched[g] = true;
                        assigned[p] = g;
                        break;
                    }
                }
            }
        }

        for (var p = 0; p < pending.Count; p++)
        {
            var item = pending[p];
            var key = Key(item.Type, item.GoldSource ?? "?" + item.Source, item.GoldTarget ?? "?" + item.Target);
            if (assigned[p] is { } g)
            {
                if (countedKeys.Add(key))
                {
                    predictedCounts[item.Type]++;
                }
                matchedPredictions.Add((g, item.Status));
                continue;
            }
            // A duplicate of a matched prediction, or a match of an uncertain gold relation, is not counted.
            if (countedKeys.Contains(key)
                || uncertain.Any(relation => Matches(relation, item.Type, item.GoldSource, item.GoldTarget, exact: false))
                || certain.Where((relation, index) => goldMatched[index]).Any(relation => Matches(relation, item.Type, item.GoldSource, item.GoldTarget, exact: false)))
            {
                continue;
            }
            countedKeys.Add(key);
            predictedCounts[item.Type]++;
            spurious.Add(new RelationLine(item.Type.ToWire(), item.GoldSource ?? item.Source, item.GoldTarget ?? item.Target, item.Status.ToWire(), item.Evidence));
        }

        var byType = RelationTypes.All.ToDictionary(
            type => type,
            type => new Prf(
                matchedPredictions.Count(match => certain[match.Gold].Type == type),
                predictedCounts[type],
                certain.Count(relation => relation.Type == type)));
        var agreed = matchedPredictions.Count(match => certain[match.Gold].Status == match.Status);
        var missed = certain.Where((relation, index) => !goldMatched[index])
            .Select(relation => new RelationLine(relation.Type.ToWire(), relation.Source, relation.Target, relation.Status.ToWire(), relation.Evidence))
            .ToList();
        var total = new Prf(matchedPredictions.Count, predictedCounts.Values.Sum(), certain.Count);
        return new RelationScore(total, byType, agreed, matchedPredictions.Count, missed, spurious);
    }

    private static (RelationType, string, string) Key(RelationType type, string source, string target) =>
        type.IsSymmetric() && string.CompareOrdinal(source, target) > 0 ? (type, target, source) : (type, source, target);

    private static bool Matches(GoldRelation gold, RelationType type, string? source, string? target, bool exact)
    {
        if (gold.Type != type || source is null || target is null)
        {
            return false;
        }
        if (Fits(gold, source, target, exact))
        {
            return true;
        }
        return type.IsSymmetric() && Fits(gold, target, source, exact);
    }

    private static bool Fits(GoldRelation gold, string source, string target, bool exact) =>
        exact
            ? gold.Source == source && gold.Target == target
            : (gold.Source == source || gold.SourceAlt.Contains(source)) && (gold.Target == target || gold.TargetAlt.Contains(target));
}
