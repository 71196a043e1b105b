using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Model;
using static KnowledgeGraph.Tests.Learning.CandidateTexts;

namespace KnowledgeGraph.Tests.Learning;

/// <summary>The name extents the mention decision chooses among, by phenomenon.</summary>
public sealed class MentionCandidateTests
{
    private static bool Offers(string text, string name, EntityType type)
    {
        var key = LanguageResources.Default.Normalizer.NormalizeKey(name);
        var (doc, candidates) = MentionsOf(text);
        return candidates.Any(candidate => candidate.Mention.Type == type
                                           && LanguageResources.Default.Normalizer.NormalizeKey(TextOf(doc, candidate.Mention)) == key);
    }

    [Fact]
    public void A_title_chain_followed_by_a_name_offers_the_name_alone() =>
        Assert.True(Offers("خبر\nوأشار مدير عام برنامج موهبة ناصر العريني إلى أهمية البرنامج.", "ناصر العريني", EntityType.Person));

    [Fact]
    public void A_long_patronymic_chain_is_offered_whole() =>
        Assert.True(Offers("خبر\nوحضر الحفل الأمير تركي بن بدر بن فهد بن سعود وعدد من المسؤولين.", "تركي بن بدر بن فهد بن سعود", EntityType.Person));

    [Fact]
    public void A_transliterated_name_no_list_holds_is_offered_from_its_rare_words() =>
        Assert.True(Offers("خبر\nوفاز العداء بنسون كيبوي بالسباق في نيروبي.", "بنسون كيبوي", EntityType.Person));

    [Fact]
    public void A_quoted_name_is_offered_as_a_body() =>
        Assert.True(Offers("خبر\nوأعلنت «الكتلة الديمقراطية» دعمها للمرشح.", "الكتلة الديمقراطية", EntityType.Organization));

    [Theory]
    [InlineData("خبر\nوناقش مجلس محافظة بغداد الموازنة.", "مجلس محافظة بغداد", EntityType.Organization)]
    [InlineData("خبر\nوتجمع الأهالي في حارة الشام القديمة.", "حارة الشام", EntityType.Location)]
    public void A_head_noun_offers_each_extent_of_its_complement(string text, string name, EntityType type) =>
        Assert.True(Offers(text, name, type));

    [Fact]
    public void A_word_with_the_conjunction_wa_starts_the_next_item_not_more_of_the_name()
    {
        const string text = "خبر\nوحضرت الفنانة رانيا يوسف وزوجها الحفل.";
        Assert.True(Offers(text, "رانيا يوسف", EntityType.Person));
        Assert.False(Offers(text, "رانيا يوسف وزوجها", EntityType.Person));
    }

    [Fact]
    public void An_extent_never_ends_in_an_adjective_that_describes()
    {
        const string text = "خبر\nوتوقف القطار في محطة خاسان الحدودية قبل أن يواصل رحلته.";
        Assert.True(Offers(text, "محطة خاسان", EntityType.Location));
        Assert.False(Offers(text, "محطة خاسان الحدودية", EntityType.Location));
    }

    [Fact]
    public void A_name_in_a_list_of_names_is_described_by_the_people_around_it()
    {
        var (doc, candidates) = MentionsOf("خبر\nوضمت القائمة اللاعبين ياسر القحطاني وكامل الموسى ومحمد الشلهوب.");
        var listed = candidates.FirstOrDefault(candidate => candidate.Mention.Type == EntityType.Person
                                                    && LanguageResources.Default.Normalizer.NormalizeKey(TextOf(doc, candidate.Mention)) == LanguageResources.Default.Normalizer.NormalizeKey("كامل الموسى"))
                     ?? throw new Xunit.Sdk.XunitException(string.Join(" | ", candidates.Select(candidate => $"{candidate.Mention.Type}:{TextOf(doc, candidate.Mention)}")));
        Assert.Contains(listed.Features.Items, item => item.Key == "rule-before:Person");
        Assert.Contains(listed.Features.Items, item => item.Key == "rule-after:Person");
        var alone = MentionsOf("خبر\nوقال اللاعب كامل الموسى إن الفريق جاهز.").Candidates
            .Where(candidate => candidate.Mention.Type == EntityType.Person).ToList();
        Assert.NotEmpty(alone);
        Assert.All(alone, candidate => Assert.DoesNotContain(candidate.Features.Items, item => item.Key.StartsWith("rule-before", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_recognisers_own_mentions_are_judged_too_and_generated_ones_say_where_they_come_from()
    {
        var (_, candidates) = MentionsOf("خبر\nوزار الرئيس الروسي فلاديمير بوتين القاهرة.");
        Assert.Contains(candidates, candidate => candidate.Mention.Source == MentionSource.Gazetteer);
        Assert.All(candidates.Where(candidate => candidate.Mention.Source == MentionSource.Candidate),
            candidate => Assert.Contains(candidate.Features.Items, item => item.Key == "source:Candidate"));
    }
}
