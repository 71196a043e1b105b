namespace KnowledgeGraph.Tests.Support;

public sealed class SkipReasonTests
{
    [Fact]
    public void A_skipped_test_carries_its_reason_in_the_name_the_test_command_prints()
    {
        var attribute = new FactAttribute();

        SkipReason.Apply(attribute, "Answers_on_the_corpus", "../shared is not beside the repository");

        Assert.Equal("../shared is not beside the repository", attribute.Skip);
        Assert.Equal("Answers_on_the_corpus [skipped: ../shared is not beside the repository]", attribute.DisplayName);
    }

    [Fact]
    public void A_test_that_runs_keeps_its_name()
    {
        var attribute = new FactAttribute();

        SkipReason.Apply(attribute, "Answers_on_the_corpus", null);

        Assert.Null(attribute.Skip);
        Assert.Null(attribute.DisplayName);
    }
}
