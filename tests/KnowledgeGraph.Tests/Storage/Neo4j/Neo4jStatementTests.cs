using System.Text.RegularExpressions;
using KnowledgeGraph.Storage.Neo4j;

namespace KnowledgeGraph.Tests.Storage.Neo4j;

/// <summary>The generated Cypher: identifiers only from the closed sets, every value a parameter.</summary>
public sealed partial class Neo4jStatementTests
{
    [Fact]
    public void Write_statements_hold_no_input_string_and_no_literal_string()
    {
        var graphs = new[]
        {
            Neo4jArticles.Article(Neo4jArticles.HostileName, Neo4jArticles.PutinInChina, new DateOnly(2024, 5, 16)),
            Neo4jArticles.Article("b.txt", Neo4jArticles.KimAtKhasan),
        };
        var statements = new[]
        {
            UpsertStatements.Check(graphs.Select(graph => graph.Document.Name).ToList()),
            UpsertStatements.Write(graphs, [Neo4jArticles.HostileName]),
        };

        foreach (var statement in statements)
        {
            Assert.DoesNotContain('\'', statement.Text);
            Assert.DoesNotContain('"', statement.Text);
            Assert.DoesNotContain('`', statement.Text);
            Assert.DoesNotContain('\n', statement.Text);
            foreach (var text in graphs.SelectMany(Neo4jArticles.Strings))
            {
                Assert.DoesNotContain(text, statement.Text, StringComparison.Ordinal);
            }
            AssertOnlySchemaIdentifiers(statement.Text);
        }
        var write = statements[1];
        Assert.Contains("SET entity:Person", write.Text);
        Assert.Contains("[relation:VISITED]", write.Text);
        Assert.Equal([Neo4jArticles.HostileName], (IReadOnlyList<string>)Batch(write)["replaced"]!);
    }

    [Fact]
    public void Write_parameters_carry_the_shape_of_cypher_README()
    {
        var graph = Neo4jArticles.Article("a.txt", Neo4jArticles.PutinInChina, new DateOnly(2024, 5, 16));

        var write = UpsertStatements.Write([graph], []);

        var document = Row(Assert.Single(List(Batch(write)["documents"])));
        var properties = Row(document["properties"]);
        AssertKeysInOrder(GraphSchema.Keys.Document, properties);
        Assert.Equal("2024-05-16", properties["date"]);
        Assert.Equal(graph.Document.Id, properties["id"]);

        var mentions = List(document["mentions"]).Select(Row).ToList();
        Assert.Equal(graph.Entities.Count, mentions.Count);
        var mention = Row(mentions.Single(row => (string?)row["entity"] == "vladimir_putin")["properties"]);
        AssertKeysInOrder(GraphSchema.Keys.Mentions, mention);
        Assert.Equal(2, mention["count"]);
        Assert.Equal(["فلاديمير بوتين", "الرئيس الروسي"], (IEnumerable<string>)mention["aliases"]!);

        var evidence = List(document["evidence"]).Select(Row).ToList();
        Assert.Equal(graph.Relations.Count, evidence.Count);
        Assert.All(evidence, item => AssertKeysInOrder(GraphSchema.Keys.Evidence, item));
        Assert.Contains(evidence, item => (string?)item["key"] == "vladimir_putin-VISITED-china@a.txt");
        Assert.All(evidence, item => Assert.Equal("a.txt", item["document"]));

        var entitiesByLabel = Row(Batch(write)["entities"]);
        Assert.True(entitiesByLabel.Keys.All(GraphSchema.NodeLabels.Contains));
        var relationsByType = Row(Batch(write)["relations"]);
        Assert.True(relationsByType.Keys.All(GraphSchema.AllRelationshipTypes.Contains));
        Assert.Equal(write.Rows, 1 + mentions.Count + evidence.Count
            + entitiesByLabel.Values.Sum(list => List(list).Count) + relationsByType.Values.Sum(list => List(list).Count));
    }

