using KnowledgeGraph.Tests.Storage.Neo4j;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Worker;

/// <summary>
/// The bulk path for real: `kg export --format neo4j-csv` of a SQLite store, loaded with the neo4j-admin command its
/// README.txt gives into the live server's database, reads back from Neo4j as the same graph, and goes on taking
/// articles (`kg ingest --store neo4j` on top) exactly as SQLite does.
/// </summary>
[Collection(LiveNeo4jCollection.Name)]
public sealed class Neo4jCsvImportTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "kg-neo4j-import-" + Guid.NewGuid().ToString("N"));

    public Neo4jCsvImportTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Neo4jServerFact]
    public async Task A_neo4j_csv_export_imported_with_neo4j_admin_reads_back_and_takes_more_articles_as_sqlite()
    {
        var options = LiveNeo4j.Options();
        var samples = Path.Combine(SharedData.RepositoryRoot, "samples");
        // The samples and a day of the corpus first; the seed and dev articles, and the samples again, on top.
        string[] first = [samples, SharedData.Path("corpora", "saudinewsnet", "2015-07-21.zip")];
        string[] more = [SharedData.SeedTexts, SharedData.Path("dev"), samples];

        var sqlite = Folder("sqlite");
        await Kg(sqlite, NoEnvironment, ["ingest", .. first]);
        await Kg(sqlite, NoEnvironment, ["export", "--out", "first.json"]);
        await Kg(sqlite, NoEnvironment, ["export", "--format", "neo4j-csv", "--out", "csv"]);

        var csv = Path.Combine(sqlite, "csv");
        var command = File.ReadAllLines(Path.Combine(csv, "README.txt"))
            .Select(line => line.Trim())
            .Single(line => line.StartsWith("neo4j-admin database import full", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        await Neo4jServer.StopAsync();
        try
        {
            await Neo4jServer.AdminAsync(csv, [.. command[1..], "--overwrite-destination=true"]);
        }
        finally
        {
            await Neo4jServer.StartAsync();
        }

        var neo4j = Folder("neo4j");
        var environment = LiveNeo4j.KgEnvironment(options, batchSize: 50);
        await Kg(neo4j, environment, ["export", "--out", "first.json"]);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(sqlite, "first.json")), await File.ReadAllTextAsync(Path.Combine(neo4j, "first.json")));

        await Kg(sqlite, NoEnvironment, ["ingest", .. more]);
        await Kg(sqlite, NoEnvironment, ["export", "--out", "more.json"]);
        await Kg(neo4j, environment, ["ingest", .. more]);
        await Kg(neo4j, environment, ["export", "--out", "more.json"]);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(sqlite, "more.json")), await File.ReadAllTextAsync(Path.Combine(neo4j, "more.json")));
    }

    private static readonly Dictionary<string, string> NoEnvironment = [];

    private string Folder(string name)
    {
        var folder = Path.Combine(_root, name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static async Task Kg(string folder, IReadOnlyDictionary<string, string> environment, string[] arguments)
    {
        var (exitCode, output, error) = await WorkerProcess.RunCapturedAsync(folder, environment, arguments);
        Assert.True(exitCode == 0, $"kg {string.Join(' ', arguments)} failed ({exitCode}):\n{error}\n{output[^Math.Min(output.Length, 2000)..]}");
    }
}
