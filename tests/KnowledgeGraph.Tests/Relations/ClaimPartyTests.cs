using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Relations;

/// <summary>The parties of a claim where the text does not set them out: ل fused with the article, a subject shared by two verbs.</summary>
public sealed class ClaimPartyTests
{
    [Theory]
    [InlineData("وتصاعد التوتر إثر اتهام إيران للسعودية بدعم الإرهاب.", "إيران", "السعودية")]
    [InlineData("وجاء القرار بعد اتهام الرئيس الإيراني حسن روحاني للسعودية بإشعال الحرب.", "حسن روحاني", "السعودية")]
    public void An_accusation_noun_takes_a_party_written_with_li_fused_with_the_article(string sentence, string accuser, string accused)
    {
        var graph = Extract.Text(sentence);
        Assert.NotNull(graph.Relation(RelationType.Accused, accuser, accused));
    }

    [Theory]
    [InlineData("وتحدث رئيس الوزراء الباكستاني نواز شريف عن الهجوم واتهم الهند بدعم المسلحين.", "نواز شريف", "الهند")]
    [InlineData("وعرض وزير الخارجية البحريني خالد بن أحمد الأدلة واتهم إيران بتهريب السلاح.", "خالد بن أحمد", "إيران")]
    public void A_verb_joined_by_wa_shares_the_subject_of_the_clause_before_it(string sentence, string accuser, string accused)
    {
        var graph = Extract.Text(sentence);
        Assert.NotNull(graph.Relation(RelationType.Accused, accuser, accused));
        Assert.Null(graph.Relation(RelationType.Accused, accused, accuser));
    }

    [Fact]
    public void A_warning_verb_joined_by_wa_shares_the_subject_and_warns_the_party_after_it()
    {
        var graph = Extract.Text("وتطرق وزير الخارجية التركي مولود جاويش أوغلو إلى الأزمة وحذر روسيا من التصعيد.");
        Assert.NotNull(graph.Relation(RelationType.Warned, "مولود جاويش أوغلو", "روسيا"));
    }

    [Fact]
    public void A_feminine_claim_verb_agrees_with_the_state_after_it_which_is_its_own_subject()
    {
        var graph = Extract.Text("وأكد وزير الخارجية التركي مولود جاويش أوغلو أهمية الحوار وحذرت روسيا من التصعيد.");
        Assert.Null(graph.Relation(RelationType.Warned, "مولود جاويش أوغلو", "روسيا"));
    }
}
