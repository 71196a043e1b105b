using KnowledgeGraph.Evaluation;
using KnowledgeGraph.Model;
using static KnowledgeGraph.Tests.Evaluation.Scoring;

namespace KnowledgeGraph.Tests.Evaluation;

/// <summary>Entity matching (shared/spec/scoring.md, "Matching entities").</summary>
public sealed class ScorerEntityTests
{
    [Fact]
    public void Entities_sharing_a_form_after_normalisation_match()
    {
        var score = Score(
            Graph([Predicted("p_ahmad", EntityType.Person, "أَحمد الصالح")]),
            GoldDoc([Gold("g_ahmad", "Person", "احمد الصالح")]));

        Assert.Equal(new Prf(1, 1, 1), score.EntitiesUntyped);
        Assert.Equal(new Prf(1, 1, 1), score.EntitiesTyped);
    }

    [Fact]
    public void Predicted_form_with_a_proclitic_matches_the_bare_gold_form()
    {
        var score = Score(
            Graph([Predicted("p_beirut", EntityType.Location, "وبيروت")]),
            GoldDoc([Gold("g_beirut", "Location", "بيروت")]));

        Assert.Equal(1, score.EntitiesUntyped.Matched);
    }

    [Fact]
    public void Gold_form_with_a_proclitic_matches_the_bare_predicted_form()
    {
        var score = Score(
            Graph([Predicted("p_beirut", EntityType.Location, "بيروت")]),
            GoldDoc([Gold("g_beirut", "Location", "لبيروت")]));

        Assert.Equal(1, score.EntitiesUntyped.Matched);
    }

    [Fact]
    public void Lam_lam_form_matches_the_form_with_the_article()
    {
        var score = Score(
            Graph([Predicted("p_us", EntityType.Country, "للولايات المتحدة")]),
            GoldDoc([Gold("g_us", "Country", "الولايات المتحدة")]));

        Assert.Equal(1, score.EntitiesUntyped.Matched);
    }

    [Fact]
    public void Name_arabic_name_and_aliases_are_surface_forms_too()
    {
        var byName = new Entity("p1", EntityType.Location, "Tripoli", "");
        byName.Mentions.Add(new Mention(Doc, 0, 7, "العاصمة", MentionKind.Descriptor));
        var byNameAr = new Entity("p2", EntityType.Location, "", "صفاقس");
        byNameAr.Mentions.Add(new Mention(Doc, 10, 17, "المدينة", MentionKind.Descriptor));
        var byAlias = new Entity("p3", EntityType.Location, "", "");
        byAlias.AddAlias("سوسة");
        byAlias.Mentions.Add(new Mention(Doc, 20, 26, "الميناء", MentionKind.Descriptor));

        var score = Score(
            Graph([byName, byNameAr, byAlias]),
            GoldDoc([Gold("g1", "Location", "Tripoli"), Gold("g2", "Location", "صفاقس"), Gold("g3", "Location", "سوسه")]));

        Assert.Equal(new Prf(3, 3, 3), score.EntitiesUntyped);
    }

