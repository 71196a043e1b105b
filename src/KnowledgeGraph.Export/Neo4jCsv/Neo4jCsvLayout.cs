using System.Globalization;
using System.Text;
using KnowledgeGraph.Export.Cypher;

namespace KnowledgeGraph.Export.Neo4jCsv;

/// <summary>One file of the import folder: its name and its lines (the header first), each without its line end.</summary>
internal sealed record CsvFile(string Name, IEnumerable<string> Lines);

/// <summary>
/// The neo4j-admin import folder for a graph: node files (documents, entities, evidence) and
/// relationship files (mentions, relations, supports), one ID space per node label, and a
/// README.txt with the command that loads them. Header syntax as documented in the Neo4j
/// Operations Manual, "Import header format"
/// (https://neo4j.com/docs/operations-manual/current/import/header-format/), options as in
/// "Full import" (https://neo4j.com/docs/operations-manual/current/import/full-import/).
/// </summary>
internal sealed class Neo4jCsvLayout
{
    public const string ReadmeName = "README.txt";

    /// <summary>
    /// The importer has no escape for its array delimiter inside an element, so when an element
    /// holds ';' the folder uses the first of these no element holds, and its command says so.
    /// </summary>
    private static readonly char[] ArrayDelimiters = [';', '|', '\u001F', '\u001E', '\u001D', '\u001C'];

    private readonly Neo4jGraph _graph;
    private readonly IReadOnlyList<(string File, Neo4jNodeSet Set)> _nodeFiles;
    private readonly IReadOnlyList<(string File, Neo4jRelationshipSet Set)> _relationshipFiles;

    public Neo4jCsvLayout(Neo4jGraph graph)
    {
        _graph = graph;
        _nodeFiles = [("documents.csv", graph.Documents), ("entities.csv", graph.Entities), ("evidence.csv", graph.Evidence)];
        _relationshipFiles = [("mentions.csv", graph.Mentions), ("relations.csv", graph.Relations), ("supports.csv", graph.Supports)];
        ArrayDelimiter = ChooseArrayDelimiter(graph);
        MultilineFields = Strings(graph).Any(text => text.Contains('\n') || text.Contains('\r'));
    }

    public char ArrayDelimiter { get; }

    /// <summary>Whether a value holds a line break, which the importer reads only with --multiline-fields=true.</summary>
    public bool MultilineFields { get; }

    public IEnumerable<CsvFile> Files =>
    [
        .. _nodeFiles.Select(file => new CsvFile(file.File, NodeLines(file.Set))),
        .. _relationshipFiles.Select(file => new CsvFile(file.File, RelationshipLines(file.Set))),
        new CsvFile(ReadmeName, Readme().TrimEnd('\n').Split('\n')),
    ];

    /// <summary>The command that imports the folder, run from inside it.</summary>
    public string ImportCommand
    {
        get
        {
            var command = new StringBuilder("neo4j-admin database import full neo4j");
            foreach (var (file, _) in _nodeFiles)
            {
                command.Append(" --nodes=").Append(file);
            }
            foreach (var (file, _) in _relationshipFiles)
            {
                command.Append(" --relationships=").Append(file);
            }
            if (ArrayDelimiter != ';')
            {
                command.Append(" --array-delimiter=U+").Append(((int)ArrayDelimiter).ToString("X4", CultureInfo.InvariantCulture));
            }
            if (MultilineFields)
            {
                command.Append(" --multiline-fields=true");
            }
            return command.ToString();
        }
    }

    public static string NodeHeader(Neo4jNodeSet set) =>
        string.Join(CsvFields.Delimiter,
            [$"{set.Key.Name}:ID({set.Label})", ":LABEL", .. set.Properties.Select(property => property.Name + CsvFields.TypeSuffix(property.Type))]);

    public static string RelationshipHeader(Neo4jRelationshipSet set) =>
        string.Join(CsvFields.Delimiter,
            [$":START_ID({set.From.Label})", $":END_ID({set.To.Label})", ":TYPE", .. set.Properties.Select(property => property.Name + CsvFields.TypeSuffix(property.Type))]);

    private IEnumerable<string> NodeLines(Neo4jNodeSet set)
    {
        yield return NodeHeader(set);
        foreach (var row in set.Rows)
        {
            var line = new StringBuilder();
            CsvFields.AppendQuoted(line, row.Key);
            line.Append(CsvFields.Delimiter);
            CsvFields.AppendQuoted(line, row.TypeLabel is null ? set.Label : set.Label + ArrayDelimiter + row.TypeLabel);
            AppendValues(line, set.Properties, row.Values);
            yield return line.ToString();
        }
    }

