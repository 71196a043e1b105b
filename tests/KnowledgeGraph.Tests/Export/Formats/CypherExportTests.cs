using System.Text.RegularExpressions;
using KnowledgeGraph.Export.Cypher;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Export.Formats;

/// <summary>The Cypher script: statements cypher-shell can split, literals safely escaped, the model's keys, labels and types.</summary>
public sealed partial class CypherExportTests
{
    private static readonly string[] Schema =
    [
        "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
        "CREATE CONSTRAINT document_name IF NOT EXISTS FOR (n:Document) REQUIRE n.name IS UNIQUE",
        "CREATE CONSTRAINT evidence_key IF NOT EXISTS FOR (n:Evidence) REQUIRE n.key IS UNIQUE",
        "CREATE INDEX entity_name_ar IF NOT EXISTS FOR (n:Entity) ON (n.nameAr)",
        "CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type)",
        "CREATE INDEX evidence_relation IF NOT EXISTS FOR (n:Evidence) ON (n.relation)",
        "CREATE INDEX evidence_document IF NOT EXISTS FOR (n:Evidence) ON (n.document)",
        "CREATE POINT INDEX entity_location IF NOT EXISTS FOR (n:Entity) ON (n.location)",
    ];

    private static async Task<(string Script, List<CypherStatement> Statements)> ExportAsync(GraphSnapshot graph, int batchSize = CypherExporter.DefaultBatchSize)
    {
        var script = await FormatGraphs.ExportTextAsync(new CypherExporter(batchSize), graph);
        return (script, CypherScript.Parse(script));
    }

    private static List<CypherStatement> Loads(List<CypherStatement> statements) => statements.Skip(Schema.Length).ToList();

    /// <summary>The label a node statement merges on, or the type a relationship statement merges.</summary>
    private static (string Kind, string Name) Target(CypherStatement statement)
    {
        if (NodeMerge().Match(statement.Skeleton) is { Success: true } node)
        {
            return ("node", node.Groups["label"].Value);
        }
        var relationship = RelationshipMerge().Match(statement.Skeleton);
        Assert.True(relationship.Success, statement.Skeleton);
        return ("relationship", relationship.Groups["type"].Value);
    }

