using KnowledgeGraph.Storage.Neo4j.Packs;
using KnowledgeGraph.Tests.Export.Formats;
using KnowledgeGraph.Tests.Storage.Neo4j;
using KnowledgeGraph.Tests.Worker;

namespace KnowledgeGraph.Tests.Cypher;

/// <summary>`kg query` as a user runs it, against a stand-in for Neo4j's Query API.</summary>
public sealed class QueryCommandTests
{
    [Fact]
    public async Task A_pack_query_is_sent_as_written_with_its_parameters_and_the_answer_printed()
    {
        var query = QueryPacks.Load().Find("visits/timeline");
        await using var neo4j = FakeQueryApi.Start(request => request.Path == FakeQueryApi.QueryPath
            ? FakeResponse.Data(["date", "place", "placeAr", "status", "document", "sentence"],
                ["2023-09-12", "Vladivostok", "فلاديفوستوك", "occurred", "kim.txt", "وصل كيم إلى فلاديفوستوك، \"أمس\""])
            : new FakeResponse(404, null));
        using var folder = new TemporaryFolder();

        var (exitCode, output, error) = await WorkerProcess.RunCapturedAsync(folder.Path, Environment(neo4j),
            "query", "visits/timeline", "--param", "person=kim_jong_un", "--format", "csv");

        Assert.True(exitCode == 0, error);
        var request = Assert.Single(neo4j.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal(query.Text, request.Statement);
        Assert.Equal("kim_jong_un", request.Parameters!.Value.GetProperty("person").GetString());
        Assert.StartsWith("Basic ", request.Header("Authorization"));
        Assert.Equal(
            "date,place,placeAr,status,document,sentence\r\n2023-09-12,Vladivostok,فلاديفوستوك,occurred,kim.txt,\"وصل كيم إلى فلاديفوستوك، \"\"أمس\"\"\"\r\n",
            output);
    }

    [Fact]
    public async Task A_syntax_error_from_neo4j_is_one_clear_line_and_a_failing_exit_code()
    {
        await using var neo4j = FakeQueryApi.Start(_ => FakeResponse.Error(400, "Neo.ClientError.Statement.SyntaxError", "Invalid input 'MATC'"));
        using var folder = new TemporaryFolder();

        var (exitCode, _, error) = await WorkerProcess.RunCapturedAsync(folder.Path, Environment(neo4j), "query", "overview/counts");

        Assert.Equal(1, exitCode);
        Assert.Contains("SyntaxError", error);
        Assert.DoesNotContain("   at ", error); // no stack trace
        Assert.Single(neo4j.Requests); // a permanent error is not retried
    }

    [Fact]
    public async Task Without_neo4j_the_error_says_in_one_line_that_query_needs_it()
    {
        using var folder = new TemporaryFolder();
        var none = new Dictionary<string, string>
        {
            ["Neo4j__Uri"] = $"http://127.0.0.1:{FakeQueryApi.FreePort()}",
            ["Neo4j__Resilience__MaxRetryAttempts"] = "0",
        };

        var (exitCode, output, error) = await WorkerProcess.RunCapturedAsync(folder.Path, none, "query", "overview/counts");

        Assert.Equal(1, exitCode);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("kg: query needs Neo4j (the default store, SQLite, cannot run Cypher)", line);
        Assert.Equal("", output);
    }

    [Fact]
    public async Task Listing_and_showing_queries_needs_no_server()
    {
        using var folder = new TemporaryFolder();
        var none = new Dictionary<string, string> { ["Neo4j__Uri"] = $"http://127.0.0.1:{FakeQueryApi.FreePort()}" };

        var list = await WorkerProcess.RunCapturedAsync(folder.Path, none, "query", "--list");
        var show = await WorkerProcess.RunCapturedAsync(folder.Path, none, "query", "roles/same-title", "--show", "-p", "title=وزير الدفاع");

        Assert.Equal(0, list.ExitCode);
        foreach (var query in QueryPacks.Load().Queries)
        {
            Assert.Contains(query.FullName, list.Output);
            Assert.Contains(query.Question, list.Output);
        }
        Assert.Equal(0, show.ExitCode);
        Assert.Contains(":params {title: \"وزير الدفاع\"}", show.Output);
        Assert.Contains(QueryPacks.Load().Find("roles/same-title").Text + ";", show.Output.ReplaceLineEndings("\n"));
    }

    private static Dictionary<string, string> Environment(FakeQueryApi neo4j) => new()
    {
        ["Neo4j__Uri"] = neo4j.Uri.ToString().TrimEnd('/'),
        ["Neo4j__User"] = "neo4j",
        ["Neo4j__Password"] = "secret-password",
        ["Neo4j__Resilience__MaxRetryAttempts"] = "1",
    };
}