    private IEnumerable<string> RelationshipLines(Neo4jRelationshipSet set)
    {
        yield return RelationshipHeader(set);
        foreach (var row in set.Rows)
        {
            var line = new StringBuilder();
            CsvFields.AppendQuoted(line, row.Start);
            line.Append(CsvFields.Delimiter);
            CsvFields.AppendQuoted(line, row.End);
            line.Append(CsvFields.Delimiter);
            CsvFields.AppendQuoted(line, row.Type);
            AppendValues(line, set.Properties, row.Values);
            yield return line.ToString();
        }
    }

    private void AppendValues(StringBuilder line, IReadOnlyList<Neo4jProperty> properties, IReadOnlyList<object?> values)
    {
        for (var i = 0; i < properties.Count; i++)
        {
            line.Append(CsvFields.Delimiter);
            CsvFields.AppendValue(line, properties[i].Type, values[i], ArrayDelimiter);
        }
    }

    private string Readme()
    {
        var delimiter = ArrayDelimiter == ';' ? "';' (the importer's default)" : $"U+{(int)ArrayDelimiter:X4}, because an element holds ';'";
        var schema = string.Join("\n", Neo4jSchema.Schema.Select(item => "  " + item.ToCypher()));
        return $"""
            KnowledgeGraph export for neo4j-admin import, in the shape of cypher/README.md.

            Nodes:          documents.csv ({_graph.Documents.Rows.Count}), entities.csv ({_graph.Entities.Rows.Count}), evidence.csv ({_graph.Evidence.Rows.Count})
            Relationships:  mentions.csv ({_graph.Mentions.Rows.Count}), relations.csv ({_graph.Relations.Rows.Count}), supports.csv ({_graph.Supports.Rows.Count})

            Load into a new, empty database: stop Neo4j, then from this folder run

              {ImportCommand}

            ("neo4j" is the database; for one that already exists add --overwrite-destination=true, which deletes
            what it holds.) Start Neo4j, then create the model's constraints and indexes (cypher/schema.cypher):

            {schema}

            Format (Neo4j Operations Manual, "Import header format":
            https://neo4j.com/docs/operations-manual/current/import/header-format/):
            - UTF-8 without a byte order mark, ',' between fields, LF line ends, RFC 4180 quoting: every string
              is quoted and a quote inside it doubled (""); numbers are bare. A value may hold commas and line
              breaks{(MultilineFields ? " (this export has some, hence --multiline-fields=true)" : "")}.
            - An empty unquoted field is an absent property: optional values such as date, role and charge, and
              empty lists, which CSV import cannot load as empty arrays (the Cypher export writes them as []).
              "" is an empty string.
            - ID spaces: Document (name), Entity (id), Evidence (key = relation id + "@" + document name).
            - Arrays (:LABEL, string[], int[]) separate elements with {delimiter}.
              The importer has no escape for its array delimiter, so when an element holds ';' the export picks
              a delimiter no element holds and passes it with --array-delimiter in the command above.

            """.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static char ChooseArrayDelimiter(Neo4jGraph graph)
    {
        var elements = ListElements(graph).ToList();
        foreach (var candidate in ArrayDelimiters)
        {
            if (!elements.Any(element => element.Contains(candidate)))
            {
                return candidate;
            }
        }
        throw new InvalidDataException("Every array delimiter the export can use occurs inside a list value.");
    }

    private static IEnumerable<object?> Values(Neo4jGraph graph) =>
        graph.NodeSets.SelectMany(set => set.Rows.SelectMany(row => row.Values.Prepend(row.Key)))
            .Concat(graph.RelationshipSets.SelectMany(set => set.Rows.SelectMany(row => row.Values.Prepend(row.End).Prepend(row.Start))));

    private static IEnumerable<string> ListElements(Neo4jGraph graph) =>
        Values(graph).OfType<IReadOnlyList<string>>().SelectMany(list => list);

    private static IEnumerable<string> Strings(Neo4jGraph graph) =>
        Values(graph).SelectMany(value => value switch
        {
            string text => [text],
            IReadOnlyList<string> texts => texts,
            _ => Enumerable.Empty<string>(),
        });
}
