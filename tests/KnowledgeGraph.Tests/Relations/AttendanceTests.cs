using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Relations;

/// <summary>Those who attend a reception reported sentences before meet its host and its guest.</summary>
public sealed class AttendanceTests
{
    private const string Reception =
        "خبر\n"
        + "استقبل الرئيس الغاني نانا أكوفو أدو في القصر الرئاسي بأكرا اليوم رئيس وزراء ساحل العاج باتريك آشي.\n"
        + "وفي بداية الاستقبال رحب الرئيس الغاني برئيس الوزراء الإيفواري والوفد المرافق له.\n"
        + "وجرى خلال الاستقبال بحث العلاقات الثنائية بين البلدين.\n"
        + "كما تناول الجانبان عددا من القضايا الإقليمية.\n"
        + "وأشاد رئيس الوزراء الإيفواري بمستوى التعاون بين البلدين.\n";

    [Fact]
    public void Attending_a_reception_named_again_meets_its_host_and_its_guest_sentences_later()
    {
        var graph = Extract.Text(Reception + "حضر الاستقبال وزير الخارجية الغاني شيرلي بوتشواي.");
        Assert.NotNull(graph.Relation(RelationType.Met, "شيرلي بوتشواي", "نانا أكوفو أدو"));
        Assert.NotNull(graph.Relation(RelationType.Met, "شيرلي بوتشواي", "باتريك آشي"));
    }

    [Fact]
    public void Attending_for_one_side_refers_back_to_the_two_sided_reception()
    {
        var graph = Extract.Text(Reception + "فيما حضر من الجانب الإيفواري وزير الخارجية الإيفواري كاكو هوادجا.");
        Assert.NotNull(graph.Relation(RelationType.Met, "كاكو هوادجا", "نانا أكوفو أدو"));
    }

    [Fact]
    public void A_bare_attendance_long_after_a_reception_does_not_refer_back_to_it()
    {
        var graph = Extract.Text(Reception + "وفي المساء حضر وزير الخارجية الغاني شيرلي بوتشواي مباراة كرة القدم.");
        Assert.Null(graph.Relation(RelationType.Met, "شيرلي بوتشواي", "باتريك آشي"));
    }
}
