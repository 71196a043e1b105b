using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Export.Neo4jCsv;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Export.Formats;

/// <summary>The neo4j-admin import folder: headers as the importer reads them, quoting, arrays, counts.</summary>
public sealed partial class Neo4jCsvExportTests
{
    private const string BaseCommand =
        "neo4j-admin database import full neo4j --nodes=documents.csv --nodes=entities.csv --nodes=evidence.csv"
        + " --relationships=mentions.csv --relationships=relations.csv --relationships=supports.csv";

    private static readonly Dictionary<string, string> Headers = new()
    {
        ["documents.csv"] = "name:ID(Document),:LABEL,id,title,language,date,source,url",
        ["entities.csv"] = "id:ID(Entity),:LABEL,type,name,nameAr,aliases:string[],nameSource,wikidata,geonames,country,location:point",
        ["evidence.csv"] = "key:ID(Evidence),:LABEL,relation,type,document,start:int,end:int,text,status,date,attributedTo,role,charge",
        ["mentions.csv"] = ":START_ID(Document),:END_ID(Entity),:TYPE,count:int,starts:int[],ends:int[],texts:string[],kinds:string[],aliases:string[],name,nameAr,type,nameSource,wikidata,geonames,latitude:double,longitude:double,country",
        ["relations.csv"] = ":START_ID(Entity),:END_ID(Entity),:TYPE,id,status,documents:string[],role,charge,date,attributedTo:string[],evidenceCount:int",
        ["supports.csv"] = ":START_ID(Evidence),:END_ID(Document),:TYPE",
    };

