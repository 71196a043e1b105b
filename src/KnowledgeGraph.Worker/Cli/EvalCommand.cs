using System.CommandLine;
using KnowledgeGraph.Evaluation;
using KnowledgeGraph.Export.Json;
using KnowledgeGraph.Learning;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Worker.Cli;

/// <summary>
/// `eval --gold dir --texts dir`: extracts the gold articles and scores the result
/// (shared/spec/scoring.md). With `--cv K` it cross-validates the learned decisions instead:
/// trained on K-1 folds (and the --train-gold sets), scored on the fold held out.
/// </summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var sets = new GoldSetOptions();
        var trainer = new TrainerOptions();
        var output = new Option<FileInfo?>("--out") { Description = "Also write the extracted graph here (JSON export); not with --cv." };
        var entities = new Option<bool>("--entities") { Description = "Also list missed and spurious entities per article." };
        var quiet = new Option<bool>("--summary") { Description = "Print the scores only, without per-article errors." };
        var links = new Option<bool>("--links") { Description = "Also print, by gold type, the share of the gold entities found whose entity has an English name in Latin script, an open-data id and a point." };
        var cv = new Option<int>("--cv") { Description = "Cross-validate: train on K-1 folds of the gold articles (plus --train-gold), score the held-out fold, pool the scores; also scores the rules alone." };
        var tuneThresholds = new Option<bool>("--tune-thresholds") { Description = "With --cv: choose each relation classifier's threshold by a cross-validation inside each fold's training articles instead of keeping it at --relation-threshold (0, even odds, by default)." };
        var candidatesOut = new Option<FileInfo?>("--candidates") { Description = "With --cv: write every held-out relation candidate with its label, score and features here (tab-separated)." };
        var mentionsOut = new Option<FileInfo?>("--mention-candidates") { Description = "With --cv: write every mention candidate with its label and held-out score here (tab-separated)." };
        var shuffleFolds = new Option<bool>("--shuffle-folds") { Description = "With --cv: deal the articles to folds in an order drawn from --seed instead of by name, so that runs with other seeds hold out other splits (repeated cross-validation)." };
        var noMentions = new Option<bool>("--no-mention-model") { Description = "With --cv: keep the recognisers' mentions (learn the relation decisions only)." };
        var command = new Command("eval", "Extract the articles of gold sets and print precision, recall and F1 for entities and relations; --cv K cross-validates the learned decisions.")
        {
            output, entities, quiet, links, cv, tuneThresholds, shuffleFolds, candidatesOut, noMentions, mentionsOut,
        };
        foreach (var option in sets.All.Concat(trainer.All))
        {
            command.Options.Add(option);
        }
        command.SetAction(async (parse, cancellationToken) =>
        {
            var scored = await GoldSetOptions.LoadAsync(sets.Scored(parse), cancellationToken);
            if (scored.Count == 0)
            {
                Console.Error.WriteLine("No annotated articles found in the --gold folders.");
                return 1;
            }
            var details = !parse.GetValue(quiet);
            var entityDetails = parse.GetValue(entities);
            if (parse.GetValue(cv) is var folds and > 0)
            {
                if (folds < 2 || folds > scored.Count)
                {
                    Console.Error.WriteLine($"--cv needs between 2 and {scored.Count} folds.");
                    return 1;
                }
                var trainingOnly = await GoldSetOptions.LoadAsync(sets.TrainingOnly(parse), cancellationToken);
                var resources = CommonOptions.Resources(parse);
                var settings = trainer.Settings(parse);
                var result = new CrossValidation(resources, settings, learnMentions: !parse.GetValue(noMentions))
                    .Run(scored, trainingOnly, folds, tuneThresholds: parse.GetValue(tuneThresholds), progress: message => Console.Error.WriteLine(message),
                        shuffleFolds: parse.GetValue(shuffleFolds));
                if (parse.GetValue(candidatesOut) is { } candidateFile)
                {
                    await using var writer = new StreamWriter(candidateFile.FullName);
                    result.WriteCandidates(writer);
                }
                if (parse.GetValue(mentionsOut) is { } mentionFile)
                {
                    await using var writer = new StreamWriter(mentionFile.FullName);
                    result.WriteMentionCandidates(writer);
                }
                Console.WriteLine($"Cross-validated over {result.Articles} articles in {folds} folds by article{(parse.GetValue(shuffleFolds) ? $" (dealt in an order drawn from seed {settings.Seed})" : "")}; each fold trained on the other folds and {result.TrainingOnly} training-only articles.");
                Console.WriteLine();
                Console.WriteLine("== learned decisions (held-out folds)");
                EvaluationReport.Print(result.Learned, Console.Out, details, entityDetails);
                Console.WriteLine();
                result.Funnel.Print(Console.Out);
                if (details)
                {
                    foreach (var line in result.Funnel.Lost)
                    {
                        Console.WriteLine("  " + line);
                    }
                }
                Console.WriteLine();
                Console.WriteLine("== rules alone (the same articles)");
                EvaluationReport.Print(result.RulesOnly, Console.Out, details: false);
                return 0;
            }

            var pipeline = CommonOptions.Pipeline(parse);
            var builder = new GraphBuilder();
            foreach (var article in scored)
            {
                builder.Add(pipeline.Extract(article.Article));
            }
            var graph = builder.Build();
            if (parse.GetValue(output) is { } file)
            {
                await JsonGraphWriter.WriteFileAsync(graph, file.FullName, cancellationToken);
            }
            var goldDocuments = scored.Select(article => article.Gold).ToList();
            var evaluation = Scorer.Score(graph, goldDocuments);
            EvaluationReport.Print(evaluation, Console.Out, details, entityDetails);
            if (parse.GetValue(links))
            {
                Console.WriteLine();
                LinkCoverage.Print(LinkCoverage.Of(evaluation, goldDocuments), Console.Out);
            }
            return 0;
        });
        return command;
    }
}
