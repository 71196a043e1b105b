using System.CommandLine;
using KnowledgeGraph.Worker.Cli;

var root = new RootCommand("KnowledgeGraph: Arabic news articles to a property graph of who visited, met, accompanied, accused, denied, warned whom, and who holds which office.")
{
    ExtractCommand.Create(),
    EvalCommand.Create(),
    TrainCommand.Create(),
    BenchCommand.Create(),
    ExplainCommand.Create(),
    IngestCommand.Create(),
    RunCommand.Create(),
    ExportCommand.Create(),
    QueryCommand.Create(),
    DumpCypherCommand.Create(),
};
root.Options.Add(CommonOptions.Data);
root.Options.Add(CommonOptions.Model);
root.Options.Add(CommonOptions.RulesOnly);
try
{
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (OperationCanceledException)
{
    return 130;
}
catch (Exception exception) when (ErrorReporting.IsUserFacing(exception))
{
    return ErrorReporting.Report(exception, Console.Error);
}
