using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Relations;

/// <summary>Where an office is held when its title does not say.</summary>
public sealed class OfficeTargetTests
{
    [Theory]
    [InlineData("أطلقت وزارة الزراعة برنامجا جديدا للري.\nوقال وزير الزراعة المهندس فهد الصقري إن البرنامج يشمل المزارع.")]
    [InlineData("أطلقت وزارة الزراعة برنامجا جديدا للري.\nوقال نائب وزير الزراعة المهندس فهد الصقري إن البرنامج يشمل المزارع.")]
    public void A_minister_without_a_country_heads_the_ministry_of_his_field_the_article_names(string text)
    {
        var graph = Extract.Text("خبر\n" + text);
        Assert.NotNull(graph.Relation(RelationType.HoldsRole, "فهد الصقري", "وزارة الزراعة"));
    }

    [Fact]
    public void A_minister_of_another_field_does_not_head_the_ministry_the_article_names()
    {
        var graph = Extract.Text("خبر\nأطلقت وزارة الزراعة برنامجا جديدا للري.\nوقال وزير المالية المهندس فهد الصقري إن البرنامج مكلف.");
        Assert.Null(graph.Relation(RelationType.HoldsRole, "فهد الصقري", "وزارة الزراعة"));
    }

    [Theory]
    [InlineData("وقالت وزيرة الدولة المغربية المنتدبة سعاد العلمي إن المفاوضات مستمرة.", "سعاد العلمي", "وزيرة الدولة المنتدبة")]
    [InlineData("وقالت وزيرة الدولة المنتدبة المغربية سعاد العلمي إن المفاوضات مستمرة.", "سعاد العلمي", "وزيرة الدولة المنتدبة")]
    [InlineData("وأوضح الوزير المنتدب المغربي كريم العلوي أن المفاوضات مستمرة.", "كريم العلوي", "الوزير المنتدب")]
    [InlineData("وأوضح السفير المغربي السابق كريم العلوي أن المفاوضات مستمرة.", "كريم العلوي", "السفير السابق")]
    public void A_word_qualifying_the_title_before_or_after_its_nationality_keeps_the_office_in_that_country(string sentence, string person, string role)
    {
        var graph = Extract.Text("خبر\n" + sentence);
        var office = graph.Relation(RelationType.HoldsRole, person, "المغرب");
        Assert.NotNull(office);
        Assert.Equal(role, office.Role);
    }

    [Theory]
    [InlineData("وقال الرئيس الفنزويلي المتشدد السابق خوسيه رامون إن الحوار انتهى.", "خوسيه رامون", "فنزويلا", "الرئيس السابق")]
    [InlineData("واستعاد الكتاب خطب الزعيم الكوبي الراحل خوسيه رامون في الستينيات.", "خوسيه رامون", "كوبا", "الزعيم")]
    public void An_epithet_after_the_nationality_does_not_cut_the_title_from_the_name(string sentence, string person, string country, string role)
    {
        var graph = Extract.Text("خبر\n" + sentence);
        var office = graph.Relation(RelationType.HoldsRole, person, country);
        Assert.NotNull(office);
        Assert.Equal(role, office.Role);
    }

    [Theory]
    [InlineData("وأكد رئيس مجلس الإنقاذ في المحافظة سالم الحكيم أن الوضع مستقر.")]
    [InlineData("وأكد رئيس مجلس الإنقاذ في المنطقة سالم الحكيم أن الوضع مستقر.")]
    public void A_body_seated_in_a_place_named_again_by_a_common_noun_keeps_its_head(string sentence)
    {
        var graph = Extract.Text("خبر\n" + sentence);
        Assert.NotNull(graph.Relation(RelationType.HoldsRole, "سالم الحكيم", "مجلس الإنقاذ"));
    }
}
