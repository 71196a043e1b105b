using System.CommandLine;
using KnowledgeGraph.Extraction.LanguageData;
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

    public static LanguageResources Resources(ParseResult parse) =>
        parse.GetValue(Data) is { } folder ? LanguageResources.Load(new DirectoryDataSource(folder.FullName)) : LanguageResources.Default;
}
