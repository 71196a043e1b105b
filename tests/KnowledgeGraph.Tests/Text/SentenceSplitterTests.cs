using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Tests.Text;

public sealed class SentenceSplitterTests
{
    /// <summary>Normalises, tokenises and splits a text; returns each sentence as its original text.</summary>
    private static List<string> Split(string text)
    {
        var normalized = ArabicNormalizerTests.Normalizer.Normalize(text);
        var sentences = SentenceSplitter.Split(Tokenizer.Tokenize(normalized.Text));
        return sentences.Select(sentence => normalized.OriginalSlice(sentence.Start, sentence.End)).ToList();
    }

    [Fact]
    public void Splits_after_full_stop_exclamation_and_question_marks()
    {
        Assert.Equal(
            ["انتهى الاجتماع.", "يا له من يوم!", "هل وصل الوفد؟", "نعم وصل"],
            Split("انتهى الاجتماع. يا له من يوم! هل وصل الوفد؟ نعم وصل"));
    }

    [Fact]
    public void Splits_after_latin_question_mark_and_ellipsis()
    {
        Assert.Equal(["هل انتهى?", "ربما…", "لا نعرف"], Split("هل انتهى? ربما… لا نعرف"));
    }

    [Fact]
    public void Splits_at_a_line_break_without_punctuation()
    {
        Assert.Equal(["عنوان الخبر", "نص الخبر بلا نقطة"], Split("عنوان الخبر\nنص الخبر بلا نقطة"));
    }

    [Fact]
    public void Text_without_boundaries_is_one_sentence()
    {
        Assert.Equal(["وصل الوفد إلى المدينة"], Split("وصل الوفد إلى المدينة"));
    }

    [Fact]
    public void Final_full_stop_belongs_to_the_last_sentence()
    {
        Assert.Equal(["وصل الوفد.", "وغادر الوزير."], Split("وصل الوفد. وغادر الوزير."));
    }

    [Fact]
    public void Full_stop_after_a_one_letter_initial_does_not_split()
    {
        Assert.Equal(["التقى م. سالم بالوزير أمس."], Split("التقى م. سالم بالوزير أمس."));
    }

    [Fact]
    public void Full_stops_inside_a_dotted_name_do_not_split()
    {
        Assert.Equal(["قالت قناة واي.تي.إن إن الوفد وصل.", "ثم غادر."], Split("قالت قناة واي.تي.إن إن الوفد وصل. ثم غادر."));
    }

    [Fact]
    public void Decimal_point_does_not_split()
    {
        Assert.Equal(["ارتفع السعر 2.5 بالمئة اليوم."], Split("ارتفع السعر 2.5 بالمئة اليوم."));
    }

    [Theory]
    [InlineData("قال الوزير: \"انتهى الأمر.\" ثم غادر.", "قال الوزير: \"انتهى الأمر.\"")]
    [InlineData("قال الوزير: «انتهى الأمر.» ثم غادر.", "قال الوزير: «انتهى الأمر.»")]
    [InlineData("وصل الوفد (وغادر الوزير.) ثم غادر.", "وصل الوفد (وغادر الوزير.)")]
    [InlineData("قال: «هل انتهى الأمر؟» ثم غادر.", "قال: «هل انتهى الأمر؟»")]
    public void Closing_quote_or_bracket_stays_with_its_sentence(string text, string first)
    {
        Assert.Equal([first, "ثم غادر."], Split(text));
    }

    [Fact]
    public void Opening_quote_after_a_full_stop_starts_the_next_sentence()
    {
        Assert.Equal(["وصل الوفد.", "«انتهى الأمر»"], Split("وصل الوفد. «انتهى الأمر»"));
    }

    [Fact]
    public void Sentences_cover_every_token_in_order()
    {
        var tokens = Tokenizer.Tokenize("عنوان\nوصل الوفد. قال: «نعم!» هل انتهى؟ ربما");
        var sentences = SentenceSplitter.Split(tokens);

        Assert.Equal(Enumerable.Range(0, sentences.Count), sentences.Select(sentence => sentence.Index));
        Assert.Equal(0, sentences[0].FirstToken);
        Assert.Equal(tokens.Count, sentences[^1].EndToken);
        for (var i = 1; i < sentences.Count; i++)
        {
            Assert.Equal(sentences[i - 1].EndToken, sentences[i].FirstToken);
        }
        Assert.All(sentences, sentence =>
        {
            Assert.Equal(tokens[sentence.FirstToken].Start, sentence.Start);
            Assert.Equal(tokens[sentence.EndToken - 1].End, sentence.End);
            Assert.Equal(sentence.EndToken - sentence.FirstToken, sentence.TokenCount);
        });
    }

    [Fact]
    public void No_tokens_give_no_sentences()
    {
        Assert.Empty(SentenceSplitter.Split([]));
    }
}