    [Fact]
    public void Entities_without_a_shared_form_do_not_match()
    {
        var score = Score(
            Graph([Predicted("p_omar", EntityType.Person, "عمر النوري")]),
            GoldDoc([Gold("g_salem", "Person", "سالم الحداد")]));

        Assert.Equal(new Prf(0, 1, 1), score.EntitiesUntyped);
        Assert.Equal(["g_salem (Person): سالم الحداد"], score.MissedEntities);
        Assert.Single(score.SpuriousEntities, line => line.StartsWith("p_omar", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_entities_mentioned_in_the_article_are_predicted()
    {
        var score = Score(
            Graph([PredictedIn(OtherDoc, "p_salem", EntityType.Person, "سالم الحداد")]),
            GoldDoc([Gold("g_salem", "Person", "سالم الحداد")]));

        Assert.Equal(new Prf(0, 0, 1), score.EntitiesUntyped);
    }

    [Fact]
    public void Mentions_in_other_articles_are_not_surface_forms_of_this_one()
    {
        var entity = Predicted("p_salem", EntityType.Person, "الرئيس");
        entity.Mentions.Add(new Mention(OtherDoc, 0, 11, "سالم الحداد"));

        var score = Score(Graph([entity]), GoldDoc([Gold("g_salem", "Person", "سالم الحداد")]));

        Assert.Equal(new Prf(0, 1, 1), score.EntitiesUntyped);
    }

    [Fact]
    public void Matching_is_one_to_one()
    {
        var score = Score(
            Graph([Predicted("p1", EntityType.Person, "سالم الحداد"), Predicted("p2", EntityType.Person, "سالم الحداد")]),
            GoldDoc([Gold("g_salem", "Person", "سالم الحداد")]));

        Assert.Equal(new Prf(1, 2, 1), score.EntitiesUntyped);
    }

    [Fact]
    public void Pair_with_the_most_shared_forms_is_matched_first()
    {
        // p1 shares two short forms with g1 and one long form with g2. Most shared first gives p1-g1 and
        // leaves g2 to p2; longest form first would give p1-g2 and leave p2 nothing.
        var score = Score(
            Graph([
                Predicted("p1", EntityType.Person, "سالم", "عمر", "ساحة الشهداء الكبرى"),
                Predicted("p2", EntityType.Location, "ساحة الشهداء الكبرى")]),
            GoldDoc([
                Gold("g1", "Person", "سالم", "عمر"),
                Gold("g2", "Location", "ساحة الشهداء الكبرى")]));

        Assert.Equal(new Prf(2, 2, 2), score.EntitiesUntyped);
        Assert.Equal(new Prf(2, 2, 2), score.EntitiesTyped);
    }

    [Fact]
    public void Tie_in_shared_forms_is_broken_by_the_longest_shared_form()
    {
        // p1 shares one form with each gold entity: the longer one wins, leaving g_a to p2.
        var score = Score(
            Graph([
                Predicted("p1", EntityType.Person, "خالد سالم العمري", "سالم"),
                Predicted("p2", EntityType.Location, "سالم")]),
            GoldDoc([
                Gold("g_a", "Location", "سالم"),
                Gold("g_b", "Person", "خالد سالم العمري")]));

        Assert.Equal(new Prf(2, 2, 2), score.EntitiesUntyped);
        Assert.Equal(new Prf(2, 2, 2), score.EntitiesTyped);
    }

    [Fact]
    public void Spelling_variants_of_one_gold_form_count_as_one_shared_form()
    {
        // g1 lists one name in three spellings; g2 has two different names. p shares one form with g1
        // (three spellings of it) and two forms with g2: g2 wins.
        var score = Score(
            Graph([
                Predicted("p", EntityType.Organization, "الهيئة", "هيئة الإغاثة"),
                Predicted("q", EntityType.Location, "الهيئه")]),
            GoldDoc([
                Gold("g1", "Location", "الهيئة", "الهيئه", "الهَيئة"),
                Gold("g2", "Organization", "الهيئة", "هيئة الاغاثة")]));

        Assert.Equal(new Prf(2, 2, 2), score.EntitiesTyped);
    }

    [Fact]
    public void Typed_score_counts_a_match_only_when_the_types_agree()
    {
        var score = Score(
            Graph([Predicted("p_tunis", EntityType.Country, "تونس")]),
            GoldDoc([Gold("g_tunis", "Location", "تونس")]));

        Assert.Equal(new Prf(1, 1, 1), score.EntitiesUntyped);
        Assert.Equal(new Prf(0, 1, 1), score.EntitiesTyped);
    }

    [Fact]
    public void Entity_scores_count_predicted_and_gold_entities()
    {
        var score = Score(
            Graph([
                Predicted("p1", EntityType.Person, "سالم الحداد"),
                Predicted("p2", EntityType.Location, "طرابلس"),
                Predicted("p3", EntityType.Organization, "هيئة الموانئ")]),
            GoldDoc([
                Gold("g1", "Person", "سالم الحداد"),
                Gold("g2", "Location", "طرابلس"),
                Gold("g3", "Country", "ليبيا"),
                Gold("g4", "Person", "عمر النوري")]));

        Assert.Equal(new Prf(2, 3, 4), score.EntitiesTyped);
        Assert.Equal(2.0 / 3, score.EntitiesTyped.Precision, 10);
        Assert.Equal(0.5, score.EntitiesTyped.Recall, 10);
    }

    [Fact]
    public void Empty_prediction_against_empty_gold_is_perfect()
    {
        var prf = new Prf(0, 0, 0);

        Assert.Equal((1.0, 1.0, 1.0), (prf.Precision, prf.Recall, prf.F1));
    }

    [Fact]
    public void No_prediction_against_some_gold_scores_zero()
    {
        var prf = new Prf(0, 0, 3);

        Assert.Equal((0.0, 0.0, 0.0), (prf.Precision, prf.Recall, prf.F1));
    }
}
