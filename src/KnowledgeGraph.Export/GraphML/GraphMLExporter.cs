using System.Text;
using System.Xml;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Export.GraphML;

/// <summary>
/// Writes a graph as GraphML for Gephi, yEd, Cytoscape desktop and networkx: a directed graph
/// with a node per entity and an edge per relation, every property declared by a typed key.
/// UTF-8 without a byte order mark; Arabic is written as is.
/// </summary>
public sealed class GraphMLExporter : IGraphExporter
{
    private const string GraphMLNamespace = "http://graphml.graphdrawing.org/xmlns";
    private const string SchemaNamespace = "http://www.w3.org/2001/XMLSchema-instance";
    private const string SchemaLocation = GraphMLNamespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

    private static readonly XmlWriterSettings Settings = new()
    {
        Async = true,
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        // Keeps a carriage return inside a value (as &#xD;) instead of folding it into the line end.
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    };

    public string Format => "graphml";

    public string DefaultExtension => ".graphml";

    public async Task WriteAsync(GraphSnapshot graph, Stream output, CancellationToken cancellationToken = default)
    {
        GraphFacts.EnsureConsistent(graph);
        await using var writer = XmlWriter.Create(output, Settings);
        await writer.WriteStartDocumentAsync().ConfigureAwait(false);
        await writer.WriteStartElementAsync(null, "graphml", GraphMLNamespace).ConfigureAwait(false);
        await writer.WriteAttributeStringAsync(null, "xmlns", null, GraphMLNamespace).ConfigureAwait(false);
        await writer.WriteAttributeStringAsync("xmlns", "xsi", null, SchemaNamespace).ConfigureAwait(false);
        await writer.WriteAttributeStringAsync("xsi", "schemaLocation", SchemaNamespace, SchemaLocation).ConfigureAwait(false);

        await WriteKeysAsync(writer, "node", GraphMLProperties.Node).ConfigureAwait(false);
        await WriteKeysAsync(writer, "edge", GraphMLProperties.Edge).ConfigureAwait(false);

        await writer.WriteStartElementAsync(null, "graph", GraphMLNamespace).ConfigureAwait(false);
        await writer.WriteAttributeStringAsync(null, "id", null, "G").ConfigureAwait(false);
        await writer.WriteAttributeStringAsync(null, "edgedefault", null, "directed").ConfigureAwait(false);

        foreach (var entity in graph.Entities)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await writer.WriteStartElementAsync(null, "node", GraphMLNamespace).ConfigureAwait(false);
            await writer.WriteAttributeStringAsync(null, "id", null, XmlSafe(entity.Id)).ConfigureAwait(false);
            await WriteDataAsync(writer, "node", GraphMLProperties.Node, entity).ConfigureAwait(false);
            await writer.WriteEndElementAsync().ConfigureAwait(false);
        }

        foreach (var relation in graph.Relations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await writer.WriteStartElementAsync(null, "edge", GraphMLNamespace).ConfigureAwait(false);
            await writer.WriteAttributeStringAsync(null, "id", null, XmlSafe(relation.Id)).ConfigureAwait(false);
            await writer.WriteAttributeStringAsync(null, "source", null, XmlSafe(relation.Source)).ConfigureAwait(false);
            await writer.WriteAttributeStringAsync(null, "target", null, XmlSafe(relation.Target)).ConfigureAwait(false);
            await WriteDataAsync(writer, "edge", GraphMLProperties.Edge, relation).ConfigureAwait(false);
            await writer.WriteEndElementAsync().ConfigureAwait(false);
        }

        await writer.WriteEndElementAsync().ConfigureAwait(false);
        await writer.WriteEndElementAsync().ConfigureAwait(false);
        await writer.WriteEndDocumentAsync().ConfigureAwait(false);
        await writer.FlushAsync().ConfigureAwait(false);
    }

    /// <summary>The key id of a property: "n_" or "e_" and its name, so a node and an edge property may share a name.</summary>
    public static string KeyId(string domain, string name) => $"{domain[0]}_{name}";

    private static async Task WriteKeysAsync<T>(XmlWriter writer, string domain, IReadOnlyList<GraphMLProperty<T>> properties)
    {
        foreach (var property in properties)
        {
            await writer.WriteStartElementAsync(null, "key", GraphMLNamespace).ConfigureAwait(false);
            await writer.WriteAttributeStringAsync(null, "id", null, KeyId(domain, property.Name)).ConfigureAwait(false);
            await writer.WriteAttributeStringAsync(null, "for", null, domain).ConfigureAwait(false);
            await writer.WriteAttributeStringAsync(null, "attr.name", null, property.Name).ConfigureAwait(false);
            await writer.WriteAttributeStringAsync(null, "attr.type", null, property.Type).ConfigureAwait(false);
            await writer.WriteEndElementAsync().ConfigureAwait(false);
        }
    }

    private static async Task WriteDataAsync<T>(XmlWriter writer, string domain, IReadOnlyList<GraphMLProperty<T>> properties, T item)
    {
        foreach (var property in properties)
        {
            if (property.Value(item) is not { } value)
            {
                continue;
            }
            await writer.WriteStartElementAsync(null, "data", GraphMLNamespace).ConfigureAwait(false);
            await writer.WriteAttributeStringAsync(null, "key", null, KeyId(domain, property.Name)).ConfigureAwait(false);
            await writer.WriteStringAsync(XmlSafe(value)).ConfigureAwait(false);
            await writer.WriteEndElementAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// XML 1.0 cannot carry some characters at all, not even as references (NUL, most C0 controls,
    /// lone surrogates): each becomes U+FFFD rather than failing the whole export.
    /// </summary>
    internal static string XmlSafe(string text)
    {
        if (IsXmlSafe(text))
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(text, i, 2);
                i++;
            }
            else
            {
                builder.Append(XmlConvert.IsXmlChar(text[i]) ? text[i] : '\uFFFD');
            }
        }
        return builder.ToString();
    }

    private static bool IsXmlSafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(text[i]))
            {
                return false;
            }
        }
        return true;
    }
}