    [Theory]
    [MemberData(nameof(FormatGraphs.GraphNames), MemberType = typeof(FormatGraphs))]
    public async Task Script_splits_into_balanced_statements_with_well_escaped_literals(string name)
    {
        var (script, statements) = await ExportAsync(FormatGraphs.Named(name));

        Assert.Equal(Schema, statements.Take(Schema.Length).Select(statement => statement.Text));
        Assert.All(Loads(statements), statement =>
        {
            Assert.StartsWith("UNWIND [", statement.Skeleton, StringComparison.Ordinal);
            Assert.DoesNotContain("CREATE", statement.Skeleton, StringComparison.Ordinal);
            Assert.DoesNotContain("DELETE", statement.Skeleton, StringComparison.Ordinal);
            Assert.NotEmpty(statement.Rows());
        });
        // Each statement ends its last line with ';' (no literal holds a raw line break).
        Assert.Equal(statements.Count, Regex.Matches(script, ";\n").Count);
        Assert.EndsWith(";\n", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Constraints_are_on_the_keys_of_the_model()
    {
        var model = Neo4jModelDocument.Load();

        Assert.Equal(model.Nodes.Select(node => $"(n:{node.Key}) REQUIRE n.{node.Value.Key} IS UNIQUE").Order(),
            Schema.Where(item => item.StartsWith("CREATE CONSTRAINT", StringComparison.Ordinal)).Select(item => item[item.IndexOf('(')..]).Order());
    }

    [Fact]
    public async Task Schema_statements_are_those_of_cypher_schema_file()
    {
        var file = await File.ReadAllTextAsync(Path.Combine(KnowledgeGraph.Tests.Support.SharedData.RepositoryRoot, "cypher", "schema.cypher"));

        var expected = CypherScript.Parse(file).Select(statement => Normalized(statement.Text)).ToList();
        var (_, statements) = await ExportAsync(FormatGraphs.Hand());

        Assert.Equal(expected, statements.Take(Schema.Length).Select(statement => statement.Text));
    }

    /// <summary>A schema statement with its variable called n, as the export writes it.</summary>
    private static string Normalized(string statement)
    {
        var variable = SchemaVariable().Match(statement).Groups[1].Value;
        return Regex.Replace(statement, $@"\b{variable}\b(?=[.:])", "n");
    }

    [Theory]
    [MemberData(nameof(FormatGraphs.GraphNames), MemberType = typeof(FormatGraphs))]
    public async Task Nodes_are_merged_on_their_model_key_and_set_every_model_property(string name)
    {
        var model = Neo4jModelDocument.Load();
        var (_, statements) = await ExportAsync(FormatGraphs.Named(name));

        foreach (var statement in Loads(statements).Where(statement => Target(statement).Kind == "node"))
        {
            var merge = NodeMerge().Match(statement.Skeleton);
            var label = merge.Groups["label"].Value;
            Assert.Equal(model.Nodes[label].Key, merge.Groups["key"].Value.Trim('`'));
            var set = SetProperties().Matches(statement.Skeleton).Select(match => match.Groups[1].Value.Trim('`')).ToList();
            Assert.Equal(model.Nodes[label].Properties.Order(), set.Order());
        }
    }

    [Theory]
    [MemberData(nameof(FormatGraphs.GraphNames), MemberType = typeof(FormatGraphs))]
    public async Task Relationships_match_their_endpoints_by_key_and_set_every_model_property(string name)
    {
        var model = Neo4jModelDocument.Load();
        var (_, statements) = await ExportAsync(FormatGraphs.Named(name));

        foreach (var statement in Loads(statements).Where(statement => Target(statement).Kind == "relationship"))
        {
            var type = Target(statement).Name;
            var (from, to, properties) = model.Relationships[type];
            Assert.Contains($"MATCH (a:{from} {{{model.Nodes[from].Key}: row.startKey}})", statement.Skeleton, StringComparison.Ordinal);
            Assert.Contains($"MATCH (b:{to} {{{model.Nodes[to].Key}: row.endKey}})", statement.Skeleton, StringComparison.Ordinal);
            var merged = RelationshipMerge().Match(statement.Skeleton).Groups["key"];
            var set = SetProperties().Matches(statement.Skeleton).Select(match => match.Groups[1].Value.Trim('`'));
            Assert.Equal(properties.Order(), (merged.Success ? set.Append(merged.Value) : set).Order());
        }
    }

    [Theory]
    [MemberData(nameof(FormatGraphs.GraphNames), MemberType = typeof(FormatGraphs))]
    public async Task Labels_and_relationship_types_come_only_from_the_closed_sets(string name)
    {
        var model = Neo4jModelDocument.Load();
        var (_, statements) = await ExportAsync(FormatGraphs.Named(name));

        var closedLabels = new[] { "Document", "Entity", "Evidence" }.Concat(EntityTypes.All.Select(type => type.ToWire())).ToHashSet();
        var closedTypes = new[] { "MENTIONS", "SUPPORTS" }.Concat(RelationTypes.All.Select(type => type.ToWire())).ToHashSet();
        Assert.True(closedLabels.SetEquals(model.Labels), "cypher/README.md and the model disagree on labels.");
        Assert.True(closedTypes.SetEquals(model.Relationships.Keys), "cypher/README.md and the model disagree on relationship types.");

        var labels = statements.SelectMany(statement => NodeLabels().Matches(statement.Skeleton))
            .SelectMany(match => match.Groups["labels"].Value.Split(':', StringSplitOptions.RemoveEmptyEntries)).ToHashSet();
        var types = statements.SelectMany(statement => RelationshipMerge().Matches(statement.Skeleton)).Select(match => match.Groups["type"].Value).ToHashSet();
        Assert.Subset(closedLabels, labels);
        Assert.Subset(closedTypes, types);
        Assert.Contains("Person", labels);
    }

    [Theory]
    [MemberData(nameof(FormatGraphs.GraphNames), MemberType = typeof(FormatGraphs))]
    public async Task Rows_carry_the_graph_value_for_value(string name)
    {
        var graph = FormatGraphs.Named(name);
        var (_, statements) = await ExportAsync(graph);
        var rows = Loads(statements).GroupBy(Target).ToDictionary(group => group.Key, group => group.SelectMany(statement => statement.Rows()).ToList());

        Assert.Equal(graph.Documents.Select(document => document.Name), rows[("node", "Document")].Select(row => row["name"]));
        foreach (var type in EntityTypes.All.Where(type => graph.Entities.Any(entity => entity.Type == type)))
        {
            var entities = graph.Entities.Where(entity => entity.Type == type).ToList();
            var entityRows = Loads(statements).Where(statement => statement.Skeleton.Contains($"SET n:{type.ToWire()}, ", StringComparison.Ordinal)).SelectMany(statement => statement.Rows()).ToList();
            Assert.Equal(entities.Select(entity => entity.Id), entityRows.Select(row => row["id"]));
            foreach (var (entity, row) in entities.Zip(entityRows))
            {
                Assert.Equal((entity.Type.ToWire(), entity.Name, entity.NameAr), (row["type"], row["name"], row["nameAr"]));
                Assert.Equal(entity.Aliases.Order(StringComparer.Ordinal).Cast<object?>().ToList(), Assert.IsType<List<object?>>(row["aliases"]));
                Assert.Equal((entity.Links.NameSource?.ToWire(), entity.Links.Wikidata, entity.Links.GeoNames, entity.Links.Country),
                    (row["nameSource"], row["wikidata"], row["geonames"], row["country"]));
                Assert.Equal(entity.Links.Point, (GeoPoint?)row["location"]);
            }
        }
        var relationRows = rows.Where(pair => pair.Key.Kind == "relationship" && pair.Key.Name is not ("MENTIONS" or "SUPPORTS")).SelectMany(pair => pair.Value).ToList();
        Assert.Equal(graph.Relations.Select(relation => relation.Id).Order(), relationRows.Select(row => (string)row["id"]!).Order());
        foreach (var relation in graph.Relations)
        {
            var row = relationRows.Single(row => (string?)row["id"] == relation.Id);
            Assert.Equal((relation.Source, relation.Target, relation.Status.ToWire()), (row["startKey"], row["endKey"], row["status"]));
            Assert.Equal((object?)relation.Role, row["role"]);
            Assert.Equal((long)relation.Evidence.Count, row["evidenceCount"]);
        }
        var evidence = rows[("node", "Evidence")];
        Assert.Equal(graph.Relations.SelectMany(relation => relation.Evidence.Select(item => $"{relation.Id}@{item.Document}")).Distinct(), evidence.Select(row => row["key"]));
        Assert.Equal(evidence.Count, rows[("relationship", "SUPPORTS")].Count);
        Assert.Equal(graph.Entities.Sum(entity => entity.Mentions.Select(mention => mention.Document).Distinct().Count()), rows[("relationship", "MENTIONS")].Count);
    }

    [Fact]
    public async Task Quotes_backslashes_line_breaks_and_arabic_read_back_identical()
    {
        var (script, statements) = await ExportAsync(FormatGraphs.Tricky());

        var literals = statements.SelectMany(statement => statement.Strings).ToHashSet();
        Assert.Contains(FormatGraphs.TrickyName, literals);
        Assert.Contains(FormatGraphs.TrickyText, literals);
        Assert.Contains(FormatGraphs.TrickyAlias, literals);
        Assert.Contains(FormatGraphs.TrickyDocument, literals);
        Assert.Contains("مكان 'ثانٍ'", literals);
        Assert.Contains(@"'a, ""b""; it\'s\\n <c>&amp;'", script, StringComparison.Ordinal);
        Assert.Contains(@"ثم;\r\nأضاف \'نعم\' \\ بعد", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_lists_are_written_as_empty_lists_as_the_store_writes_them()
    {
        var (_, statements) = await ExportAsync(FormatGraphs.Tricky());

        var met = Loads(statements).Where(statement => Target(statement) == ("relationship", "MET")).SelectMany(statement => statement.Rows()).Single();
        Assert.Equal(new List<object?>(), met["documents"]);
        Assert.Equal(new List<object?>(), met["attributedTo"]);
        Assert.Null(met["role"]);
        Assert.Equal(0L, met["evidenceCount"]);
    }

    [Fact]
    public async Task Keywords_used_as_property_keys_are_backquoted()
    {
        var (_, statements) = await ExportAsync(FormatGraphs.Hand());

        var evidence = Loads(statements).Single(statement => Target(statement) == ("node", "Evidence"));
        Assert.Contains("n.`end` = row.`end`", evidence.Skeleton, StringComparison.Ordinal);
        Assert.Contains("n.`start` = row.`start`", evidence.Skeleton, StringComparison.Ordinal);
        Assert.Contains(", `end`: ", evidence.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Control_characters_and_separators_are_escaped_not_written_raw()
    {
        var entity = new Entity("x", EntityType.Person, "a\u0001b\u2028c", "د\u000Bه");

        var (script, statements) = await ExportAsync(new GraphSnapshot([], [entity], []));

        Assert.Contains(@"'a\u0001b\u2028c'", script, StringComparison.Ordinal);
        Assert.Contains(@"'د\u000Bه'", script, StringComparison.Ordinal);
        Assert.Contains("a\u0001b\u2028c", statements.SelectMany(statement => statement.Strings));
    }

    [Fact]
    public async Task Large_graphs_are_loaded_in_batches_of_rows()
    {
        var graph = FormatGraphs.Pipeline();
        var (_, whole) = await ExportAsync(graph);
        var (_, batched) = await ExportAsync(graph, batchSize: 2);

        Assert.All(Loads(batched), statement => Assert.InRange(statement.Rows().Count, 1, 2));
        Assert.True(batched.Count > whole.Count);
        Assert.Equal(
            Loads(whole).SelectMany(statement => statement.Rows().Select(row => (Target(statement), string.Join("|", row.Keys)))),
            Loads(batched).SelectMany(statement => statement.Rows().Select(row => (Target(statement), string.Join("|", row.Keys)))));
    }

    [Fact]
    public async Task Same_graph_gives_the_same_script()
    {
        var (first, _) = await ExportAsync(FormatGraphs.Pipeline());
        var (second, _) = await ExportAsync(FormatGraphs.Pipeline());

        Assert.Equal(first, second);
        Assert.StartsWith("// KnowledgeGraph: 4 documents,", first, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"FOR \((\w+):")]
    private static partial Regex SchemaVariable();

    [GeneratedRegex(@"MERGE \(n:(?<label>\w+) \{(?<key>`?\w+`?): row\.`?\w+`?\}\)")]
    private static partial Regex NodeMerge();

    [GeneratedRegex(@"MERGE \(a\)-\[r:(?<type>\w+)(?: \{(?<key>\w+): row\.\w+\})?\]->\(b\)")]
    private static partial Regex RelationshipMerge();

    [GeneratedRegex(@"\b[nr]\.(`?\w+`?) = row\.")]
    private static partial Regex SetProperties();

    [GeneratedRegex(@"\b[nab](?<labels>(?::\w+)+)")]
    private static partial Regex NodeLabels();
}
