using System.CommandLine;
using KnowledgeGraph.Export;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Worker.Cli;

/// <summary>The `--format` and `--out` pair of the commands that write a graph (extract, export).</summary>
public static class ExportOptions
{
    public static Option<string> Format() => new Option<string>("--format", "-f")
    {
        Description = "json (the export contract), graphml (Gephi, yEd), cytoscape (.cyjs), neo4j-csv (neo4j-admin import folder, or a .zip), cypher (a script for cypher-shell).",
        DefaultValueFactory = _ => "json",
    }.AcceptOnlyFromAmong([.. GraphExporters.Formats]);

    public static Option<string?> Output(string description) => new("--out", "-o") { Description = description };

    /// <summary>Writes the graph; without an explicit path, to graph.&lt;ext&gt; (a graph-neo4j-csv folder for neo4j-csv).</summary>
    public static async Task<string> WriteAsync(GraphSnapshot graph, string format, string? path, CancellationToken cancellationToken)
    {
        var exporter = GraphExporters.Get(format);
        path ??= exporter is IDirectoryGraphExporter ? "graph-" + exporter.Format : "graph" + exporter.DefaultExtension;
        var fullPath = Path.GetFullPath(path);
        await exporter.WriteToPathAsync(graph, fullPath, cancellationToken);
        return fullPath;
    }
}