    [Fact]
    public void Null_values_are_left_out_of_the_maps_the_write_sets_and_the_rows_it_reads()
    {
        var graph = Neo4jArticles.Article("a.txt", Neo4jArticles.PutinInChina);

        var write = UpsertStatements.Write([graph], []);

        var document = Row(Assert.Single(List(Batch(write)["documents"])));
        Assert.False(Row(document["properties"]).ContainsKey("date"));
        var rows = List(document["mentions"]).Select(row => Row(Row(row)["properties"]))
            .Concat(List(document["evidence"]).Select(Row))
            .Concat(Row(Batch(write)["entities"]).Values.SelectMany(List).Select(Row))
            .Concat(Row(Batch(write)["relations"]).Values.SelectMany(List).Select(Row))
            .ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.DoesNotContain(null, row.Values));
        Assert.Contains(rows, row => !row.ContainsKey("wikidata") && row.ContainsKey("name"));
    }

    [Fact]
    public void The_write_statement_takes_its_lists_in_one_map_so_batches_of_any_size_share_one_plan()
    {
        var one = UpsertStatements.Write([Neo4jArticles.Article("a.txt", Neo4jArticles.PutinInChina)], []);
        var graphs = Enumerable.Range(0, 12).Select(index => Neo4jArticles.Article($"{index}.txt", Neo4jArticles.KimAtKhasan)).ToList();
        var twelve = UpsertStatements.Write(graphs, ["0.txt"]);

        Assert.Equal(one.Text, twelve.Text);
        // Neo4j keys its plan cache by the size of each list parameter (and the length of each string one, in powers of ten).
        foreach (var statement in new[] { one, twelve })
        {
            Assert.All(statement.Parameters.Values, value => Assert.False(value is System.Collections.IEnumerable and not string and not System.Collections.IDictionary));
            Assert.IsAssignableFrom<System.Collections.IDictionary>(statement.Parameters[UpsertStatements.BatchParameter]);
        }
    }

    [Fact]
    public void Articles_the_store_could_not_keep_faithfully_are_refused()
    {
        var graph = Neo4jArticles.Article("a.txt", Neo4jArticles.PutinInChina);
        graph.Relations[0].Evidence.Add(graph.Relations[0].Evidence[0]);

        Assert.Throws<ArgumentException>(() => UpsertStatements.Validate(graph));
    }

    [Fact]
    public void Read_statements_use_only_schema_identifiers()
    {
        foreach (var statement in new[] { ReadStatements.Contains("x"), ReadStatements.Documents("", 10), ReadStatements.Entities("", 10), ReadStatements.Relations("", 10), ReadStatements.Evidence("", 10), ReadStatements.Statistics })
        {
            Assert.DoesNotContain('\'', statement.Text);
            Assert.DoesNotContain('"', statement.Text);
            AssertOnlySchemaIdentifiers(statement.Text);
        }
    }

    [Fact]
    public void The_schema_script_is_embedded_and_idempotent()
    {
        var statements = SchemaScript.Statements();

        Assert.Equal(8, statements.Count);
        Assert.All(statements, statement => Assert.Contains("IF NOT EXISTS", statement));
        Assert.Equal(3, statements.Count(statement => statement.StartsWith("CREATE CONSTRAINT", StringComparison.Ordinal)));
        Assert.Contains(statements, statement => statement.Contains("REQUIRE entity.id IS UNIQUE"));
        Assert.Contains(statements, statement => statement.Contains("REQUIRE document.name IS UNIQUE"));
        Assert.Contains(statements, statement => statement.Contains("REQUIRE evidence.key IS UNIQUE"));
        foreach (var property in new[] { "entity.nameAr", "entity.type", "evidence.relation", "evidence.document" })
        {
            Assert.Contains(statements, statement => statement.StartsWith("CREATE INDEX", StringComparison.Ordinal) && statement.Contains($"({property})"));
        }
        Assert.Contains(statements, statement => statement.StartsWith("CREATE POINT INDEX", StringComparison.Ordinal) && statement.Contains("(entity.location)"));
        Assert.All(statements, statement => AssertOnlySchemaIdentifiers(statement));
    }

    [Fact]
    public void The_schema_script_splits_on_semicolons_and_drops_comments()
    {
        var statements = SchemaScript.Split("// a comment; with a semicolon\nCREATE INDEX a IF NOT EXISTS\n  FOR (n:Entity) ON (n.type);\n\n;CREATE INDEX b IF NOT EXISTS FOR (n:Entity) ON (n.nameAr)");

        Assert.Equal(["CREATE INDEX a IF NOT EXISTS FOR (n:Entity) ON (n.type)", "CREATE INDEX b IF NOT EXISTS FOR (n:Entity) ON (n.nameAr)"], statements);
    }

    private static void AssertOnlySchemaIdentifiers(string statement)
    {
        foreach (Match match in LabelOrType().Matches(statement))
        {
            var name = match.Groups[1].Value;
            Assert.True(GraphSchema.NodeLabels.Contains(name) || GraphSchema.AllRelationshipTypes.Contains(name), $"'{name}' in: {statement}");
        }
    }

    /// <summary>The map's keys are schema keys, in the schema's order (absent ones are null).</summary>
    private static void AssertKeysInOrder(IReadOnlyList<string> schemaKeys, IReadOnlyDictionary<string, object?> map) =>
        Assert.Equal(schemaKeys.Where(map.ContainsKey), map.Keys);

    private static IReadOnlyDictionary<string, object?> Batch(Neo4jStatement write) => Row(write.Parameters[UpsertStatements.BatchParameter]);

    private static IReadOnlyList<object?> List(object? value) => ((System.Collections.IEnumerable)value!).Cast<object?>().ToList();

    private static IReadOnlyDictionary<string, object?> Row(object? value) => (IReadOnlyDictionary<string, object?>)value!;

    // ":Name" right after a variable, "(" or "[": a label or relationship type (map keys are written "key: value").
    [GeneratedRegex(@"(?<=[\w(\[]):([A-Za-z_]\w*)")]
    private static partial Regex LabelOrType();
}
