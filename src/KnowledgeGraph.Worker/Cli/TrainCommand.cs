using System.CommandLine;
using KnowledgeGraph.Learning;

namespace KnowledgeGraph.Worker.Cli;

/// <summary>`train --gold dir --texts dir ... --out model.json`: trains the learned decisions on annotated articles.</summary>
public static class TrainCommand
{
    public static Command Create()
    {
        var sets = new GoldSetOptions();
        var trainer = new TrainerOptions();
        var output = new Option<FileInfo>("--out") { Description = "Where to write the model (JSON). Use it with --model, or copy it to Data/models/extraction.json to ship it.", Required = true };
        var command = new Command("train", "Train the learned decisions on annotated articles (every --gold and --train-gold set) and write the model.")
        {
            output,
        };
        foreach (var option in sets.All.Concat(trainer.All))
        {
            command.Options.Add(option);
        }
        command.SetAction(async (parse, cancellationToken) =>
        {
            var articles = await GoldSetOptions.LoadAsync(sets.Scored(parse).Concat(sets.TrainingOnly(parse)), cancellationToken);
            if (articles.Count == 0)
            {
                Console.Error.WriteLine("No annotated articles found in the --gold folders.");
                return 1;
            }
            var resources = CommonOptions.Resources(parse);
            var started = System.Diagnostics.Stopwatch.StartNew();
            var model = new ModelTraining(resources, trainer.Settings(parse)).Train(articles, message => Console.Error.WriteLine(message));
            var file = parse.GetValue(output)!;
            file.Directory?.Create();
            await using (var writer = new StreamWriter(file.FullName, append: false, new System.Text.UTF8Encoding(false)))
            {
                model.Write(writer);
            }
            Console.WriteLine($"Trained on {articles.Count} articles in {started.Elapsed.TotalSeconds:0.0} s: {model.Classifiers.Count} classifiers -> {file.FullName}");
            foreach (var (name, value) in model.Scores.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                Console.WriteLine($"  {name,-34} {value:0.000}");
            }
            return 0;
        });
        return command;
    }
}
