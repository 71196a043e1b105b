using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Tests.Storage.Sqlite;

public sealed class SqliteSchemaTests
{
    [Fact]
    public async Task Initialising_creates_the_file_and_its_folder()
    {
        await using var folder = new StoreFolder();

        await folder.OpenAsync();

        Assert.True(File.Exists(folder.DatabasePath));
        Assert.Equal(2L, RawDatabase.Scalar(folder.DatabasePath, "PRAGMA user_version;"));
        Assert.Equal("wal", RawDatabase.Scalar(folder.DatabasePath, "PRAGMA journal_mode;"));
    }

    [Fact]
    public async Task Initialising_twice_is_harmless()
    {
        await using var folder = new StoreFolder();
        var store = folder.Create();

        await store.InitializeAsync();
        await store.UpsertAsync(Articles.Graph(Articles.VisitOnly, "a.txt"));
        await store.InitializeAsync();

        Assert.Equal(1, (await store.GetStatisticsAsync()).Documents);
    }

    [Fact]
    public async Task Reopening_an_existing_file_keeps_what_it_holds()
    {
        await using var folder = new StoreFolder();
        var graph = Articles.Graph(Articles.VisitAndMeeting, "a.txt");
        string before;
        await using (var first = await folder.OpenAsync())
        {
            await first.UpsertAsync(graph);
            before = await first.ExportJsonAsync();
        }

        // Disposing closed the pooled connections: the last one out checkpointed and removed the WAL.
        Assert.False(File.Exists(folder.DatabasePath + "-wal"));

        await using var second = await folder.OpenAsync();

        Assert.Equal(before, await second.ExportJsonAsync());
        Assert.Equal(2L, RawDatabase.Scalar(folder.DatabasePath, "PRAGMA user_version;"));
        Assert.True(await second.ContainsAsync("a.txt", graph.Document.Id));
    }

    [Fact]
    public async Task A_version_1_file_gains_the_entity_link_columns_and_keeps_its_rows()
    {
        await using var folder = new StoreFolder();
        await using (var store = await folder.OpenAsync())
        {
            await store.UpsertAsync(Articles.Graph(Articles.VisitOnly, "a.txt"));
        }
        // What version 1 wrote: the same tables without the link columns.
        foreach (var column in new[] { "name_source", "wikidata", "geonames", "latitude", "longitude", "country" })
        {
            RawDatabase.Execute(folder.DatabasePath, $"ALTER TABLE document_entities DROP COLUMN {column};");
        }
        RawDatabase.Execute(folder.DatabasePath, "PRAGMA user_version = 1;");

        await using var reopened = await folder.OpenAsync();
        var graph = await reopened.ExportAsync();

        Assert.Equal(2L, RawDatabase.Scalar(folder.DatabasePath, "PRAGMA user_version;"));
        Assert.NotEmpty(graph.Entities);
        Assert.All(graph.Entities, entity => Assert.Equal(KnowledgeGraph.Model.EntityLinks.None, entity.Links));
        await reopened.UpsertAsync(KnowledgeGraph.Tests.Export.SampleGraphs.Visit());
        var tripoli = (await reopened.ExportAsync()).Entities.Single(entity => entity.Id == "tripoli");
        Assert.Equal(KnowledgeGraph.Tests.Export.SampleGraphs.TripoliLinks, tripoli.Links);
    }

    [Fact]
    public async Task A_store_used_before_initialising_initialises_itself()
    {
        await using var folder = new StoreFolder();
        var store = folder.Create();

        await store.UpsertAsync(Articles.Graph(Articles.VisitOnly, "a.txt"));

        Assert.Single((await store.ExportAsync()).Documents);
    }

    [Fact]
    public async Task A_file_from_a_newer_schema_is_refused_by_name()
    {
        await using var folder = new StoreFolder();
        await (await folder.OpenAsync()).DisposeAsync();
        RawDatabase.Execute(folder.DatabasePath, "PRAGMA user_version = 99;");

        var error = await Assert.ThrowsAsync<SqliteStoreException>(() => folder.Create().InitializeAsync());

        Assert.Contains(folder.DatabasePath, error.Message);
        Assert.Contains("99", error.Message);
    }

    [Fact]
    public async Task Another_applications_database_is_refused_by_name()
    {
        await using var folder = new StoreFolder();
        var path = folder.File("other.db");
        RawDatabase.Execute(path, "CREATE TABLE invoices (id INTEGER PRIMARY KEY);");

        var error = await Assert.ThrowsAsync<SqliteStoreException>(() => folder.Create(path).InitializeAsync());

        Assert.Contains(path, error.Message);
        Assert.Contains("invoices", error.Message);
    }
}
