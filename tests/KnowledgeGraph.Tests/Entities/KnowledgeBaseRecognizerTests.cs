using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Entities.Decision;
using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Entities;

/// <summary>
/// Names of places open data knows are found where nothing else claimed them, and left alone where the article
/// writes them as part of another name: a family name, a longer name, a speaker.
/// </summary>
public sealed class KnowledgeBaseRecognizerTests
{
    private static List<string> OpenDataMentions(string text)
    {
        var doc = Extract.Analyze(text);
        return doc.Mentions.Where(mention => mention.Source == MentionSource.KnowledgeBase)
            .Select(mention => doc.ToOriginal(mention.NameStart, mention.NameEnd))
            .Select(span => doc.Article.Text[span.Start..span.End]).ToList();
    }

    [Theory]
    [InlineData("وصل الوزير إلى المحمودية جنوب بغداد.")]
    [InlineData("هاجمت القوات مواقع في منطقتي المحمودية وجويبة جنوب بغداد.")] // "وجويبة" is a second name, not more of the first
    [InlineData("وشهدت والمحمودية أمس اشتباكات.")] // a proclitic on the name
    public void A_place_open_data_knows_is_found_where_no_other_cue_found_anything(string text)
    {
        Assert.Equal(["المحمودية"], OpenDataMentions(text));
    }

    [Theory]
    [InlineData("وأضاف المحمودية أن الوضع هادئ.")] // after a verb of saying: a speaker
    [InlineData("سجل ثلاثية في مرمى وست بروميتش ألبيون في اليوم الختامي.")] // more of the name follows
    [InlineData("وقال اللواء المحمودية إن القوات تقدمت.")] // after a title
    public void A_place_name_written_as_part_of_another_name_is_left_alone(string text)
    {
        Assert.Empty(OpenDataMentions(text));
    }

    [Fact]
    public void A_name_the_article_gives_a_person_is_not_read_as_the_place_elsewhere_in_it()
    {
        Assert.Empty(OpenDataMentions("التقى الوزير محمد المحمودية في الرياض.\nوأكد المحمودية أن المحادثات ناجحة، ثم سافر المحمودية."));
    }

    [Fact]
    public void The_learned_decision_weighs_an_open_data_name_as_it_weighs_a_generated_extent()
    {
        var mention = Extract.Analyze("وصل الوزير إلى المحمودية جنوب بغداد.").Mentions.Single(mention => mention.Source == MentionSource.KnowledgeBase);

        Assert.False(MentionDecision.IsRule(mention));
        Assert.True(MentionDecision.IsJudged(mention));
    }
}
