using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Relations;

/// <summary>
/// Triggers in the accusative, verbal nouns fronted before the clause that names their agent, and a subject set off
/// from its verb's object by a clause between commas.
/// </summary>
public sealed class ClauseShapeTests
{
    [Theory]
    [InlineData("وعقد رئيس الوزراء الماليزي أنور إبراهيم اجتماعاً مع الرئيس الإندونيسي برابوو سوبيانتو في جاكرتا.")]
    [InlineData("وعقد رئيس الوزراء الماليزي أنور إبراهيم اجتماعا مع الرئيس الإندونيسي برابوو سوبيانتو في جاكرتا.")]
    public void An_indefinite_meeting_noun_in_the_accusative_is_a_meeting(string sentence)
    {
        var graph = Extract.Text(sentence);
        Assert.NotNull(graph.Relation(RelationType.Met, "أنور إبراهيم", "برابوو سوبيانتو"));
    }

    [Theory]
    [InlineData("وخلال زيارة إلى كينيا، قال رئيس الوزراء الهندي ناريندرا مودي إن التعاون يتسع.")]
    [InlineData("وأثناء زيارته لكينيا، أكد رئيس الوزراء الهندي ناريندرا مودي أن التعاون يتسع.")]
    [InlineData("ولدى وصوله إلى نيروبي، صرّح رئيس الوزراء الهندي ناريندرا مودي بأن التعاون يتسع.")]
    public void A_fronted_verbal_noun_takes_the_subject_of_the_main_clause_as_its_agent(string sentence)
    {
        var graph = Extract.Text(sentence);
        Assert.Single(graph.Relations, relation => relation.Type == RelationType.Visited
                                                   && relation.Source == graph.Entity("ناريندرا مودي")!.Id);
    }

    [Fact]
    public void A_fronted_verbal_noun_with_its_own_genitive_keeps_it()
    {
        var graph = Extract.Text("وخلال زيارة الرئيس الصيني إلى كينيا، قال رئيس الوزراء الهندي ناريندرا مودي إن التعاون يتسع.");
        Assert.Null(graph.Relation(RelationType.Visited, "ناريندرا مودي", "كينيا"));
    }

    [Theory]
    [InlineData("والتقى وزير الخارجية الأمريكي جون كيري، الذي وصل إلى القاهرة أمس، بالرئيس المصري عبدالفتاح السيسي.", "جون كيري", "عبدالفتاح السيسي")]
    [InlineData("وناقش وزير الخارجية الألماني فرانك فالتر شتاينماير، الذي يزور المنطقة، مع الرئيس المصري عبدالفتاح السيسي الخطة.", "فرانك فالتر شتاينماير", "عبدالفتاح السيسي")]
    public void A_relative_clause_between_commas_after_the_subject_does_not_hide_the_one_met(string sentence, string subject, string met)
    {
        var graph = Extract.Text(sentence);
        Assert.NotNull(graph.Relation(RelationType.Met, subject, met));
    }

    [Fact]
    public void A_name_between_commas_after_the_subject_is_not_a_description_of_it()
    {
        var graph = Extract.Text("والتقى وزير الخارجية الأمريكي جون كيري، رئيس الوزراء العراقي حيدر العبادي، بالرئيس المصري عبدالفتاح السيسي.");
        Assert.Null(graph.Relation(RelationType.Met, "جون كيري", "عبدالفتاح السيسي"));
    }

    [Theory]
    [InlineData("وأجرى وزير الدفاع الإيطالي ماريو بيانكي لقاءات مع رئيس الوزراء كمال الحسن ووزير الخارجية فادي نصر، وعقد اجتماعا مع رئيس البرلمان أنور الشامي.")]
    [InlineData("واجتمع وزير الدفاع الإيطالي ماريو بيانكي بالرئيس كمال الحسن ووزير الخارجية فادي نصر، وعقد اجتماعا مع رئيس البرلمان أنور الشامي.")]
    public void A_later_conjunct_of_a_list_after_a_preposition_is_not_the_subject_of_the_next_clause(string sentence)
    {
        var graph = Extract.Text(sentence);
        Assert.NotNull(graph.Relation(RelationType.Met, "ماريو بيانكي", "أنور الشامي"));
        Assert.Null(graph.Relation(RelationType.Met, "فادي نصر", "أنور الشامي"));
    }

    [Fact]
    public void Conjuncts_without_a_preposition_before_a_verb_are_still_its_subjects()
    {
        var graph = Extract.Text("وقال البيان إن الرئيس كمال الحسن ووزير الخارجية فادي نصر عقدا اجتماعا مع رئيس البرلمان أنور الشامي.");
        Assert.NotNull(graph.Relation(RelationType.Met, "فادي نصر", "أنور الشامي"));
    }
}
