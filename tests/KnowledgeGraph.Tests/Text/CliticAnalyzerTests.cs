using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Tests.Text;

public sealed class CliticAnalyzerTests
{
    [Fact]
    public void Whole_word_is_the_first_reading()
    {
        var readings = CliticAnalyzer.Analyze("وبوتين");

        Assert.Equal(new CliticAnalysis(0, "وبوتين", false), readings[0]);
    }

    [Fact]
    public void Conjunction_wa_is_stripped_with_prefix_length_one()
    {
        Assert.Contains(new CliticAnalysis(1, "بوتين", false), CliticAnalyzer.Analyze("وبوتين"));
    }

    [Fact]
    public void Conjunction_fa_is_stripped_with_prefix_length_one()
    {
        Assert.Contains(new CliticAnalysis(1, "طهران", false), CliticAnalyzer.Analyze("فطهران"));
    }

    [Theory]
    [InlineData("بدمشق", "دمشق")]
    [InlineData("لموسكو", "موسكو")]
    [InlineData("كرئيس", "رئيس")]
    public void Preposition_is_stripped_with_prefix_length_one(string word, string stem)
    {
        Assert.Contains(new CliticAnalysis(1, stem, false), CliticAnalyzer.Analyze(word));
    }

    [Fact]
    public void Conjunction_then_preposition_are_both_stripped()
    {
        Assert.Contains(new CliticAnalysis(2, "دمشق", false), CliticAnalyzer.Analyze("وبدمشق"));
    }

    [Fact]
    public void Lam_lam_restores_the_article_and_keeps_the_lam_in_the_span()
    {
        var readings = CliticAnalyzer.Analyze("للولايات");

        Assert.Contains(new CliticAnalysis(0, "الولايات", true), readings);
    }

    [Fact]
    public void Lam_lam_word_also_offers_the_reading_without_the_lam()
    {
        var readings = CliticAnalyzer.Analyze("للبنان");

        Assert.Contains(new CliticAnalysis(0, "البنان", true), readings);
        Assert.Contains(new CliticAnalysis(1, "لبنان", false), readings);
    }

    [Fact]
    public void Conjunction_before_lam_lam_restores_the_article_after_it()
    {
        Assert.Contains(new CliticAnalysis(1, "الولايات", true), CliticAnalyzer.Analyze("وللولايات"));
    }

    [Fact]
    public void Readings_go_from_fewer_to_more_clitics()
    {
        var readings = CliticAnalyzer.Analyze("وبدمشق");

        Assert.Equal(
            [new CliticAnalysis(0, "وبدمشق", false), new CliticAnalysis(1, "بدمشق", false), new CliticAnalysis(2, "دمشق", false)],
            readings);
    }

    [Fact]
    public void Word_without_clitics_has_only_itself()
    {
        Assert.Equal([new CliticAnalysis(0, "مصر", false)], CliticAnalyzer.Analyze("مصر"));
    }

    [Theory]
    [InlineData("بك")]
    [InlineData("ول")]
    [InlineData("لن")]
    public void No_reading_leaves_a_stem_shorter_than_the_minimum(string word)
    {
        Assert.Equal([new CliticAnalysis(0, word, false)], CliticAnalyzer.Analyze(word));
    }

    [Fact]
    public void Conjunction_is_stripped_when_exactly_the_minimum_stem_remains()
    {
        var readings = CliticAnalyzer.Analyze("وله");

        Assert.Equal([new CliticAnalysis(0, "وله", false), new CliticAnalysis(1, "له", false)], readings);
    }

    [Fact]
    public void Every_reading_stem_has_at_least_the_minimum_length()
    {
        foreach (var word in new[] { "وبه", "فلل", "للي", "وبهم", "بلا", "كل" })
        {
            Assert.All(CliticAnalyzer.Analyze(word), reading => Assert.True(reading.Stem.Length >= CliticAnalyzer.MinimumStem, $"{word}: '{reading.Stem}'"));
        }
    }

    [Theory]
    [InlineData("الرئيس", "رئيس")]
    [InlineData("الهند", "هند")]
    public void WithoutArticle_drops_a_leading_al(string word, string expected)
    {
        Assert.Equal(expected, CliticAnalyzer.WithoutArticle(word));
    }

    [Theory]
    [InlineData("مصر")]
    [InlineData("الم")]
    [InlineData("ال")]
    public void WithoutArticle_is_null_without_an_article_or_when_too_little_remains(string word)
    {
        Assert.Null(CliticAnalyzer.WithoutArticle(word));
    }

    [Fact]
    public void VerbReadings_strip_the_conjunction_and_the_future_prefix()
    {
        Assert.Equal(
            [("وسيلتقي", false), ("سيلتقي", false), ("يلتقي", true)],
            CliticAnalyzer.VerbReadings("وسيلتقي"));
    }

    [Theory]
    [InlineData("سيزور", "يزور")]
    [InlineData("ستزور", "تزور")]
    [InlineData("سنزور", "نزور")]
    [InlineData("سازور", "ازور")]
    public void VerbReadings_mark_the_future_reading(string verb, string stem)
    {
        Assert.Equal([(verb, false), (stem, true)], CliticAnalyzer.VerbReadings(verb));
    }

    [Fact]
    public void VerbReadings_of_a_past_verb_with_fa_have_no_future_reading()
    {
        Assert.Equal([("فزار", false), ("زار", false)], CliticAnalyzer.VerbReadings("فزار"));
    }

    [Fact]
    public void VerbReadings_need_an_imperfect_prefix_after_sin()
    {
        Assert.DoesNotContain(CliticAnalyzer.VerbReadings("سمعوا"), reading => reading.Future);
        Assert.DoesNotContain(CliticAnalyzer.VerbReadings("سلموا"), reading => reading.Future);
    }
}
