using System.CommandLine;
using KnowledgeGraph.Evaluation;
using KnowledgeGraph.Export.Json;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Reading;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Worker.Cli;

/// <summary>`eval --gold dir --texts dir`: extracts the gold articles and scores the result (shared/spec/scoring.md).</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Option<DirectoryInfo>("--gold") { Description = "Folder of gold annotation files (*.json).", Required = true };
        var texts = new Option<DirectoryInfo>("--texts") { Description = "Folder holding the articles the gold files name.", Required = true };
        var output = new Option<FileInfo?>("--out") { Description = "Also write the extracted graph here (JSON export)." };
        var entities = new Option<bool>("--entities") { Description = "Also list missed and spurious entities per article." };
        var quiet = new Option<bool>("--summary") { Description = "Print the scores only, without per-article errors." };
        var command = new Command("eval", "Extract the articles of a gold set and print precision, recall and F1 for entities and relations.")
        {
            gold, texts, output, entities, quiet,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var goldDocuments = GoldDocument.LoadFolder(parse.GetValue(gold)!.FullName);
            if (goldDocuments.Count == 0)
            {
                Console.Error.WriteLine($"No gold files (*.json) in {parse.GetValue(gold)!.FullName}.");
                return 1;
            }
            var pipeline = new ExtractionPipeline(CommonOptions.Resources(parse));
            var builder = new GraphBuilder();
            var reader = new ArticleReader();
            var textFolder = parse.GetValue(texts)!.FullName;
            foreach (var document in goldDocuments)
            {
                var path = Path.Combine(textFolder, document.Doc);
                await foreach (var result in reader.ReadFileAsync(path, cancellationToken))
                {
                    if (result.Article is { } article)
                    {
                        builder.Add(pipeline.Extract(article));
                    }
                    else
                    {
                        Console.Error.WriteLine($"cannot read {path}: {result.Error}");
                    }
                }
            }
            var graph = builder.Build();
            if (parse.GetValue(output) is { } file)
            {
                await JsonGraphWriter.WriteFileAsync(graph, file.FullName, cancellationToken);
            }
            var scores = Scorer.Score(graph, goldDocuments);
            EvaluationReport.Print(scores, Console.Out, details: !parse.GetValue(quiet), entityDetails: parse.GetValue(entities));
            return 0;
        });
        return command;
    }
}
