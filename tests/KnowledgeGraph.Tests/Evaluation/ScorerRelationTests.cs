using KnowledgeGraph.Evaluation;
using KnowledgeGraph.Model;
using static KnowledgeGraph.Tests.Evaluation.Scoring;

namespace KnowledgeGraph.Tests.Evaluation;

/// <summary>Relation matching (shared/spec/scoring.md, "Matching relations").</summary>
public sealed class ScorerRelationTests
{
    // Predicted entities and the gold entities they match one to one (by their shared names).
    private static readonly Entity[] PredictedEntities =
    [
        Predicted("p_salem", EntityType.Person, "سالم الحداد"),
        Predicted("p_omar", EntityType.Person, "عمر النوري"),
        Predicted("p_tripoli", EntityType.Location, "طرابلس"),
        Predicted("p_libya", EntityType.Country, "ليبيا"),
    ];

    private static readonly GoldEntity[] GoldEntities =
    [
        Gold("salem", "Person", "سالم الحداد"),
        Gold("omar", "Person", "عمر النوري"),
        Gold("tripoli", "Location", "طرابلس"),
        Gold("libya", "Country", "ليبيا"),
    ];

    private static DocumentScore ScoreRelations(IEnumerable<Relation> predicted, IEnumerable<GoldRelation> gold) =>
        Score(Graph(PredictedEntities, predicted), GoldDoc(GoldEntities, gold));

    [Fact]
    public void Relation_between_matched_entities_matches()
    {
        var score = ScoreRelations(
            [Predicted(RelationType.Visited, "p_salem", "p_tripoli")],
            [Gold(RelationType.Visited, "salem", "tripoli")]);

        Assert.Equal(new Prf(1, 1, 1), score.Relations);
        Assert.Empty(score.Missed);
        Assert.Empty(score.Spurious);
    }

    [Fact]
    public void Relation_of_another_type_does_not_match()
    {
        var score = ScoreRelations(
            [Predicted(RelationType.Warned, "p_salem", "p_omar")],
            [Gold(RelationType.Accused, "salem", "omar")]);

        Assert.Equal(new Prf(0, 1, 1), score.Relations);
    }

    [Fact]
    public void Directed_relation_in_the_wrong_direction_does_not_match()
    {
        var score = ScoreRelations(
            [Predicted(RelationType.Accused, "p_omar", "p_salem")],
            [Gold(RelationType.Accused, "salem", "omar")]);

        Assert.Equal(new Prf(0, 1, 1), score.Relations);
        Assert.Equal([new RelationLine("ACCUSED", "salem", "omar", "occurred", "نص الدليل")], score.Missed);
        Assert.Equal(["omar -> salem"], score.Spurious.Select(line => $"{line.Source} -> {line.Target}"));
    }

    [Fact]
    public void Met_matches_in_either_order()
    {
        // The predicted MET is stored as p_omar -> p_salem (ordinal order), i.e. omar -> salem.
        var score = ScoreRelations(
            [Predicted(RelationType.Met, "p_salem", "p_omar")],
            [Gold(RelationType.Met, "salem", "omar")]);

        Assert.Equal(new Prf(1, 1, 1), score.Relations);
    }

    [Fact]
    public void Relation_matches_through_target_alt()
    {
        var score = ScoreRelations(
            [Predicted(RelationType.Visited, "p_salem", "p_libya")],
            [Gold(RelationType.Visited, "salem", "tripoli", targetAlt: ["libya"])]);

        Assert.Equal(new Prf(1, 1, 1), score.Relations);
    }

    [Fact]
    public void Relation_matches_through_source_alt()
    {
        var score = ScoreRelations(
            [Predicted(RelationType.Warned, "p_libya", "p_omar")],
            [Gold(RelationType.Warned, "salem", "omar", sourceAlt: ["libya"])]);

        Assert.Equal(new Prf(1, 1, 1), score.Relations);
    }

    [Fact]
    public void Exact_match_is_preferred_to_a_match_through_alt()
    {
        // The prediction fits the first gold relation through target_alt and the second exactly:
        // it takes the second, and the first is missed.
        var score = ScoreRelations(
            [Predicted(RelationType.Visited, "p_salem", "p_libya")],
            [
                Gold(RelationType.Visited, "salem", "tripoli", targetAlt: ["libya"]),
                Gold(RelationType.Visited, "salem", "libya"),
            ]);

        Assert.Equal(new Prf(1, 1, 2), score.Relations);
        Assert.Equal(["salem -> tripoli"], score.Missed.Select(line => $"{line.Source} -> {line.Target}"));
    }

    [Fact]
    public void Exact_matches_are_made_before_any_alt_match()
    {
        // Matched in list order with alts allowed, p_salem -> p_libya would take the first gold relation
        // and leave p_salem -> p_tripoli nothing.
        var score = ScoreRelations(
            [
                Predicted(RelationType.Visited, "p_salem", "p_libya"),
                Predicted(RelationType.Visited, "p_salem", "p_tripoli"),
            ],
            [
                Gold(RelationType.Visited, "salem", "tripoli", targetAlt: ["libya"]),
                Gold(RelationType.Visited, "salem", "libya"),
            ]);

        Assert.Equal(new Prf(2, 2, 2), score.Relations);
    }

