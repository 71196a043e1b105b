using System.IO.Compression;
using System.Text;
using KnowledgeGraph.Export.Cypher;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Export.Neo4jCsv;

/// <summary>
/// Writes a graph as the CSV files of <c>neo4j-admin database import full</c>, in the shape of
/// cypher/README.md: a folder (documents, entities, evidence, mentions, relations, supports, and
/// a README.txt with the exact command), or the same files as one zip archive on a stream.
/// </summary>
public sealed class Neo4jCsvExporter : IDirectoryGraphExporter
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    // A fixed time on every archive entry, so the same graph gives the same bytes.
    private static readonly DateTimeOffset EntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public string Format => "neo4j-csv";

    /// <summary>The stream form is a zip of the folder.</summary>
    public string DefaultExtension => ".zip";

    /// <summary>The command README.txt gives for the graph: what loads the folder, run from inside it.</summary>
    public static string ImportCommand(GraphSnapshot graph) => new Neo4jCsvLayout(Neo4jGraph.From(graph)).ImportCommand;

    public async Task WriteToDirectoryAsync(GraphSnapshot graph, string directory, CancellationToken cancellationToken = default)
    {
        var layout = new Neo4jCsvLayout(Neo4jGraph.From(graph));
        Directory.CreateDirectory(directory);
        foreach (var file in layout.Files)
        {
            var path = Path.Combine(directory, file.Name);
            var temporary = path + ".tmp";
            try
            {
                await using (var stream = File.Create(temporary))
                {
                    await WriteLinesAsync(stream, file.Lines, cancellationToken).ConfigureAwait(false);
                }
                File.Move(temporary, path, overwrite: true);
            }
            finally
            {
                File.Delete(temporary);
            }
        }
    }

    public async Task WriteAsync(GraphSnapshot graph, Stream output, CancellationToken cancellationToken = default)
    {
        var layout = new Neo4jCsvLayout(Neo4jGraph.From(graph));
        await using var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: Utf8);
        foreach (var file in layout.Files)
        {
            var entry = archive.CreateEntry(file.Name, CompressionLevel.Optimal);
            entry.LastWriteTime = EntryTime;
            await using var stream = entry.Open();
            await WriteLinesAsync(stream, file.Lines, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task WriteLinesAsync(Stream stream, IEnumerable<string> lines, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(stream, Utf8, leaveOpen: true) { NewLine = "\n" };
        foreach (var line in lines)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await writer.WriteAsync(line).ConfigureAwait(false);
            await writer.WriteAsync('\n').ConfigureAwait(false);
        }
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
