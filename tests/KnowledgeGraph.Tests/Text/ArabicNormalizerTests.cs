using KnowledgeGraph.Extraction.LanguageData;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Tests.Text;

public sealed class ArabicNormalizerTests
{
    internal static readonly ArabicNormalizer Normalizer = new(CharacterMap.Load(EmbeddedDataSource.Instance));

    private static string Normalize(string text) => Normalizer.Normalize(text).Text;

    [Theory]
    [InlineData("مُحَمَّدٌ", "محمد")]
    [InlineData("كِتَابًا", "كتابا")]
    [InlineData("سْلَامٍ", "سلام")]
    public void Diacritics_are_removed(string original, string expected) =>
        Assert.Equal(expected, Normalize(original));

    [Fact]
    public void Superscript_alef_is_removed() =>
        Assert.Equal("هذا", Normalize("هٰذا"));

    [Fact]
    public void Tatweel_is_removed() =>
        Assert.Equal("الرياض", Normalize("الريــــاض"));

    [Theory]
    [InlineData("أحمد", "احمد")]
    [InlineData("إيران", "ايران")]
    [InlineData("آمال", "امال")]
    [InlineData("ٱلقمر", "القمر")]
    public void Hamza_madda_and_wasla_alefs_become_bare_alef(string original, string expected) =>
        Assert.Equal(expected, Normalize(original));

    [Fact]
    public void Alef_maqsura_becomes_ya() =>
        Assert.Equal("مصطفي علي", Normalize("مصطفى على"));

    [Fact]
    public void Ta_marbuta_becomes_ha() =>
        Assert.Equal("القاهره", Normalize("القاهرة"));

    [Theory]
    [InlineData("عام ٢٠٢٣", "عام 2023")]
    [InlineData("٠١٢٣٤٥٦٧٨٩", "0123456789")]
    [InlineData("سال ۱۴۰۲", "سال 1402")]
    [InlineData("۰۱۲۳۴۵۶۷۸۹", "0123456789")]
    public void Arabic_indic_and_persian_digits_become_ascii(string original, string expected) =>
        Assert.Equal(expected, Normalize(original));

    [Fact]
    public void Lam_alef_ligature_unfolds_to_two_letters() =>
        Assert.Equal("لا", Normalize("\uFEFB"));

    [Fact]
    public void Presentation_form_letters_fold_to_base_letters() =>
        // ﺑ (initial beh) ﻴ (medial yeh) ﺖ (final teh)
        Assert.Equal("بيت", Normalize("\uFE91\uFEF4\uFE96"));

    [Theory]
    [InlineData("بو\u200Cتين")]
    [InlineData("بو\u200Dتين")]
    [InlineData("\u200Fبوتين")]
    [InlineData("بوتين\u200E")]
    [InlineData("\u202Bبوتين\u202C")]
    [InlineData("بو\u00ADتين")]
    [InlineData("بو\uFEFFتين")]
    public void Zero_width_and_direction_characters_are_removed(string original) =>
        Assert.Equal("بوتين", Normalize(original));

    [Fact]
    public void Latin_letters_are_lower_cased_and_digits_kept() =>
        Assert.Equal("قناه cnn و flightradar24", Normalize("قناة CNN و FlightRadar24"));

    [Fact]
    public void Latin_capitals_become_lower_case() =>
        Assert.Equal("bbc news", Normalize("BBC News"));

    [Fact]
    public void No_break_space_becomes_an_ordinary_space() =>
        Assert.Equal("كيم جونغ", Normalize("كيم\u00A0جونغ"));

    [Fact]
    public void Text_without_anything_to_fold_is_unchanged()
    {
        const string text = "وصل الوفد الي بيروت";
        var normalized = Normalizer.Normalize(text);

        Assert.Equal(text, normalized.Text);
        Assert.Equal(text, normalized.Original);
        Assert.Equal(text.Length, normalized.Length);
    }

    // "قالَ مُحَمَّدٌ" normalises to "قال محمد": محمد is [4, 8) in the normalised text.
    private const string VoweledName = "قالَ مُحَمَّدٌ";

    [Fact]
    public void Whole_word_maps_back_to_the_word_with_all_its_diacritics()
    {
        var normalized = Normalizer.Normalize(VoweledName);
        Assert.Equal("قال محمد", normalized.Text);

        Assert.Equal((5, 14), normalized.ToOriginal(4, 8));
        Assert.Equal("مُحَمَّدٌ", normalized.OriginalSlice(4, 8));
    }

