using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Relations;

/// <summary>Where a tour went when the text names its places away from the trigger's prepositions.</summary>
public sealed class DestinationTests
{
    [Theory]
    [InlineData("وتأتي زيارة وزير الخارجية الصيني وانغ يي إلى القاهرة ضمن جولة إقليمية شملت حتى الآن تونس والجزائر.", "وانغ يي", new[] { "تونس", "الجزائر" })]
    [InlineData("وكانت جولة وزير الصحة الدكتور خالد الفالح التي تهدف إلى متابعة المستشفيات قد شملت خلال الأيام الماضية جازان ونجران.", "خالد الفالح", new[] { "جازان", "نجران" })]
    public void A_tour_takes_in_the_places_its_verb_of_including_names(string sentence, string person, string[] places)
    {
        var graph = Extract.Text(sentence);
        foreach (var place in places)
        {
            Assert.NotNull(graph.Relation(RelationType.Visited, person, place));
        }
    }

    [Fact]
    public void A_verb_of_including_after_a_meeting_does_not_make_its_people_visitors()
    {
        var graph = Extract.Text("وعقد وزير الخارجية الصيني وانغ يي اجتماعا شمل ممثلي مصر وتونس.");
        Assert.Null(graph.Relation(RelationType.Visited, "وانغ يي", "تونس"));
    }

    [Fact]
    public void A_tour_that_includes_places_in_the_present_has_not_been_there_yet()
    {
        var graph = Extract.Text("ووصل وزير الخارجية الصيني وانغ يي إلى القاهرة في مستهل جولة إقليمية تشمل تونس والجزائر.");
        Assert.NotNull(graph.Relation(RelationType.Visited, "وانغ يي", "القاهرة"));
        Assert.DoesNotContain(graph.Relations, relation => relation.Type == RelationType.Visited && relation.Status == RelationStatus.Occurred
                                                           && relation.Target == graph.Entity("تونس")!.Id);
    }
}
