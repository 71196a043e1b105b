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
    [InlineData("وأوضح مدير مستشفى الملك خالد الجامعي الدكتور سامي الزهراني أن القسم جاهز.", "مستشفى الملك خالد الجامعي")]
    [InlineData("وأوضح مدير مستشفى الملك خالد الجامعي بالرياض الدكتور سامي الزهراني أن القسم جاهز.", "مستشفى الملك خالد الجامعي")]
    [InlineData("وأوضح وكيل جامعة الطائف الدكتور سامي الزهراني أن القسم جاهز.", "جامعة الطائف")]
    public void The_director_of_a_hospital_or_a_college_holds_office_there(string sentence, string institution)
    {
        var graph = Extract.Text(sentence);
        Assert.NotNull(graph.Relation(RelationType.HoldsRole, "سامي الزهراني", institution));
    }

    [Fact]
    public void A_minister_is_not_an_officer_of_the_hotel_named_after_his_title()
    {
        var graph = Extract.Text("وصل وزير الخارجية الدكتور سامي الزهراني إلى فندق الريتز في الرياض.");
        Assert.DoesNotContain(graph.Relations, relation => relation.Type == RelationType.HoldsRole
                                                          && graph.Entities.Any(entity => entity.Id == relation.Target && entity.Type == EntityType.Location));
    }
}