    [Fact]
    public void Prediction_restating_a_matched_gold_relation_through_alt_is_not_counted()
    {
        var score = ScoreRelations(
            [
                Predicted(RelationType.Visited, "p_salem", "p_tripoli"),
                Predicted(RelationType.Visited, "p_salem", "p_libya"),
            ],
            [Gold(RelationType.Visited, "salem", "tripoli", targetAlt: ["libya"])]);

        Assert.Equal(new Prf(1, 1, 1), score.Relations);
        Assert.Empty(score.Spurious);
    }

    [Fact]
    public void Duplicate_predictions_count_once()
    {
        var score = ScoreRelations(
            [
                Predicted(RelationType.Visited, "p_salem", "p_tripoli"),
                Predicted(RelationType.Visited, "p_salem", "p_tripoli"),
            ],
            [Gold(RelationType.Visited, "salem", "tripoli")]);

        Assert.Equal(new Prf(1, 1, 1), score.Relations);
    }

    [Fact]
    public void Duplicate_spurious_predictions_count_once()
    {
        var score = ScoreRelations(
            [
                Predicted(RelationType.Warned, "p_omar", "p_salem"),
                Predicted(RelationType.Warned, "p_omar", "p_salem"),
            ],
            []);

        Assert.Equal(new Prf(0, 1, 0), score.Relations);
        Assert.Single(score.Spurious);
    }

    [Fact]
    public void Gold_relation_fitted_by_two_predictions_is_matched_once()
    {
        // Both predictions fit the gold relation only through its alts: the first takes it, the second
        // restates it and is neither a match nor spurious.
        var score = ScoreRelations(
            [
                Predicted(RelationType.Visited, "p_omar", "p_tripoli"),
                Predicted(RelationType.Visited, "p_salem", "p_libya"),
            ],
            [Gold(RelationType.Visited, "salem", "tripoli", sourceAlt: ["omar"], targetAlt: ["libya"])]);

        Assert.Equal(new Prf(1, 1, 1), score.Relations);
        Assert.Equal(1, score.StatusCompared);
    }

    [Fact]
    public void Uncertain_gold_relation_found_is_not_rewarded()
    {
        var score = ScoreRelations(
            [Predicted(RelationType.Met, "p_salem", "p_omar")],
            [Gold(RelationType.Met, "salem", "omar", uncertain: true)]);

        Assert.Equal(new Prf(0, 0, 0), score.Relations);
        Assert.Empty(score.Spurious);
    }

    [Fact]
    public void Uncertain_gold_relation_missed_is_not_penalised()
    {
        var score = ScoreRelations(
            [Predicted(RelationType.Visited, "p_salem", "p_tripoli")],
            [Gold(RelationType.Visited, "salem", "tripoli"), Gold(RelationType.Met, "salem", "omar", uncertain: true)]);

        Assert.Equal(new Prf(1, 1, 1), score.Relations);
        Assert.Empty(score.Missed);
    }

    [Fact]
    public void Relation_between_unmatched_entities_is_spurious()
    {
        var stranger = Predicted("p_stranger", EntityType.Person, "رجل مجهول");
        var score = Score(
            Graph([.. PredictedEntities, stranger], [Predicted(RelationType.Met, "p_stranger", "p_salem")]),
            GoldDoc(GoldEntities, []));

        Assert.Equal(new Prf(0, 1, 0), score.Relations);
        Assert.Single(score.Spurious);
    }

    [Fact]
    public void Relations_without_evidence_in_the_article_are_not_predicted()
    {
        var score = ScoreRelations(
            [Predicted(RelationType.Visited, "p_salem", "p_tripoli", document: OtherDoc)],
            [Gold(RelationType.Visited, "salem", "tripoli")]);

        Assert.Equal(new Prf(0, 0, 1), score.Relations);
    }

    [Fact]
    public void Status_agreement_uses_the_status_of_this_articles_evidence()
    {
        // Occurred overall (another article reports the visit done), planned in this article.
        var relation = Predicted(RelationType.Visited, "p_salem", "p_tripoli", RelationStatus.Planned);
        relation.Evidence.Add(new Evidence(OtherDoc, 0, 3, "زار", RelationStatus.Occurred));
        Assert.Equal(RelationStatus.Occurred, relation.Status);

        var agreeing = ScoreRelations([relation], [Gold(RelationType.Visited, "salem", "tripoli", RelationStatus.Planned)]);
        var disagreeing = ScoreRelations([relation], [Gold(RelationType.Visited, "salem", "tripoli", RelationStatus.Occurred)]);

        Assert.Equal((1, 1), (agreeing.StatusAgreed, agreeing.StatusCompared));
        Assert.Equal((0, 1), (disagreeing.StatusAgreed, disagreeing.StatusCompared));
    }

