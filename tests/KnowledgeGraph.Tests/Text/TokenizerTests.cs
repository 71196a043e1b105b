using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Tests.Text;

public sealed class TokenizerTests
{
    private static List<Token> Tokenize(string text) => Tokenizer.Tokenize(text);

    [Fact]
    public void Arabic_words_are_word_tokens_with_their_offsets()
    {
        var tokens = Tokenize("وصل الوفد");

        Assert.Collection(tokens,
            token => Assert.Equal((0, 3, TokenKind.Word, "وصل"), (token.Start, token.End, token.Kind, token.Text)),
            token => Assert.Equal((4, 9, TokenKind.Word, "الوفد"), (token.Start, token.End, token.Kind, token.Text)));
    }

    [Fact]
    public void Every_token_text_is_its_slice_of_the_input()
    {
        const string text = "قال الناطق: ارتفع العدد 2.5 مرة، بحسب موقع flightradar24!";
        var tokens = Tokenize(text);

        Assert.All(tokens, token => Assert.Equal(text[token.Start..token.End], token.Text));
        Assert.Equal(Enumerable.Range(0, tokens.Count), tokens.Select(token => token.Index));
    }

    [Fact]
    public void Latin_word_keeps_its_digits()
    {
        var token = Assert.Single(Tokenize("FlightRadar24"));

        Assert.Equal(TokenKind.Latin, token.Kind);
        Assert.Equal("FlightRadar24", token.Text);
    }

    [Fact]
    public void Latin_word_inside_arabic_text_is_one_token()
    {
        var tokens = Tokenize("بحسب موقع flightradar24 للملاحة");

        Assert.Equal(["بحسب", "موقع", "flightradar24", "للملاحة"], tokens.Select(token => token.Text));
        Assert.Equal(TokenKind.Latin, tokens[2].Kind);
    }

    [Fact]
    public void Digits_before_letters_are_a_number_then_a_latin_word()
    {
        var tokens = Tokenize("24news");

        Assert.Equal([(TokenKind.Number, "24"), (TokenKind.Latin, "news")], tokens.Select(token => (token.Kind, token.Text)));
    }

    [Theory]
    [InlineData("2.5")]
    [InlineData("1,500")]
    [InlineData("2٫5")]
    [InlineData("2023")]
    public void Number_with_separators_between_digits_is_one_token(string number)
    {
        var token = Assert.Single(Tokenize(number));

        Assert.Equal(TokenKind.Number, token.Kind);
        Assert.Equal(number, token.Text);
    }

    [Fact]
    public void Full_stop_after_a_number_is_punctuation()
    {
        var tokens = Tokenize("عام 2023.");

        Assert.Equal([(TokenKind.Word, "عام"), (TokenKind.Number, "2023"), (TokenKind.Punctuation, ".")], tokens.Select(token => (token.Kind, token.Text)));
    }

    [Fact]
    public void Arabic_indic_digits_after_normalisation_form_one_number()
    {
        var normalized = ArabicNormalizerTests.Normalizer.Normalize("٢٫٥");

        var token = Assert.Single(Tokenize(normalized.Text));
        Assert.Equal(TokenKind.Number, token.Kind);
        Assert.Equal("2٫5", token.Text);
    }

    [Fact]
    public void Each_punctuation_character_is_its_own_token()
    {
        var tokens = Tokenize("!!؟،«»");

        Assert.Equal(["!", "!", "؟", "،", "«", "»"], tokens.Select(token => token.Text));
        Assert.All(tokens, token => Assert.Equal(TokenKind.Punctuation, token.Kind));
    }

    [Fact]
    public void Character_outside_the_basic_plane_is_one_punctuation_token()
    {
        var token = Assert.Single(Tokenize("\U0001F600"));

        Assert.Equal(TokenKind.Punctuation, token.Kind);
        Assert.Equal(2, token.End - token.Start);
    }

    [Fact]
    public void SpaceBefore_is_set_only_after_whitespace()
    {
        var tokens = Tokenize("قال: «نعم»");

        Assert.Equal(
            [("قال", false), (":", false), ("«", true), ("نعم", false), ("»", false)],
            tokens.Select(token => (token.Text, token.SpaceBefore)));
    }

    [Fact]
    public void First_token_starts_a_line()
    {
        var tokens = Tokenize("عنوان الخبر");

        Assert.True(tokens[0].LineBreakBefore);
        Assert.False(tokens[0].SpaceBefore);
        Assert.False(tokens[1].LineBreakBefore);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData(" \n  ")]
    [InlineData("\u2029")]
    public void Token_after_a_line_break_has_LineBreakBefore_and_SpaceBefore(string separator)
    {
        var tokens = Tokenize("عنوان" + separator + "نص");

        Assert.True(tokens[1].LineBreakBefore);
        Assert.True(tokens[1].SpaceBefore);
    }

    [Fact]
    public void Leading_whitespace_gives_the_first_token_SpaceBefore()
    {
        var token = Assert.Single(Tokenize("  نص"));

        Assert.True(token.SpaceBefore);
        Assert.True(token.LineBreakBefore);
        Assert.Equal(2, token.Start);
    }

    [Fact]
    public void Whitespace_only_text_has_no_tokens()
    {
        Assert.Empty(Tokenize(" \t\n "));
    }

    [Fact]
    public void Word_token_readings_are_its_clitic_analysis()
    {
        var token = Assert.Single(Tokenize("وبيروت"));

        Assert.Equal(CliticAnalyzer.Analyze("وبيروت"), token.Readings);
    }

    [Fact]
    public void Latin_token_has_only_itself_as_reading()
    {
        var token = Assert.Single(Tokenize("bbc"));

        Assert.Equal([new CliticAnalysis(0, "bbc", false)], token.Readings);
    }
}
