using KnowledgeGraph.Evaluation;
using KnowledgeGraph.Extraction.Reading;

namespace KnowledgeGraph.Learning;

/// <summary>An article with its gold annotation; <see cref="Set"/> names the folder it came from.</summary>
public sealed record AnnotatedArticle(string Set, GoldDocument Gold, Article Article)
{
    /// <summary>"dev/snn_2015-07-21_0033.txt": how a model lists what it was trained on.</summary>
    public string Label => $"{Set}/{Gold.Doc}";
}

/// <summary>A gold folder and the folder holding the articles its files name.</summary>
public sealed record AnnotatedSet(string GoldFolder, string TextFolder)
{
    public string Name => Path.GetFileName(Path.TrimEndingDirectorySeparator(GoldFolder));

    /// <summary>Reads every article a gold folder names; an article that cannot be read is reported and left out.</summary>
    public async Task<List<AnnotatedArticle>> LoadAsync(TextWriter errors, CancellationToken cancellationToken)
    {
        var result = new List<AnnotatedArticle>();
        var reader = new ArticleReader();
        foreach (var gold in GoldDocument.LoadFolder(GoldFolder))
        {
            var path = Path.Combine(TextFolder, gold.Doc);
            await foreach (var read in reader.ReadFileAsync(path, cancellationToken))
            {
                if (read.Article is { } article)
                {
                    result.Add(new AnnotatedArticle(Name, gold, article));
                }
                else
                {
                    await errors.WriteLineAsync($"cannot read {path}: {read.Error}");
                }
            }
        }
        return result;
    }
}
