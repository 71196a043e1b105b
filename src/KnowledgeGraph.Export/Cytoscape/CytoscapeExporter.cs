using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Export.Cytoscape;

/// <summary>
/// Writes a graph as Cytoscape.js elements JSON, <c>{"elements": {"nodes": [...], "edges": [...]}}</c>:
/// what <c>cytoscape({ elements })</c>, <c>cy.add(json.elements)</c> and Cytoscape desktop's .cyjs
/// import take. Nodes carry the entity type as their class, edges their type and status
/// ("VISITED planned"), so a stylesheet can select on them. Arabic is written as is.
/// </summary>
public sealed class CytoscapeExporter : IGraphExporter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Format => "cytoscape";

    /// <summary>Cytoscape desktop's extension for this JSON.</summary>
    public string DefaultExtension => ".cyjs";

    public async Task WriteAsync(GraphSnapshot graph, Stream output, CancellationToken cancellationToken = default)
    {
        GraphFacts.EnsureConsistent(graph);
        await using var writer = new Utf8JsonWriter(output, Options);
        writer.WriteStartObject();
        writer.WriteStartObject("elements");

        writer.WriteStartArray("nodes");
        foreach (var entity in graph.Entities)
        {
            WriteNode(writer, entity);
            await FlushWhenFullAsync(writer, cancellationToken).ConfigureAwait(false);
        }
        writer.WriteEndArray();

        writer.WriteStartArray("edges");
        foreach (var relation in graph.Relations)
        {
            WriteEdge(writer, relation);
            await FlushWhenFullAsync(writer, cancellationToken).ConfigureAwait(false);
        }
        writer.WriteEndArray();

        writer.WriteEndObject();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void WriteNode(Utf8JsonWriter writer, Entity entity)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("data");
        writer.WriteString("id", entity.Id);
        writer.WriteString("label", GraphFacts.Label(entity));
        writer.WriteString("type", entity.Type.ToWire());
        writer.WriteString("name", entity.Name);
        writer.WriteString("nameAr", entity.NameAr);
        WriteStrings(writer, "aliases", entity.Aliases);
        writer.WriteNumber("mentionCount", entity.Mentions.Count);
        writer.WriteNumber("documentCount", GraphFacts.DocumentCount(entity));
        WriteLinks(writer, entity.Links);
        writer.WriteEndObject();
        writer.WriteString("classes", entity.Type.ToWire());
        writer.WriteEndObject();
    }

    private static void WriteEdge(Utf8JsonWriter writer, Relation relation)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("data");
        writer.WriteString("id", relation.Id);
        writer.WriteString("source", relation.Source);
        writer.WriteString("target", relation.Target);
        writer.WriteString("label", relation.Type.ToWire());
        writer.WriteString("type", relation.Type.ToWire());
        writer.WriteString("status", relation.Status.ToWire());
        writer.WriteBoolean("symmetric", relation.Type.IsSymmetric());
        WriteOptional(writer, "role", relation.Role);
        WriteOptional(writer, "charge", relation.Charge);
        WriteOptional(writer, "date", relation.Date);
        WriteStrings(writer, "attributedTo", relation.AttributedTo);
        WriteStrings(writer, "documents", GraphFacts.Documents(relation));
        writer.WriteNumber("evidenceCount", relation.Evidence.Count);
        WriteOptional(writer, "evidence", relation.Evidence.Count == 0 ? null : relation.Evidence[0].Text);
        writer.WriteEndObject();
        writer.WriteString("classes", $"{relation.Type.ToWire()} {relation.Status.ToWire()}");
        writer.WriteEndObject();
    }

    private static void WriteLinks(Utf8JsonWriter writer, EntityLinks links)
    {
        WriteOptional(writer, "nameSource", links.NameSource?.ToWire());
        WriteOptional(writer, "wikidata", links.Wikidata);
        WriteOptional(writer, "geonames", links.GeoNames);
        WriteOptional(writer, "country", links.Country);
        if (links.Point is { } point)
        {
            writer.WriteNumber("latitude", point.Latitude);
            writer.WriteNumber("longitude", point.Longitude);
        }
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }
        writer.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>Keeps the writer's buffer small on large graphs.</summary>
    private static async Task FlushWhenFullAsync(Utf8JsonWriter writer, CancellationToken cancellationToken)
    {
        if (writer.BytesPending > 64 * 1024)
        {
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
