using KnowledgeGraph.Extraction.LanguageData;
using KnowledgeGraph.Extraction.Linking;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Tests.Reading;
using KnowledgeGraph.Tests.Text;

namespace KnowledgeGraph.Tests.Linking;

public sealed class NameTransliteratorTests : IDisposable
{
    private static NameTransliterator Default => LanguageResources.Default.Transliterator;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("عبدالله", "Abdullah")]
    [InlineData("عبد الله ديوب", "Abdullah Diop")]
    [InlineData("محمد بن سلمان", "Mohammed bin Salman")]
    [InlineData("حمد بن خليفة آل ثاني", "Hamad bin Khalifa Al Thani")]
    [InlineData("عادل الجبير", "Adel al-Jubeir")]
    [InlineData("أليكسيس تسيبراس", "Alexis Tsipras")]
    public void Names_take_the_usual_news_spelling_of_each_word(string arabic, string english) =>
        Assert.Equal(english, Default.Transliterate(arabic));

    [Fact]
    public void Presentation_forms_are_transliterated_as_the_letters_they_draw()
    {
        // "عادل الجبير" written in Arabic presentation forms, as some sites still publish it.
        const string presentation = "\uFECB\uFE8E\uFEA9\uFEDE \uFE8D\uFEDF\uFEA0\uFE92\uFEF4\uFEAE";

        Assert.Equal("عادل الجبير", presentation.Normalize(System.Text.NormalizationForm.FormKC));
        Assert.Equal(Default.Transliterate("عادل الجبير"), Default.Transliterate(presentation));
    }

    [Fact]
    public void A_name_word_after_its_article_keeps_the_article_as_al()
    {
        var name = Default.Transliterate("سعود الساطي");

        Assert.StartsWith("Saud al-", name);
    }

    [Fact]
    public void Abd_before_an_unlisted_name_is_joined_to_it_as_abdul() =>
        Assert.StartsWith("Abdul", Default.Transliterate("عبدالكوجيمياكو"));

    [Fact]
    public void The_first_word_is_capitalised_even_when_the_table_writes_it_in_lower_case()
    {
        Assert.Equal("bin", Default.Transliterate("محمد بن سلمان").Split(' ')[1]);
        Assert.StartsWith("Bin ", Default.Transliterate("بن لادن"));
    }

    [Fact]
    public void Latin_words_and_diacritics_are_handled()
    {
        Assert.Equal("CNN", Default.Transliterate("CNN"));
        Assert.Equal(Default.Transliterate("محمد"), Default.Transliterate("مُحَمَّد"));
    }

    [Fact]
    public void Later_words_keep_their_conjunction_or_preposition_apart()
    {
        Assert.Equal("Mathaf al-Dar wal-Suq", WithTokens(Row("متحف", "Mathaf"), Row("دار", "Dar"), Row("سوق", "Suq")).Transliterate("متحف الدار والسوق"));
        Assert.Equal("Walid Saeed", WithTokens(Row("وليد", "Walid"), Row("سعيد", "Saeed")).Transliterate("وليد سعيد"));
        Assert.Equal("Saeed bin Walid", WithTokens(Row("وليد", "Walid"), Row("سعيد", "Saeed"), Row("بن", "bin")).Transliterate("سعيد بن وليد"));
    }

    [Fact]
    public void In_the_name_of_a_place_or_body_place_words_come_first_and_the_article_is_the_article()
    {
        var transliterator = WithTokens(Row("بيروت", "Perot"), Row("البر", "Alper"), Row("بر", "Bir"), Row("قمة", "Qimma"), Row("جمعية", "Jamiya"));
        transliterator.AddPlaceWords([("بيروت", "Beirut"), ("جدة", "Jeddah")]);

        Assert.Equal("Qimma Beirut", transliterator.Transliterate("قمة بيروت", places: true));
        Assert.Equal("Perot", transliterator.Transliterate("بيروت"));
        Assert.Equal("Jamiya al-Bir bi-Jeddah", transliterator.Transliterate("جمعية البر بجدة", places: true));
        Assert.Equal("Alper", transliterator.Transliterate("البر"));
    }

    [Fact]
    public void A_name_without_letters_gives_nothing() => Assert.Equal("", Default.Transliterate("  ،  "));

    [Theory]
    [InlineData("خاسان", "Khasan")]
    [InlineData("سمير", "Samir")]
    [InlineData("كريم", "Karim")]
    [InlineData("علي", "Ali")]
    [InlineData("نوال", "Nawal")]
    public void Words_no_table_holds_are_spelled_letter_by_letter(string arabic, string english) =>
        Assert.Equal(english, WithTokens().Transliterate(arabic));

    [Fact]
    public void The_token_table_is_used_before_the_letters_and_matches_normalised_spellings()
    {
        var transliterator = WithTokens("arabic\tenglish\tcount\tsource\tlicence", "أحمد\tAhmed\t5\ttest\tnone");

        Assert.Equal("Ahmed", transliterator.Transliterate("احمد"));
        Assert.Equal("Ahmed al-Ahmed", transliterator.Transliterate("أحمد الأحمد"));
    }

    [Fact]
    public void The_more_frequent_row_of_two_spellings_wins()
    {
        var transliterator = WithTokens("arabic\tenglish\tcount\tsource\tlicence", "محمد\tMohammed\t9\ttest\tnone", "مُحمد\tMuhammad\t2\ttest\tnone");

        Assert.Equal("Mohammed", transliterator.Transliterate("محمد"));
    }

    private static string Row(string arabic, string english) => $"{arabic}\t{english}\t1\ttest\tnone";

    /// <summary>A transliterator over the built-in letter table and the given name-token rows (none: letters alone).</summary>
    private NameTransliterator WithTokens(params string[] tokenRows)
    {
        var letters = File.ReadAllText(Path.Combine(LanguageData.DataFolder.Path, "lexicon", "transliteration-letters.tsv"));
        _temp.WriteText(LetterTransliterator.File, letters);
        var header = "arabic\tenglish\tcount\tsource\tlicence";
        _temp.WriteText(NameTransliterator.TokensFile, string.Join("\n", tokenRows.Length > 0 && tokenRows[0] == header ? tokenRows : [header, .. tokenRows]) + "\n");
        return NameTransliterator.Load(new DirectoryDataSource(_temp.Path), ArabicNormalizerTests.Normalizer);
    }
}