    [Fact]
    public void Status_is_occurred_when_any_evidence_of_this_article_is_occurred()
    {
        var relation = Predicted(RelationType.Visited, "p_salem", "p_tripoli", RelationStatus.Planned);
        relation.Evidence.Add(new Evidence(Doc, 40, 43, "زار", RelationStatus.Occurred));

        var score = ScoreRelations([relation], [Gold(RelationType.Visited, "salem", "tripoli", RelationStatus.Occurred)]);

        Assert.Equal((1, 1), (score.StatusAgreed, score.StatusCompared));
    }

    [Fact]
    public void Status_is_compared_over_matched_relations_only()
    {
        var score = ScoreRelations(
            [
                Predicted(RelationType.Visited, "p_salem", "p_tripoli", RelationStatus.Planned),
                Predicted(RelationType.Warned, "p_omar", "p_salem", RelationStatus.Planned),
            ],
            [Gold(RelationType.Visited, "salem", "tripoli", RelationStatus.Occurred)]);

        Assert.Equal((0, 1), (score.StatusAgreed, score.StatusCompared));
    }

    [Fact]
    public void Scores_are_counted_per_relation_type()
    {
        var score = ScoreRelations(
            [
                Predicted(RelationType.Visited, "p_salem", "p_tripoli"),
                Predicted(RelationType.Met, "p_salem", "p_omar"),
                Predicted(RelationType.Warned, "p_salem", "p_omar"),
            ],
            [
                Gold(RelationType.Visited, "salem", "tripoli"),
                Gold(RelationType.Met, "omar", "salem"),
                Gold(RelationType.Accused, "omar", "salem"),
            ]);

        Assert.Equal(new Prf(2, 3, 3), score.Relations);
        Assert.Equal(new Prf(1, 1, 1), score.ByType[RelationType.Visited]);
        Assert.Equal(new Prf(1, 1, 1), score.ByType[RelationType.Met]);
        Assert.Equal(new Prf(0, 1, 0), score.ByType[RelationType.Warned]);
        Assert.Equal(new Prf(0, 0, 1), score.ByType[RelationType.Accused]);
        Assert.All([RelationType.Accompanied, RelationType.Denied, RelationType.HoldsRole],
            type => Assert.Equal(new Prf(0, 0, 0), score.ByType[type]));
    }

    [Fact]
    public void Scores_over_several_articles_are_summed()
    {
        var salem = Predicted("p_salem", EntityType.Person, "سالم الحداد");
        salem.Mentions.Add(new Mention(OtherDoc, 0, 11, "سالم الحداد"));
        var tripoli = Predicted("p_tripoli", EntityType.Location, "طرابلس");
        var omar = PredictedIn(OtherDoc, "p_omar", EntityType.Person, "عمر النوري");
        var graph = Graph([salem, tripoli, omar],
        [
            Predicted(RelationType.Visited, "p_salem", "p_tripoli"),
            Predicted(RelationType.Warned, "p_omar", "p_salem", document: OtherDoc),
        ]);
        GoldDocument[] gold =
        [
            new(Doc, [Gold("salem", "Person", "سالم الحداد"), Gold("tripoli", "Location", "طرابلس")],
                [Gold(RelationType.Visited, "salem", "tripoli")]),
            new(OtherDoc, [Gold("salem", "Person", "سالم الحداد"), Gold("omar", "Person", "عمر النوري")],
                [Gold(RelationType.Warned, "salem", "omar")]),
        ];

        var result = Scorer.Score(graph, gold);

        Assert.Equal([Doc, OtherDoc], result.Documents.Select(document => document.Document));
        Assert.Equal(new Prf(4, 4, 4), result.EntitiesTyped);
        Assert.Equal(new Prf(1, 2, 2), result.Relations);
        Assert.Equal(new Prf(1, 1, 1), result.RelationsOfType(RelationType.Visited));
        Assert.Equal(new Prf(0, 1, 1), result.RelationsOfType(RelationType.Warned));
        Assert.Equal((1, 1), (result.StatusAgreed, result.StatusCompared));
        Assert.Equal(1.0, result.StatusAgreement);
    }

    [Fact]
    public void Report_prints_the_scores_and_the_errors()
    {
        var score = Scorer.Score(
            Graph(PredictedEntities, [Predicted(RelationType.Warned, "p_omar", "p_salem")]),
            [GoldDoc(GoldEntities, [Gold(RelationType.Visited, "salem", "tripoli")])]);
        var writer = new StringWriter();

        EvaluationReport.Print(score, writer);

        var report = writer.ToString();
        Assert.Contains("relations", report);
        Assert.Contains("missed   VISITED salem -> tripoli", report);
        Assert.Contains("spurious WARNED omar -> salem", report);
    }
}