    [Fact]
    public void Single_letter_maps_back_to_the_letter_with_its_marks()
    {
        var normalized = Normalizer.Normalize(VoweledName);

        // The second م carries a shadda and a fatha.
        Assert.Equal("مَّ", normalized.OriginalSlice(6, 7));
        Assert.Equal("دٌ", normalized.OriginalSlice(7, 8));
    }

    [Fact]
    public void Word_ending_in_a_diacritic_keeps_it_in_its_original_slice()
    {
        var normalized = Normalizer.Normalize(VoweledName);

        Assert.Equal("قالَ", normalized.OriginalSlice(0, 3));
    }

    [Fact]
    public void Span_starting_after_a_deleted_mark_starts_at_the_next_letter()
    {
        var normalized = Normalizer.Normalize(VoweledName);

        // ح follows the damma of م: the slice starts at ح, not at the damma.
        var (start, _) = normalized.ToOriginal(5, 8);
        Assert.Equal(7, start);
        Assert.Equal("حَمَّدٌ", normalized.OriginalSlice(5, 8));
    }

    [Fact]
    public void Span_starting_after_a_deleted_leading_character_skips_it()
    {
        var normalized = Normalizer.Normalize("\u200Fعمان");

        Assert.Equal("عمان", normalized.Text);
        Assert.Equal((1, 5), normalized.ToOriginal(0, 4));
        Assert.Equal("عمان", normalized.OriginalSlice(0, 4));
    }

    [Fact]
    public void Tatweel_inside_a_word_is_covered_by_the_slice()
    {
        var normalized = Normalizer.Normalize("الريــاض");

        Assert.Equal("الرياض", normalized.Text);
        Assert.Equal("الريــاض", normalized.OriginalSlice(0, 6));
        Assert.Equal("اض", normalized.OriginalSlice(4, 6));
    }

    [Fact]
    public void Zero_width_joiner_inside_a_word_is_covered_by_the_slice()
    {
        var normalized = Normalizer.Normalize("بو\u200Cتين");

        Assert.Equal("بو\u200Cتين", normalized.OriginalSlice(0, 5));
        Assert.Equal((3, 6), normalized.ToOriginal(2, 5));
    }

    [Fact]
    public void Replaced_letters_map_one_to_one()
    {
        var normalized = Normalizer.Normalize("القاهرة");

        Assert.Equal((6, 7), normalized.ToOriginal(6, 7));
        Assert.Equal("ة", normalized.OriginalSlice(6, 7));
    }

    [Fact]
    public void Both_letters_of_an_unfolded_ligature_map_to_the_ligature()
    {
        var normalized = Normalizer.Normalize("\uFEFB");

        Assert.Equal((0, 1), normalized.ToOriginal(0, 1));
        Assert.Equal((0, 1), normalized.ToOriginal(1, 2));
        Assert.Equal((0, 1), normalized.ToOriginal(0, 2));
    }

    [Fact]
    public void Empty_span_maps_to_an_empty_original_span()
    {
        var normalized = Normalizer.Normalize(VoweledName);

        Assert.Equal((5, 5), normalized.ToOriginal(4, 4));
        Assert.Equal((VoweledName.Length, VoweledName.Length), normalized.ToOriginal(8, 8));
    }

    [Theory]
    [InlineData(-1, 2)]
    [InlineData(0, 9)]
    [InlineData(5, 4)]
    public void Span_outside_the_text_throws(int start, int end)
    {
        var normalized = Normalizer.Normalize(VoweledName);

        Assert.Throws<ArgumentOutOfRangeException>(() => normalized.ToOriginal(start, end));
    }

    [Fact]
    public void NormalizeKey_collapses_whitespace_runs_and_trims()
    {
        Assert.Equal("الامم المتحده", Normalizer.NormalizeKey("  الأمم \t\n  المتحدة  "));
    }

    [Fact]
    public void NormalizeKey_treats_no_break_space_as_whitespace()
    {
        Assert.Equal("كيم جونغ اون", Normalizer.NormalizeKey("كيم\u00A0\u00A0جونغ أون"));
    }

    [Fact]
    public void NormalizeKey_folds_characters_like_Normalize()
    {
        const string text = "مُصْطَفَى إبراهيم ٢٠٢٣ CNN";

        Assert.Equal(Normalizer.Normalize(text).Text, Normalizer.NormalizeKey(text));
    }

    [Fact]
    public void NormalizeKey_of_whitespace_only_is_empty()
    {
        Assert.Equal("", Normalizer.NormalizeKey(" \t\u200F\n "));
    }
}
