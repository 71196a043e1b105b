using KnowledgeGraph.Model;

namespace KnowledgeGraph.Export;

/// <summary>Writes a whole graph in one interchange format.</summary>
public interface IGraphExporter
{
    /// <summary>The name a command line selects the format by ("graphml").</summary>
    string Format { get; }

    /// <summary>The extension of the file <see cref="WriteAsync"/> produces, with its dot (".graphml").</summary>
    string DefaultExtension { get; }

    /// <summary>Writes the graph to the stream, which is left open. The same graph always gives the same bytes.</summary>
    Task WriteAsync(GraphSnapshot graph, Stream output, CancellationToken cancellationToken = default);
}

/// <summary>
/// A format whose natural output is a folder of files (neo4j-admin import CSVs). Its
/// <see cref="IGraphExporter.WriteAsync"/> writes the same files as one zip archive.
/// </summary>
public interface IDirectoryGraphExporter : IGraphExporter
{
    /// <summary>Writes the files into the folder, creating it when needed and replacing files of the same names.</summary>
    Task WriteToDirectoryAsync(GraphSnapshot graph, string directory, CancellationToken cancellationToken = default);
}