    /// <summary>The folder's files as text, read strictly as UTF-8 without a byte order mark.</summary>
    private static async Task<Dictionary<string, string>> ExportAsync(GraphSnapshot graph)
    {
        using var folder = new TemporaryFolder();
        await new Neo4jCsvExporter().WriteToDirectoryAsync(graph, folder.Path);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(folder.Path))
        {
            var bytes = await File.ReadAllBytesAsync(path);
            Assert.False(bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]), path);
            files[Path.GetFileName(path)] = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        return files;
    }

    private static List<Dictionary<string, CsvField>> Rows(Dictionary<string, string> files, string file) => StrictCsv.Table(files[file]).Rows;

    private static string? Optional(CsvField field) => field.IsAbsent ? null : field.Value;

    private static List<string> Split(CsvField field, char delimiter) =>
        field.IsAbsent ? [] : field.Value.Split(delimiter).ToList();

    [Theory]
    [MemberData(nameof(FormatGraphs.GraphNames), MemberType = typeof(FormatGraphs))]
    public async Task Headers_are_exactly_what_neo4j_admin_reads(string name)
    {
        var files = await ExportAsync(FormatGraphs.Named(name));

        Assert.Equal(Headers.Keys.Append("README.txt").Order(), files.Keys.Order());
        foreach (var (file, header) in Headers)
        {
            Assert.Equal(header, files[file].Split('\n')[0]);
            Assert.All(header.Split(','), field => Assert.Matches(HeaderField(), field));
        }
    }

    [Fact]
    public void Headers_hold_the_keys_and_properties_of_the_model_in_cypher_readme()
    {
        var model = Neo4jModelDocument.Load();

        foreach (var (file, label) in new[] { ("documents.csv", "Document"), ("entities.csv", "Entity"), ("evidence.csv", "Evidence") })
        {
            var fields = Headers[file].Split(',');
            Assert.Equal($"{model.Nodes[label].Key}:ID({label})", fields[0]);
            Assert.Equal(model.Nodes[label].Properties.Order(), fields.Skip(2).Select(PropertyName).Order());
        }
        foreach (var (file, type) in new[] { ("mentions.csv", "MENTIONS"), ("relations.csv", "VISITED"), ("supports.csv", "SUPPORTS") })
        {
            var fields = Headers[file].Split(',');
            var (from, to, properties) = model.Relationships[type];
            Assert.Equal($":START_ID({from})", fields[0]);
            Assert.Equal($":END_ID({to})", fields[1]);
            Assert.Equal(properties.Order(), fields.Skip(3).Select(PropertyName).Order());
        }
    }

    [Theory]
    [MemberData(nameof(FormatGraphs.GraphNames), MemberType = typeof(FormatGraphs))]
    public async Task Row_counts_follow_the_graph_and_every_relationship_meets_its_nodes(string name)
    {
        var graph = FormatGraphs.Named(name);
        var files = await ExportAsync(graph);

        var documents = Rows(files, "documents.csv");
        var entities = Rows(files, "entities.csv");
        var evidence = Rows(files, "evidence.csv");
        Assert.Equal(graph.Documents.Count, documents.Count);
        Assert.Equal(graph.Entities.Count, entities.Count);
        Assert.Equal(graph.Relations.Sum(relation => relation.Evidence.Select(item => item.Document).Distinct().Count()), evidence.Count);
        Assert.Equal(graph.Entities.Sum(entity => entity.Mentions.Select(mention => mention.Document).Distinct().Count()), Rows(files, "mentions.csv").Count);
        Assert.Equal(graph.Relations.Count, Rows(files, "relations.csv").Count);
        Assert.Equal(evidence.Count, Rows(files, "supports.csv").Count);

        var ids = new Dictionary<string, HashSet<string>>
        {
            ["Document"] = documents.Select(row => row["name:ID(Document)"].Value).ToHashSet(),
            ["Entity"] = entities.Select(row => row["id:ID(Entity)"].Value).ToHashSet(),
            ["Evidence"] = evidence.Select(row => row["key:ID(Evidence)"].Value).ToHashSet(),
        };
        foreach (var file in new[] { "mentions.csv", "relations.csv", "supports.csv" })
        {
            var (header, rows) = StrictCsv.Table(files[file]);
            var from = IdSpace().Match(header[0]).Groups[1].Value;
            var to = IdSpace().Match(header[1]).Groups[1].Value;
            Assert.All(rows, row =>
            {
                Assert.Contains(row[header[0]].Value, ids[from]);
                Assert.Contains(row[header[1]].Value, ids[to]);
            });
        }
    }

    [Theory]
    [MemberData(nameof(FormatGraphs.GraphNames), MemberType = typeof(FormatGraphs))]
    public async Task Strings_are_quoted_numbers_bare_and_absent_values_empty(string name)
    {
        var files = await ExportAsync(FormatGraphs.Named(name));

        foreach (var file in Headers.Keys)
        {
            var (header, rows) = StrictCsv.Table(files[file]);
            foreach (var row in rows)
            {
                foreach (var field in header)
                {
                    var value = row[field];
                    if (field.EndsWith(":int", StringComparison.Ordinal) || field.EndsWith(":int[]", StringComparison.Ordinal))
                    {
                        Assert.False(value.Quoted, $"{file} {field}");
                        Assert.Matches("^[0-9]+([;|][0-9]+)*$", value.Value);
                    }
                    else if (field.EndsWith(":double", StringComparison.Ordinal) && !value.IsAbsent)
                    {
                        Assert.False(value.Quoted, $"{file} {field}");
                        Assert.Matches("^-?[0-9]+(\\.[0-9]+)?(E[-+]?[0-9]+)?$", value.Value);
                    }
                    else
                    {
                        Assert.True(value.Quoted || value.IsAbsent, $"{file} {field}: '{value.Value}' is not quoted.");
                    }
                }
            }
        }
    }

    [Fact]
    public async Task Hand_built_graph_is_written_value_for_value()
    {
        var graph = FormatGraphs.Hand();
        var files = await ExportAsync(graph);

        var visit = Rows(files, "documents.csv").Single(row => row["name:ID(Document)"].Value == SampleGraphs.VisitName);
        Assert.Equal(("Document", "زيارة رسمية", "2024-03-10", "وكالة الأنباء"), (visit[":LABEL"].Value, visit["title"].Value, visit["date"].Value, visit["source"].Value));
        var talks = Rows(files, "documents.csv").Single(row => row["name:ID(Document)"].Value == SampleGraphs.TalksName);
        Assert.True(talks["date"].IsAbsent && talks["source"].IsAbsent && talks["url"].IsAbsent);

        foreach (var entity in graph.Entities)
        {
            var row = Rows(files, "entities.csv").Single(row => row["id:ID(Entity)"].Value == entity.Id);
            Assert.Equal($"Entity;{entity.Type.ToWire()}", row[":LABEL"].Value);
            Assert.Equal((entity.Type.ToWire(), entity.Name, entity.NameAr), (row["type"].Value, row["name"].Value, row["nameAr"].Value));
            Assert.Equal(entity.Aliases.Order(StringComparer.Ordinal), Split(row["aliases:string[]"], ';'));
            Assert.Equal(entity.Links.GeoNames, row["geonames"].IsAbsent ? null : row["geonames"].Value);
            Assert.Equal(entity.Links.Point is { } point
                ? string.Create(CultureInfo.InvariantCulture, $"{{latitude:{point.Latitude:R}, longitude:{point.Longitude:R}}}")
                : null, row["location:point"].IsAbsent ? null : row["location:point"].Value);

            foreach (var group in entity.Mentions.GroupBy(mention => mention.Document))
            {
                var mentions = group.ToList();
                var edge = Rows(files, "mentions.csv").Single(row => row[":START_ID(Document)"].Value == group.Key && row[":END_ID(Entity)"].Value == entity.Id);
                Assert.Equal("MENTIONS", edge[":TYPE"].Value);
                Assert.Equal(mentions.Count.ToString(CultureInfo.InvariantCulture), edge["count:int"].Value);
                Assert.Equal(mentions.Select(mention => mention.Start.ToString(CultureInfo.InvariantCulture)), Split(edge["starts:int[]"], ';'));
                Assert.Equal(mentions.Select(mention => mention.End.ToString(CultureInfo.InvariantCulture)), Split(edge["ends:int[]"], ';'));
                Assert.Equal(mentions.Select(mention => mention.Text), Split(edge["texts:string[]"], ';'));
                Assert.Equal(mentions.Select(mention => MentionKinds.ToWire(mention.Kind)), Split(edge["kinds:string[]"], ';'));
                var links = entity.Contributions.LastOrDefault(contribution => contribution.Document == group.Key)?.Links ?? entity.Links;
                Assert.Equal((links.NameSource?.ToWire(), links.GeoNames, links.Country),
                    (Optional(edge["nameSource"]), Optional(edge["geonames"]), Optional(edge["country"])));
                Assert.Equal((links.Point?.Latitude, links.Point?.Longitude),
                    (Optional(edge["latitude:double"]) is { } latitude ? double.Parse(latitude, CultureInfo.InvariantCulture) : null,
                     Optional(edge["longitude:double"]) is { } longitude ? double.Parse(longitude, CultureInfo.InvariantCulture) : null));
            }
        }

        var relations = Rows(files, "relations.csv");
        foreach (var relation in graph.Relations)
        {
            var row = relations.Single(row => row["id"].Value == relation.Id);
            Assert.Equal((relation.Source, relation.Target, relation.Type.ToWire(), relation.Status.ToWire()),
                (row[":START_ID(Entity)"].Value, row[":END_ID(Entity)"].Value, row[":TYPE"].Value, row["status"].Value));
            Assert.Equal(relation.Role, row["role"].IsAbsent ? null : row["role"].Value);
            Assert.Equal(relation.AttributedTo.Order(StringComparer.Ordinal), Split(row["attributedTo:string[]"], ';'));
            Assert.Equal(relation.Evidence.Select(item => item.Document).Distinct(), Split(row["documents:string[]"], ';'));

            foreach (var item in relation.Evidence)
            {
                var key = $"{relation.Id}@{item.Document}";
                var node = Rows(files, "evidence.csv").Single(row => row["key:ID(Evidence)"].Value == key);
                Assert.Equal((relation.Id, relation.Type.ToWire(), item.Document, item.Text, item.Status.ToWire()),
                    (node["relation"].Value, node["type"].Value, node["document"].Value, node["text"].Value, node["status"].Value));
                Assert.Equal((item.Start, item.End), (int.Parse(node["start:int"].Value, CultureInfo.InvariantCulture), int.Parse(node["end:int"].Value, CultureInfo.InvariantCulture)));
                var supports = Rows(files, "supports.csv").Single(row => row[":START_ID(Evidence)"].Value == key);
                Assert.Equal((item.Document, "SUPPORTS"), (supports[":END_ID(Document)"].Value, supports[":TYPE"].Value));
            }
        }
    }

    [Fact]
    public async Task Readme_gives_the_import_command_and_the_documentation_followed()
    {
        var graph = FormatGraphs.Hand();
        var files = await ExportAsync(graph);

        Assert.Equal(BaseCommand, Neo4jCsvExporter.ImportCommand(graph));
        Assert.Contains("  " + BaseCommand + "\n", files["README.txt"], StringComparison.Ordinal);
        Assert.Contains("https://neo4j.com/docs/operations-manual/current/import/header-format/", files["README.txt"], StringComparison.Ordinal);
        Assert.Contains("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;", files["README.txt"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commas_quotes_line_breaks_and_arabic_survive_quoting()
    {
        var files = await ExportAsync(FormatGraphs.Tricky());

        var person = Rows(files, "entities.csv").Single(row => row["id:ID(Entity)"].Value == "person_one");
        Assert.Equal(FormatGraphs.TrickyName, person["name"].Value);
        Assert.Equal("شخص \"أول\"", person["nameAr"].Value);
        Assert.Contains("\"a, \"\"b\"\"; it's\\n <c>&amp;\"", files["entities.csv"], StringComparison.Ordinal);
        var place = Rows(files, "entities.csv").Single(row => row["id:ID(Entity)"].Value == "place,two");
        Assert.True(place["name"].Quoted && place["name"].Value.Length == 0, "An empty name is an empty string, not an absent one.");

        var visit = Rows(files, "evidence.csv").Single(row => row["key:ID(Evidence)"].Value == $"person_one-VISITED-place,two@{FormatGraphs.TrickyDocument}");
        Assert.Equal(FormatGraphs.TrickyText, visit["text"].Value);
        Assert.Equal("country_three", visit["attributedTo"].Value);
        var document = Rows(files, "documents.csv").Single(row => row["name:ID(Document)"].Value == FormatGraphs.TrickyDocument);
        Assert.Equal("عنوان، \"مقتبس\"\tو'مفرد'", document["title"].Value);
        Assert.Equal("https://example.org/a?b=1&c=\"2\"", document["url"].Value);
    }

    [Fact]
    public async Task An_element_holding_a_semicolon_switches_the_array_delimiter_and_the_command_says_so()
    {
        var graph = FormatGraphs.Tricky();
        var files = await ExportAsync(graph);

        Assert.Equal(BaseCommand + " --array-delimiter=U+007C --multiline-fields=true", Neo4jCsvExporter.ImportCommand(graph));
        Assert.Contains(Neo4jCsvExporter.ImportCommand(graph), files["README.txt"], StringComparison.Ordinal);

        var person = Rows(files, "entities.csv").Single(row => row["id:ID(Entity)"].Value == "person_one");
        Assert.Equal("Entity|Person", person[":LABEL"].Value);
        Assert.Equal(new[] { FormatGraphs.TrickyAlias, "شخص" }.Order(StringComparer.Ordinal), Split(person["aliases:string[]"], '|'));
        var mentions = Rows(files, "mentions.csv").Single(row => row[":END_ID(Entity)"].Value == "person_one" && row[":START_ID(Document)"].Value == FormatGraphs.TrickyDocument);
        // In the order the document gives them, as the store keeps them.
        Assert.Equal(["شخص;", "هو\n"], Split(mentions["texts:string[]"], '|'));
        Assert.Equal(["10", "2"], Split(mentions["starts:int[]"], '|'));
        Assert.Equal(["name", "descriptor"], Split(mentions["kinds:string[]"], '|'));
    }

    [Fact]
    public async Task Metonyms_are_mentions_but_not_aliases_and_empty_lists_are_absent()
    {
        var files = await ExportAsync(FormatGraphs.Tricky());

        var country = Rows(files, "mentions.csv").Single(row => row[":END_ID(Entity)"].Value == "country_three");
        Assert.Equal(["metonym"], Split(country["kinds:string[]"], '|'));
        Assert.True(country["aliases:string[]"].IsAbsent);
        var met = Rows(files, "relations.csv").Single(row => row[":TYPE"].Value == "MET");
        Assert.True(met["documents:string[]"].IsAbsent && met["attributedTo:string[]"].IsAbsent && met["role"].IsAbsent);
        Assert.Equal("0", met["evidenceCount:int"].Value);
        var evt = Rows(files, "entities.csv").Single(row => row["id:ID(Entity)"].Value == "event_four");
        Assert.True(evt["aliases:string[]"].IsAbsent);
    }

    [Fact]
    public async Task Pipeline_graph_keeps_its_arabic_mentions()
    {
        var graph = FormatGraphs.Pipeline();
        var files = await ExportAsync(graph);

        Assert.Equal(BaseCommand, Neo4jCsvExporter.ImportCommand(graph));
        var texts = Rows(files, "mentions.csv").SelectMany(row => Split(row["texts:string[]"], ';')).ToHashSet();
        Assert.Equal(graph.Entities.SelectMany(entity => entity.Mentions).Select(mention => mention.Text).ToHashSet(), texts);
        Assert.Contains(texts, text => text.Contains("ماكرون", StringComparison.Ordinal));
    }

    private static string PropertyName(string field) => field.Split(':')[0];

    [GeneratedRegex(@"^(?:[A-Za-z]\w*:ID\(\w+\)|:START_ID\(\w+\)|:END_ID\(\w+\)|:LABEL|:TYPE|[A-Za-z]\w*(?::(?:int|string|double|point)(?:\[\])?)?)$")]
    private static partial Regex HeaderField();

    [GeneratedRegex(@"_ID\((\w+)\)")]
    private static partial Regex IdSpace();
}
