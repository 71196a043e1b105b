using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Export.Json;

/// <summary>
/// Writes a graph as the JSON export (shared/spec/export-format.md): documents, entities with
/// their mentions, relations with their evidence. Arabic is written as is, not escaped.
/// </summary>
public static class JsonGraphWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task WriteAsync(GraphSnapshot graph, Stream stream, CancellationToken cancellationToken = default)
    {
        await using var writer = new Utf8JsonWriter(stream, Options);
        Write(graph, writer);
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public static async Task WriteFileAsync(GraphSnapshot graph, string path, CancellationToken cancellationToken = default)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }
        // Write beside the target and move into place, so a reader never sees half a file.
        var temporary = path + ".tmp";
        await using (var stream = File.Create(temporary))
        {
            await WriteAsync(graph, stream, cancellationToken).ConfigureAwait(false);
        }
        File.Move(temporary, path, overwrite: true);
    }

    public static string ToJson(GraphSnapshot graph)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            Write(graph, writer);
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(GraphSnapshot graph, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();

        writer.WriteStartArray("documents");
        foreach (var document in graph.Documents)
        {
            writer.WriteStartObject();
            writer.WriteString("id", document.Id);
            writer.WriteString("name", document.Name);
            writer.WriteString("title", document.Title);
            writer.WriteString("language", document.Language);
            WriteOptional(writer, "date", document.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            WriteOptional(writer, "source", document.Source);
            WriteOptional(writer, "url", document.Url);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("entities");
        foreach (var entity in graph.Entities)
        {
            writer.WriteStartObject();
            writer.WriteString("id", entity.Id);
            writer.WriteString("type", entity.Type.ToWire());
            writer.WriteString("name", entity.Name);
            writer.WriteString("nameAr", entity.NameAr);
            WriteLinks(writer, entity.Links);
            writer.WriteStartArray("aliases");
            foreach (var alias in entity.Aliases)
            {
                writer.WriteStringValue(alias);
            }
            writer.WriteEndArray();
            writer.WriteStartArray("mentions");
            foreach (var mention in entity.Mentions)
            {
                writer.WriteStartObject();
                writer.WriteString("document", mention.Document);
                writer.WriteNumber("start", mention.Start);
                writer.WriteNumber("end", mention.End);
                writer.WriteString("text", mention.Text);
                writer.WriteString("kind", MentionKinds.ToWire(mention.Kind));
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("relations");
        foreach (var relation in graph.Relations)
        {
            writer.WriteStartObject();
            writer.WriteString("id", relation.Id);
            writer.WriteString("type", relation.Type.ToWire());
            writer.WriteString("source", relation.Source);
            writer.WriteString("target", relation.Target);
            writer.WriteString("status", relation.Status.ToWire());
            WriteOptional(writer, "role", relation.Role);
            WriteOptional(writer, "charge", relation.Charge);
            WriteOptional(writer, "date", relation.Date);
            if (relation.AttributedTo.Count > 0)
            {
                writer.WriteStartArray("attributedTo");
                foreach (var source in relation.AttributedTo)
                {
                    writer.WriteStringValue(source);
                }
                writer.WriteEndArray();
            }
            writer.WriteStartArray("evidence");
            foreach (var evidence in relation.Evidence)
            {
                writer.WriteStartObject();
                writer.WriteString("document", evidence.Document);
                writer.WriteNumber("start", evidence.Start);
                writer.WriteNumber("end", evidence.End);
                writer.WriteString("text", evidence.Text);
                writer.WriteString("status", evidence.Status.ToWire());
                WriteOptional(writer, "date", evidence.Date);
                WriteOptional(writer, "attributedTo", evidence.AttributedTo);
                WriteOptional(writer, "role", evidence.Role);
                WriteOptional(writer, "charge", evidence.Charge);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteEndObject();
    }

    private static void WriteLinks(Utf8JsonWriter writer, EntityLinks links)
    {
        WriteOptional(writer, "nameSource", links.NameSource?.ToWire());
        WriteOptional(writer, "wikidata", links.Wikidata);
        WriteOptional(writer, "geonames", links.GeoNames);
        if (links.Point is { } point)
        {
            writer.WriteNumber("latitude", point.Latitude);
            writer.WriteNumber("longitude", point.Longitude);
        }
        WriteOptional(writer, "country", links.Country);
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
