using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Tests.Text;

/// <summary>The analyzer works on normalised text, where ة is already ه.</summary>
public sealed class EncliticAnalyzerTests
{
    private static List<EncliticReading> Analyze(string word) => EncliticAnalyzer.Analyze(word).ToList();

    [Fact]
    public void Word_itself_is_the_first_reading()
    {
        Assert.Equal(new EncliticReading("زيارته", Pronoun.None), Analyze("زيارته")[0]);
    }

    [Fact]
    public void Stem_ending_in_ta_is_also_read_with_ta_marbuta()
    {
        var readings = Analyze("زيارته");

        // زيارة normalises to زياره.
        Assert.Contains(new EncliticReading("زياره", Pronoun.ThirdMasculine), readings);
        Assert.Contains(new EncliticReading("زيارت", Pronoun.ThirdMasculine), readings);
    }

    [Fact]
    public void Feminine_pronoun_on_a_ta_stem_is_also_read_with_ta_marbuta()
    {
        Assert.Contains(new EncliticReading("زياره", Pronoun.ThirdFeminine), Analyze("زيارتها"));
    }

    [Fact]
    public void Masculine_pronoun_is_removed_from_a_verbal_noun()
    {
        Assert.Contains(new EncliticReading("استقبال", Pronoun.ThirdMasculine), Analyze("استقباله"));
    }

    [Fact]
    public void Stem_not_ending_in_ta_gets_no_ta_marbuta_reading()
    {
        Assert.Equal(
            [new EncliticReading("استقباله", Pronoun.None), new EncliticReading("استقبال", Pronoun.ThirdMasculine)],
            Analyze("استقباله"));
    }

    [Theory]
    [InlineData("رئيسه", Pronoun.ThirdMasculine)]
    [InlineData("رئيسها", Pronoun.ThirdFeminine)]
    [InlineData("رئيسهما", Pronoun.ThirdDual)]
    [InlineData("رئيسهم", Pronoun.ThirdPlural)]
    [InlineData("رئيسهن", Pronoun.ThirdPlural)]
    [InlineData("رئيسنا", Pronoun.FirstPlural)]
    public void Each_attached_pronoun_is_recognised(string word, Pronoun pronoun)
    {
        Assert.Contains(new EncliticReading("رئيس", pronoun), Analyze(word));
    }

    [Theory]
    [InlineData("منه")]
    [InlineData("فيه")]
    [InlineData("لها")]
    public void No_reading_leaves_fewer_than_three_letters(string word)
    {
        Assert.Equal([new EncliticReading(word, Pronoun.None)], Analyze(word));
    }

    [Fact]
    public void Word_without_a_pronoun_suffix_has_only_itself()
    {
        Assert.Equal([new EncliticReading("بيروت", Pronoun.None)], Analyze("بيروت"));
    }
}
