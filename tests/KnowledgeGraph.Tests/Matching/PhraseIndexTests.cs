using KnowledgeGraph.Extraction.Matching;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Tests.Text;

namespace KnowledgeGraph.Tests.Matching;

public sealed class PhraseIndexTests
{
    // More phrases with one first word than a short list holds, so that matches go through the second-word groups.
    private static readonly string[] UniversityNames =
    [
        "جامعة الملك سعود", "جامعة الملك عبدالعزيز", "جامعة الملك فيصل", "جامعة الملك خالد", "جامعة الملك سعود الصحية",
        "جامعة القصيم", "جامعة طيبة", "جامعة جازان", "جامعة تبوك", "جامعة حائل", "جامعة الجوف", "جامعة نجران", "جامعة",
    ];

    private static List<Token> Tokens(string text) => Tokenizer.Tokenize(ArabicNormalizerTests.Normalizer.Normalize(text).Text);

    private static PhraseIndex<string> Index(PhraseVocabulary? vocabulary)
    {
        var index = new PhraseIndex<string>(ArabicNormalizerTests.Normalizer, vocabulary);
        foreach (var name in UniversityNames)
        {
            index.Add(name, name);
        }
        return index;
    }

    [Theory]
    [InlineData("زار جامعة الملك سعود الصحية أمس", "جامعة الملك سعود الصحية", 4)]
    [InlineData("زار جامعة الملك سعود أمس", "جامعة الملك سعود", 3)]
    [InlineData("زار وجامعة القصيم أمس", "جامعة القصيم", 2)]
    [InlineData("زار جامعة أخرى", "جامعة", 1)]
    [InlineData("زار جامعة\nالقصيم", "جامعة", 1)]
    public void Long_lists_give_the_longest_phrase_that_fits(string text, string expected, int tokenCount)
    {
        var match = Index(new PhraseVocabulary()).Match(Tokens(text), 1);

        Assert.NotNull(match);
        Assert.Equal(expected, match.Value.Value);
        Assert.Equal(tokenCount, match.Value.TokenCount);
    }

    [Fact]
    public void Matches_through_the_vocabulary_are_those_of_an_index_of_its_own()
    {
        const string text = "جامعة الملك فيصل وجامعة حائل ولجامعة الجوف، جامعة الملك\nخالد بجامعة الملك سعود الصحية جامعة";
        var shared = Index(new PhraseVocabulary());
        var own = Index(vocabulary: null);
        var tokens = Tokens(text);
        var otherTokens = Tokens(text);
        var matches = 0;

        for (var i = 0; i < tokens.Count; i++)
        {
            var expected = own.Match(otherTokens, i);
            var actual = shared.Match(tokens, i);
            Assert.Equal(expected?.EndToken, actual?.EndToken);
            Assert.Equal(expected?.Value, actual?.Value);
            Assert.Equal(expected?.Reading, actual?.Reading);
            matches += actual is null ? 0 : 1;
        }
        Assert.Equal(6, matches);
    }

    [Fact]
    public void The_vocabulary_gives_each_reading_its_phrase_starts()
    {
        var vocabulary = new PhraseVocabulary();
        Index(vocabulary);
        var token = Tokens("وجامعة")[0];

        var starts = vocabulary.Starts(token);

        Assert.NotNull(starts);
        Assert.Equal(token.Readings.Length, starts.Length);
        for (var r = 0; r < token.Readings.Length; r++)
        {
            Assert.Equal(token.Readings[r].Stem == "جامعه", starts[r] is not null);
        }
        Assert.True(token.PhraseStartsKnown);
        Assert.Null(vocabulary.Starts(Tokens("كتاب")[0]));
    }
}
