using KnowledgeGraph.Storage.Neo4j.Packs;
using KnowledgeGraph.Tests.Support;
using KnowledgeGraph.Worker.Cli;

namespace KnowledgeGraph.Tests.Cypher;

public sealed class QueryPackTests
{
    private static readonly string PacksFolder = Path.Combine(SharedData.RepositoryRoot, "cypher", "packs");

    [Fact]
    public void Every_theme_the_analysts_asked_for_has_a_pack_and_every_query_says_what_it_answers()
    {
        var packs = QueryPacks.Load();

        Assert.Superset(
            new HashSet<string> { "overview", "visits", "meetings", "delegations", "accusations", "roles", "sources", "provenance", "structure" },
            packs.Packs.Select(pack => pack.Name).ToHashSet());
        foreach (var query in packs.Queries)
        {
            Assert.False(string.IsNullOrWhiteSpace(query.Question), query.FullName);
            Assert.All(query.Parameters, parameter => Assert.False(string.IsNullOrWhiteSpace(parameter.Description), $"{query.FullName} ${parameter.Name}"));
        }
        Assert.Equal(packs.Queries.Count(), packs.Queries.Select(query => query.FullName).Distinct().Count());
    }

    [Fact]
    public void The_built_in_packs_are_the_files_in_cypher_packs()
    {
        var files = Directory.GetFiles(PacksFolder, "*.cypher").Select(file => Path.GetFileNameWithoutExtension(file)!).Order(StringComparer.Ordinal).ToList();
        var embedded = QueryPacks.Load().Packs.Select(pack => pack.Name).ToList();
        Assert.Equal(files, embedded);
        foreach (var pack in QueryPacks.Load().Packs)
        {
            var fromFile = QueryPackParser.Parse(pack.Name, File.ReadAllText(Path.Combine(PacksFolder, pack.Name + ".cypher")));
            Assert.Equal(fromFile.Queries.Select(query => query.Text), pack.Queries.Select(query => query.Text));
        }
    }

    [Fact]
    public void A_query_is_read_with_its_question_parameters_and_text()
    {
        var pack = QueryPackParser.Parse("visits", """
            // Pack: visits
            // Who went where.

            // name: timeline
            // question: Where did a given person go?
            // param: person = "kim_jong_un"  the visitor's id
            // param: limit = 10  rows at most
            MATCH (visitor:Entity {id: $person})-[visit:VISITED]->(place:Entity)
            RETURN place.name AS place
            LIMIT $limit;
            """);

        Assert.Equal("Who went where.", pack.Description);
        var query = Assert.Single(pack.Queries);
        Assert.Equal("visits/timeline", query.FullName);
        Assert.Equal("Where did a given person go?", query.Question);
        Assert.Equal(["person", "limit"], query.Parameters.Select(parameter => parameter.Name));
        Assert.Equal("kim_jong_un", query.Parameters[0].Example);
        Assert.Equal(10L, query.Parameters[1].Example);
        Assert.Equal(":params {person: \"kim_jong_un\", limit: 10}", query.BrowserParams);
        Assert.StartsWith("MATCH (visitor:Entity", query.Text);
        Assert.EndsWith("LIMIT $limit", query.Text);
    }

    [Theory]
    [InlineData("// name: q\n// question: ?\nMATCH (n) RETURN n.id = $who;", "undeclared $who")]
    [InlineData("// name: q\n// question: ?\n// param: who = \"x\"  w\nMATCH (n) RETURN n;", "unused $who")]
    [InlineData("// name: q\nMATCH (n) RETURN n;", "no \"// question:\"")]
    [InlineData("// name: q\n// question: ?\nMATCH (n) RETURN n", "does not end with ';'")]
    [InlineData("// name: Bad_Name\n// question: ?\nMATCH (n) RETURN n;", "lower case")]
    [InlineData("// name: q\n// question: ?\n// param: who = kim  w\nMATCH (n) RETURN $who;", "double quotes")]
    public void A_malformed_pack_is_refused_saying_what_is_wrong(string text, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => QueryPackParser.Parse("test", text));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void A_dollar_inside_a_string_or_comment_is_not_a_parameter()
    {
        Assert.Equal(["real"], QueryPackParser.UsedParameters("RETURN '$not' AS a, \"$nor\" AS b, $real // $comment"));
    }

    [Fact]
    public void Parameters_from_the_command_line_take_the_type_of_the_example()
    {
        var query = QueryPacks.Load().Find("visits/who-visited-where");

        var values = QueryCommand.Bind(query, ["limit=5"]);

        Assert.Equal(5L, values["limit"]);
        Assert.Throws<ArgumentException>(() => QueryCommand.Bind(query, ["limit=many"]));
        Assert.Throws<ArgumentException>(() => QueryCommand.Bind(query, ["nope=1"]));
        Assert.Equal("123", QueryCommand.Bind(QueryPacks.Load().Find("visits/timeline"), ["person=123"])["person"]);
    }

    [Fact]
    public void An_unknown_query_names_the_queries_of_its_pack()
    {
        var error = Assert.Throws<ArgumentException>(() => QueryPacks.Load().Find("visits/nope"));
        Assert.Contains("visits/timeline", error.Message);
    }
}
