using System.Diagnostics.CodeAnalysis;
using KnowledgeGraph.Export.Cypher;
using KnowledgeGraph.Export.Cytoscape;
using KnowledgeGraph.Export.GeoJson;
using KnowledgeGraph.Export.GraphML;
using KnowledgeGraph.Export.Json;
using KnowledgeGraph.Export.Neo4jCsv;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Export;

/// <summary>The export formats by name, for <c>export --format X --out path</c>.</summary>
public static class GraphExporters
{
    public static IReadOnlyList<IGraphExporter> All { get; } =
    [
        new JsonGraphExporter(),
        new GraphMLExporter(),
        new CytoscapeExporter(),
        new Neo4jCsvExporter(),
        new CypherExporter(),
        new GeoJsonExporter(),
    ];

    public static IReadOnlyList<string> Formats { get; } = All.Select(exporter => exporter.Format).ToList();

    /// <summary>The exporter of a format, by its name in any case.</summary>
    public static bool TryGet(string? format, [NotNullWhen(true)] out IGraphExporter? exporter)
    {
        exporter = All.FirstOrDefault(candidate => string.Equals(candidate.Format, format?.Trim(), StringComparison.OrdinalIgnoreCase));
        return exporter is not null;
    }

    public static IGraphExporter Get(string format) =>
        TryGet(format, out var exporter)
            ? exporter
            : throw new ArgumentException($"Unknown export format '{format}'. Known formats: {string.Join(", ", Formats)}.", nameof(format));

    /// <summary>Writes the graph in the named format to a path (see <see cref="WriteToPathAsync"/>).</summary>
    public static Task ExportAsync(GraphSnapshot graph, string format, string path, CancellationToken cancellationToken = default) =>
        Get(format).WriteToPathAsync(graph, path, cancellationToken);

    /// <summary>
    /// Writes the graph to a path: a folder for a folder format unless the path ends with the
    /// format's archive extension (".zip"), a file otherwise. A file is written beside its
    /// target and moved into place, so a reader never sees half of it.
    /// </summary>
    public static async Task WriteToPathAsync(this IGraphExporter exporter, GraphSnapshot graph, string path, CancellationToken cancellationToken = default)
    {
        if (exporter is IDirectoryGraphExporter folder && !path.EndsWith(exporter.DefaultExtension, StringComparison.OrdinalIgnoreCase))
        {
            await folder.WriteToDirectoryAsync(graph, path, cancellationToken).ConfigureAwait(false);
            return;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }
        var temporary = path + ".tmp";
        try
        {
            await using (var stream = File.Create(temporary))
            {
                await exporter.WriteAsync(graph, stream, cancellationToken).ConfigureAwait(false);
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}

/// <summary>The JSON contract (shared/spec/export-format.md) as an exporter.</summary>
public sealed class JsonGraphExporter : IGraphExporter
{
    public string Format => "json";

    public string DefaultExtension => ".json";

    public Task WriteAsync(GraphSnapshot graph, Stream output, CancellationToken cancellationToken = default) =>
        JsonGraphWriter.WriteAsync(graph, output, cancellationToken);
}
