using KnowledgeGraph.Evaluation;
using KnowledgeGraph.Model;
using static KnowledgeGraph.Tests.Evaluation.Scoring;

namespace KnowledgeGraph.Tests.Evaluation;

public sealed class LinkCoverageTests
{
    [Theory]
    [InlineData("Faisal bin Farhan", true)]
    [InlineData("Saud al-Sati", true)]
    [InlineData("فيصل بن فرحان", false)]
    [InlineData("Ministry (وزارة)", false)]
    [InlineData("33", false)]
    public void A_latin_name_has_latin_letters_and_no_arabic_ones(string name, bool latin) =>
        Assert.Equal(latin, LinkCoverage.IsLatin(name));

    [Fact]
    public void Rows_count_by_gold_type_the_found_entities_with_a_latin_name_an_id_and_a_point()
    {
        var riyadh = Predicted("riyadh", EntityType.Location, "الرياض");
        riyadh.Name = "Riyadh";
        riyadh.Links = new EntityLinks { NameSource = NameSource.Gazetteer, GeoNames = "108410", Point = new GeoPoint(24.7, 46.7) };
        var person = Predicted("person_x", EntityType.Person, "سعود الساطي");
        person.Name = "سعود الساطي";
        var gold = GoldDoc([Gold("riyadh", "Location", "الرياض"), Gold("saud", "Person", "سعود الساطي"), Gold("jeddah", "Location", "جدة")]);
        var result = new EvaluationResult { Documents = [Score(Graph([riyadh, person]), gold)] };

        var rows = LinkCoverage.Of(result, [gold]);

        Assert.Equal(new LinkCoverageRow("Location", 2, 1, 1, 1, 0, 1, 1), rows.Single(row => row.Type == "Location"));
        Assert.Equal(new LinkCoverageRow("Person", 1, 1, 0, 0, 0, 0, 0), rows.Single(row => row.Type == "Person"));
    }
}
