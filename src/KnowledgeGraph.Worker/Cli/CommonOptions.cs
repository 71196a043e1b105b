using System.CommandLine;
using KnowledgeGraph.Extraction.LanguageData;
using KnowledgeGraph.Extraction.Learning;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Worker.Cli;

/// <summary>Options several commands share.</summary>
public static class CommonOptions
{
    public static Option<DirectoryInfo?> Data { get; } = new("--data")
    {
        Description = "Load the language data (gazetteer, lexicons, cues, patterns) from this folder instead of the built-in copy.",
        Recursive = true,
    };

    public static Option<int> Threads { get; } = new("--threads")
    {
        Description = "Articles extracted in parallel (default: one per core).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    public static Option<FileInfo?> Model { get; } = new("--model")
    {
        Description = "Use this trained model (from `kg train`) instead of the one built into the program.",
        Recursive = true,
    };

    public static Option<bool> RulesOnly { get; } = new("--rules-only")
    {
        Description = "Extract with the hand-written rules alone, without the learned decisions.",
        Recursive = true,
    };

    /// <summary>The pipeline the options ask for: the built-in model, another model, or the rules alone.</summary>
    public static ExtractionPipeline Pipeline(ParseResult parse)
    {
        var resources = Resources(parse);
        if (parse.GetValue(RulesOnly))
        {
            return new ExtractionPipeline(resources, model: null);
        }
        return parse.GetValue(Model) is { } file
            ? new ExtractionPipeline(resources, ExtractionModel.LoadFile(file.FullName))
            : new ExtractionPipeline(resources);
    }

    public static LanguageResources Resources(ParseResult parse) =>
        parse.GetValue(Data) is { } folder ? LanguageResources.Load(new DirectoryDataSource(folder.FullName)) : LanguageResources.Default;
}
