using System.CommandLine;
using KnowledgeGraph.Worker.Cli;

var root = new RootCommand("KnowledgeGraph: Arabic news articles to a property graph of who visited, met, accompanied, accused, denied, warned whom, and who holds which office.")
{
    ExtractCommand.Create(),
    EvalCommand.Create(),
    BenchCommand.Create(),
    ExplainCommand.Create(),
    IngestCommand.Create(),
    RunCommand.Create(),
    ExportCommand.Create(),
};
root.Options.Add(CommonOptions.Data);
return await root.Parse(args).InvokeAsync();
