using System.CommandLine;
using KnowledgeGraph.Learning;

namespace KnowledgeGraph.Worker.Cli;

/// <summary>Annotated sets given as pairs of folders: `--gold G --texts T`, repeatable, paired in order.</summary>
public sealed class GoldSetOptions
{
    public Option<DirectoryInfo[]> Gold { get; } = new("--gold")
    {
        Description = "Folder of gold annotation files (*.json); repeat for several sets, each with its --texts.",
        Required = true,
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<DirectoryInfo[]> Texts { get; } = new("--texts")
    {
        Description = "Folder holding the articles the gold files name; one per --gold, in the same order.",
        Required = true,
    };

    public Option<DirectoryInfo[]> TrainGold { get; } = new("--train-gold")
    {
        Description = "Further gold folders used for training only (never scored); each with its --train-texts.",
    };

    public Option<DirectoryInfo[]> TrainTexts { get; } = new("--train-texts")
    {
        Description = "Article folders for --train-gold, in the same order.",
    };

    public IEnumerable<Option> All => [Gold, Texts, TrainGold, TrainTexts];

    public IReadOnlyList<AnnotatedSet> Scored(ParseResult parse) => Pairs(parse.GetValue(Gold), parse.GetValue(Texts), "--gold", "--texts");

    public IReadOnlyList<AnnotatedSet> TrainingOnly(ParseResult parse) => Pairs(parse.GetValue(TrainGold), parse.GetValue(TrainTexts), "--train-gold", "--train-texts");

    private static List<AnnotatedSet> Pairs(DirectoryInfo[]? gold, DirectoryInfo[]? texts, string goldName, string textsName)
    {
        gold ??= [];
        texts ??= [];
        if (gold.Length != texts.Length)
        {
            throw new ArgumentException($"{goldName} was given {gold.Length} time(s) and {textsName} {texts.Length}: give one {textsName} for each {goldName}.");
        }
        foreach (var folder in gold.Concat(texts))
        {
            if (!folder.Exists)
            {
                throw new DirectoryNotFoundException($"Folder '{folder.FullName}' does not exist.");
            }
        }
        return gold.Zip(texts, (g, t) => new AnnotatedSet(g.FullName, t.FullName)).ToList();
    }

    public static async Task<List<AnnotatedArticle>> LoadAsync(IEnumerable<AnnotatedSet> sets, CancellationToken cancellationToken)
    {
        var articles = new List<AnnotatedArticle>();
        foreach (var set in sets)
        {
            articles.AddRange(await set.LoadAsync(Console.Error, cancellationToken));
        }
        return articles;
    }
}
