using System.Text.Json;
using KnowledgeGraph.Tests.Reading;
using KnowledgeGraph.Worker.Cli;

namespace KnowledgeGraph.Tests.Worker;

/// <summary>`extract`, `ingest` and `export` as a user runs them: exit codes, names, what goes into a pipe.</summary>
public sealed class CommandLineTests : IDisposable
{
    private static readonly Dictionary<string, string> NoEnvironment = new();

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private Task<(int ExitCode, string Output, string Error)> Kg(params string[] arguments) =>
        WorkerProcess.RunCapturedAsync(_temp.Path, NoEnvironment, arguments);

    private void Broken(string relativePath) => _temp.WriteBytes(relativePath, [0xD3, 0xE1, 0xC7, 0xE3, 0xFF]);

    [Fact]
    public async Task Extract_returns_0_when_every_input_was_read_2_when_some_failed_1_when_nothing_was_done()
    {
        _temp.WriteText("good/a.txt", ArticleFiles.Article(1));
        _temp.WriteText("good/empty.txt", "");
        _temp.WriteText("mixed/a.txt", ArticleFiles.Article(1));
        Broken("mixed/broken.txt");
        Broken("bad/broken.txt");

        var good = await Kg("extract", "good", "--out", "good.json");
        var mixed = await Kg("extract", "mixed", "--out", "mixed.json");
        var bad = await Kg("extract", "bad", "--out", "bad.json");

        Assert.Equal(ExitCodes.Success, good.ExitCode);
        Assert.Contains("skipped empty.txt", good.Error);
        Assert.Equal(ExitCodes.SomeFailed, mixed.ExitCode);
        Assert.Contains("failed broken.txt", mixed.Error);
        Assert.Equal(ExitCodes.NothingDone, bad.ExitCode);
    }

    [Fact]
    public async Task Ingest_returns_0_when_every_input_was_read_2_when_some_failed_1_when_nothing_was_done()
    {
        _temp.WriteText("good/a.txt", ArticleFiles.Article(1));
        _temp.WriteText("mixed/b.txt", ArticleFiles.Article(2));
        Broken("mixed/broken.txt");
        Broken("bad/broken.txt");

        Assert.Equal(ExitCodes.Success, (await Kg("ingest", "good")).ExitCode);
        Assert.Equal(ExitCodes.SomeFailed, (await Kg("ingest", "mixed")).ExitCode);
        Assert.Equal(ExitCodes.NothingDone, (await Kg("ingest", "bad")).ExitCode);
    }

    [Fact]
    public async Task Ingest_into_a_pipe_prints_progress_lines_and_no_escape_codes_even_on_a_colour_terminal_type()
    {
        _temp.WriteText("in/a.txt", ArticleFiles.Article(1));
        _temp.WriteText("in/b.txt", ArticleFiles.Article(2));
        var colourTerminal = new Dictionary<string, string> { ["TERM"] = "xterm-256color", ["COLORTERM"] = "truecolor" };

        var (exitCode, output, error) = await WorkerProcess.RunCapturedAsync(_temp.Path, colourTerminal, "ingest", "in");

        Assert.Equal(0, exitCode);
        Assert.Contains("ingest: 2 of 2 file(s), 2 article(s) stored", error);
        Assert.DoesNotContain("0%", output + error);
        Assert.DoesNotContain('\u001b', output + error);
        Assert.Contains("articles", output);
    }

    [Theory]
    [InlineData(false, null, "xterm", false)]
    [InlineData(true, "1", "xterm", false)]
    [InlineData(true, "", "dumb", false)]
    [InlineData(true, "", "xterm-256color", true)]
    [InlineData(true, null, null, true)]
    public void Colour_only_on_a_terminal_without_NO_COLOR(bool interactive, string? noColor, string? term, bool expected)
    {
        Assert.Equal(expected, Terminal.ColorWanted(interactive, noColor, term));
    }

    [Fact]
    public async Task Same_file_names_in_two_folders_are_two_documents_and_an_edited_one_replaces_its_own()
    {
        _temp.WriteText("in/a/article.txt", ArticleFiles.Article(1));
        _temp.WriteText("in/b/article.txt", ArticleFiles.Article(2));
        const string Day = """[{"title": "خبر أول", "content": "وصل الوزير إلى الرياض."}, {"title": "خبر ثان", "content": "غادر الوزير القاهرة."}]""";
        _temp.WriteText("in/2015-07-21/articles.json", Day);
        _temp.WriteText("in/2015-07-22/articles.json", Day);

        var first = await Kg("ingest", "in");
        _temp.WriteText("in/b/article.txt", ArticleFiles.Article(3));
        var second = await Kg("ingest", "in");
        var export = await Kg("export", "--out", "graph.json");

        Assert.Equal(0, first.ExitCode);
        Assert.Matches(@"added\s*│\s*6", first.Output);
        Assert.Matches(@"replaced\s*│\s*1", second.Output);
        Assert.Matches(@"unchanged\s*│\s*5", second.Output);
        Assert.Equal(0, export.ExitCode);
        using var graph = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_temp.Path, "graph.json")));
        Assert.Equal(
            ["2015-07-21/articles.json#0", "2015-07-21/articles.json#1", "2015-07-22/articles.json#0", "2015-07-22/articles.json#1", "a/article.txt", "b/article.txt"],
            graph.RootElement.GetProperty("documents").EnumerateArray().Select(document => document.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Export_refuses_a_store_that_does_not_exist_instead_of_creating_an_empty_one()
    {
        var (exitCode, output, error) = await Kg("export", "--sqlite", "typo.db", "--out", "graph.json");

        Assert.Equal(1, exitCode);
        Assert.Contains("no such database file", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.DoesNotContain("   at ", output + error);
        Assert.False(File.Exists(Path.Combine(_temp.Path, "typo.db")));
        Assert.False(File.Exists(Path.Combine(_temp.Path, "graph.json")));
    }
}
