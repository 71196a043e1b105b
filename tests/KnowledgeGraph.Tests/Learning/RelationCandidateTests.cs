using KnowledgeGraph.Model;
using static KnowledgeGraph.Tests.Learning.CandidateTexts;

namespace KnowledgeGraph.Tests.Learning;

/// <summary>
/// The relation candidates the learned decision judges, by phenomenon: the generator must offer
/// the true relation, with the features that let a model tell it from its neighbours.
/// </summary>
public sealed class RelationCandidateTests
{
    [Fact]
    public void A_title_after_the_name_offers_the_office()
    {
        var (doc, candidates) = PairsOf("خبر\nوقال سامي القحطاني، رئيس هيئة الهلال الأحمر السعودي، إن الموسم بدأ.");
        var office = Find(doc, candidates, RelationType.HoldsRole, "سامي القحطاني", "هيئة الهلال الأحمر السعودي");
        Assert.NotNull(office);
        Assert.True(office.Has("title-after-s"));
    }

    [Fact]
    public void An_office_whose_body_the_article_names_elsewhere_is_offered_with_the_words_they_share()
    {
        var (doc, candidates) = PairsOf("خبر\nأعلنت وزارة الصحة حملة جديدة للتطعيم.\nوقال وزير الصحة الدكتور فهد الربيعان إن الحملة تشمل المدارس.");
        var office = Find(doc, candidates, RelationType.HoldsRole, "فهد الربيعان", "وزارة الصحة");
        Assert.NotNull(office);
        Assert.True(office.CrossSentence);
        Assert.Equal(1, office.Value("title-shares-words"));
    }

    [Fact]
    public void A_reception_in_a_named_place_offers_a_visit_for_host_and_guest()
    {
        var (doc, candidates) = PairsOf("خبر\nاستقبل الأمير فيصل بن مشعل في قصر التوحيد ببريدة أمس السفير الياباني كينجي هيراتا.");
        Assert.NotNull(Find(doc, candidates, RelationType.Visited, "فيصل بن مشعل", "قصر التوحيد"));
        Assert.NotNull(Find(doc, candidates, RelationType.Visited, "كينجي هيراتا", "قصر التوحيد"));
        Assert.NotNull(Find(doc, candidates, RelationType.Met, "فيصل بن مشعل", "كينجي هيراتا"));
    }

    [Fact]
    public void People_present_in_a_later_sentence_are_offered_a_meeting_with_host_and_guest()
    {
        var (doc, candidates) = PairsOf("خبر\nاستقبل الأمير فيصل بن مشعل أمس السفير الياباني كينجي هيراتا.\nوحضر الاستقبال وكيل الإمارة عبدالرحمن الحسين.");
        var withHost = Find(doc, candidates, RelationType.Met, "عبدالرحمن الحسين", "فيصل بن مشعل");
        var withGuest = Find(doc, candidates, RelationType.Met, "عبدالرحمن الحسين", "كينجي هيراتا");
        Assert.NotNull(withHost);
        Assert.NotNull(withGuest);
        Assert.True(withHost.CrossSentence);
        Assert.Equal(1, withHost.Value("sentence-gap"));
    }

    [Fact]
    public void People_listed_after_a_reception_cue_with_a_pronoun_are_marked_as_its_list()
    {
        var (doc, candidates) = PairsOf("خبر\nوصل الأمير خالد بن سلمان إلى عمان أمس.\nوكان في استقباله وزير الداخلية سمير المبيضين، ووزير الخارجية أيمن الصفدي، والسفير نايف السديري.");
        var listed = Find(doc, candidates, RelationType.Met, "أيمن الصفدي", "خالد بن سلمان") ?? Find(doc, candidates, RelationType.Met, "خالد بن سلمان", "أيمن الصفدي");
        Assert.NotNull(listed);
        var side = listed.Has("s-list-size") ? "s-" : "t-";
        Assert.Equal(3, listed.Value(side + "list-size"));
        Assert.True(listed.Has(side + "list-after-pronoun-cue"));
        Assert.False(listed.Has("same-list") && listed.Value("same-list") > 0);
        var twoListed = Find(doc, candidates, RelationType.Met, "سمير المبيضين", "أيمن الصفدي") ?? Find(doc, candidates, RelationType.Met, "أيمن الصفدي", "سمير المبيضين");
        Assert.True(twoListed is null || twoListed.Value("same-list") > 0);
    }

    [Fact]
    public void Names_in_different_clauses_are_not_one_list()
    {
        var (doc, candidates) = PairsOf("خبر\nاستقبل الوزير سمير المبيضين أمس. وقال السفير نايف السديري إن الزيارة ناجحة.");
        Assert.DoesNotContain(candidates, candidate => candidate.Has("s-list-size") || candidate.Has("t-list-size"));
        _ = doc;
    }

    [Fact]
    public void Members_of_a_delegation_named_after_the_arrival_are_offered_as_companions()
    {
        var (doc, candidates) = PairsOf("خبر\nوصل الأمير خالد بن سلمان إلى عمان أمس.\nويضم الوفد المرافق لسموه المستشار ماجد العتيبي.");
        Assert.NotNull(Find(doc, candidates, RelationType.Accompanied, "ماجد العتيبي", "خالد بن سلمان"));
    }

    [Fact]
    public void A_visit_sentence_that_names_no_one_offers_the_person_just_before()
    {
        var (doc, candidates) = PairsOf("خبر\nأنهى الرئيس التونسي الباجي قائد السبسي محادثاته في الجزائر.\nوتوجه بعدها إلى المغرب في زيارة رسمية.");
        Assert.NotNull(Find(doc, candidates, RelationType.Visited, "الباجي قائد السبسي", "المغرب"));
    }

    [Fact]
    public void A_claim_word_offers_both_readings_of_the_parties()
    {
        var (doc, candidates) = PairsOf("خبر\nواتهمت إيران الولايات المتحدة بعرقلة المفاوضات.");
        Assert.NotNull(Find(doc, candidates, RelationType.Accused, "إيران", "الولايات المتحدة"));
        Assert.NotNull(Find(doc, candidates, RelationType.Accused, "الولايات المتحدة", "إيران"));
    }

    [Fact]
    public void A_relation_the_rules_found_is_a_candidate_that_says_so()
    {
        var (doc, candidates) = PairsOf("خبر\nزار وزير الخارجية الأردني ناصر جودة القاهرة أمس.");
        var visit = Find(doc, candidates, RelationType.Visited, "ناصر جودة", "القاهرة");
        Assert.NotNull(visit);
        Assert.NotNull(visit.Rule);
        Assert.True(visit.Has("rule"));
        Assert.True(visit.Has("own-frame:Visit"));
    }

    [Fact]
    public void One_candidate_stands_for_a_pair_in_a_sentence_even_when_a_person_is_named_twice()
    {
        var (doc, candidates) = PairsOf("خبر\nوقال الوزير ناصر جودة إن جودة سيزور القاهرة.");
        var pairs = candidates.Where(candidate => candidate.Type == RelationType.Visited && candidate.TargetEntity.Type == EntityType.Location)
            .GroupBy(candidate => (candidate.SourceEntity, candidate.TargetEntity, candidate.Sentence));
        Assert.All(pairs, group => Assert.Single(group));
        _ = doc;
    }
}
