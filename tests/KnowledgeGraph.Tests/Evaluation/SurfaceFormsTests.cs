using KnowledgeGraph.Evaluation;

namespace KnowledgeGraph.Tests.Evaluation;

/// <summary>Surface-form normalisation and variants, as shared/spec/scoring.md defines them.</summary>
public sealed class SurfaceFormsTests
{
    [Theory]
    [InlineData("مُحَمَّدٌ", "محمد")]
    [InlineData("سَلامٍ", "سلام")]
    [InlineData("هٰذا", "هذا")]
    public void Normalize_drops_diacritics_and_superscript_alef(string text, string expected) =>
        Assert.Equal(expected, SurfaceForms.Normalize(text));

    [Fact]
    public void Normalize_drops_tatweel() =>
        Assert.Equal("طرابلس", SurfaceForms.Normalize("طرابـــلس"));

    [Theory]
    [InlineData("أحمد", "احمد")]
    [InlineData("إيران", "ايران")]
    [InlineData("آمال", "امال")]
    [InlineData("ٱلقمر", "القمر")]
    public void Normalize_maps_alef_variants_to_bare_alef(string text, string expected) =>
        Assert.Equal(expected, SurfaceForms.Normalize(text));

    [Fact]
    public void Normalize_maps_alef_maqsura_to_ya() =>
        Assert.Equal("مصطفي", SurfaceForms.Normalize("مصطفى"));

    [Fact]
    public void Normalize_maps_ta_marbuta_to_ha() =>
        Assert.Equal("الجامعه العربيه", SurfaceForms.Normalize("الجامعة العربية"));

    [Theory]
    [InlineData("«الأهرام»", "الاهرام")]
    [InlineData("\"النهار\"", "النهار")]
    [InlineData("(واس)", "واس")]
    [InlineData("[الحياة]", "الحياه")]
    [InlineData("بيونغ-يانغ", "بيونغيانغ")]
    [InlineData("واي.تي.إن", "وايتيان")]
    [InlineData("الرياض،", "الرياض")]
    public void Normalize_drops_quotes_brackets_and_punctuation(string text, string expected) =>
        Assert.Equal(expected, SurfaceForms.Normalize(text));

    [Fact]
    public void Normalize_collapses_and_trims_spaces() =>
        Assert.Equal("الامم المتحده", SurfaceForms.Normalize("  الأمم \t\n المتحدة "));

    [Fact]
    public void Normalize_leaves_no_space_where_punctuation_stood_alone() =>
        Assert.Equal("عمر النوري", SurfaceForms.Normalize("عمر « » النوري"));

    [Fact]
    public void Normalize_applies_nfkc_to_presentation_forms() =>
        Assert.Equal("لا", SurfaceForms.Normalize("\uFEFB"));

    [Fact]
    public void Normalize_composes_a_decomposed_hamza_and_maps_it_to_bare_alef() =>
        Assert.Equal("احمد", SurfaceForms.Normalize("\u0627\u0654حمد"));

    [Fact]
    public void Expand_gives_the_normalised_form_first()
    {
        Assert.Equal("وبيروت", SurfaceForms.Expand("وَبيروت").First());
    }

    [Fact]
    public void Expand_of_a_form_without_proclitic_is_the_form_alone()
    {
        Assert.Equal(["مصر"], SurfaceForms.Expand("مصر"));
    }

    [Theory]
    [InlineData("وبيروت", "بيروت")]
    [InlineData("فطهران", "طهران")]
    public void Expand_strips_wa_or_fa(string text, string stripped)
    {
        Assert.Contains(stripped, SurfaceForms.Expand(text));
    }

    [Theory]
    [InlineData("بدمشق", "دمشق")]
    [InlineData("لموسكو", "موسكو")]
    [InlineData("كرئيس", "رئيس")]
    public void Expand_strips_a_preposition_alone(string text, string stripped)
    {
        Assert.Equal([text, stripped], SurfaceForms.Expand(text));
    }

    [Fact]
    public void Expand_strips_wa_followed_by_a_preposition()
    {
        Assert.Equal(["وبدمشق", "بدمشق", "دمشق"], SurfaceForms.Expand("وبدمشق"));
    }

    [Fact]
    public void Expand_strips_only_one_leading_proclitic_group()
    {
        Assert.DoesNotContain("مشق", SurfaceForms.Expand("وبدمشق"));
        Assert.DoesNotContain("دمشق", SurfaceForms.Expand("ووبدمشق"));
    }

    [Theory]
    [InlineData("وزير", "زير")]
    [InlineData("بيروت", "يروت")]
    public void Expand_strips_when_three_letters_remain(string text, string stripped)
    {
        Assert.Contains(stripped, SurfaceForms.Expand(text));
    }

    [Theory]
    [InlineData("ولي")]
    [InlineData("بحر")]
    [InlineData("فم")]
    public void Expand_does_not_strip_when_fewer_than_three_letters_remain(string text)
    {
        Assert.Equal([text], SurfaceForms.Expand(text));
    }

    [Fact]
    public void Expand_strips_wa_but_not_wa_and_preposition_when_that_leaves_two_letters()
    {
        Assert.Equal(["وبها", "بها"], SurfaceForms.Expand("وبها"));
    }

    [Fact]
    public void Expand_counts_letters_not_spaces_towards_the_minimum()
    {
        Assert.Equal(["وا ب"], SurfaceForms.Expand("وا ب"));
    }

    [Fact]
    public void Expand_reads_lam_lam_as_the_definite_article()
    {
        Assert.Contains("الولايات المتحده", SurfaceForms.Expand("للولايات المتحدة"));
    }

    [Fact]
    public void Expand_of_a_lam_lam_form_also_strips_the_lam_alone()
    {
        var forms = SurfaceForms.Expand("للبنان").ToList();

        Assert.Equal(["للبنان", "لبنان", "البنان"], forms);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("«»")]
    public void Expand_of_an_empty_form_is_nothing(string text)
    {
        Assert.Empty(SurfaceForms.Expand(text));
    }

    [Fact]
    public void Expand_normalises_before_stripping()
    {
        Assert.Contains("احمد", SurfaceForms.Expand("وَلِأَحْمَد"));
    }
}
