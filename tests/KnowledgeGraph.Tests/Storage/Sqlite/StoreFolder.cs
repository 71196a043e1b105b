using KnowledgeGraph.Export.Json;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Tests.Storage.Sqlite;

/// <summary>A fresh temp folder for one test's database files, deleted with them on dispose.</summary>
internal sealed class StoreFolder : IAsyncDisposable
{
    private readonly List<SqliteGraphStore> _stores = [];

    public StoreFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kg-sqlite-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>The default database file of this folder (in a sub-folder the store has to create).</summary>
    public string DatabasePath => File("data/graph.db");

    public string File(string relativePath) => System.IO.Path.Combine(Path, relativePath);

    /// <summary>A new store instance on the file (the default one unless named), not yet initialised.</summary>
    public SqliteGraphStore Create(string? databasePath = null)
    {
        var store = new SqliteGraphStore(new SqliteStoreOptions { Path = databasePath ?? DatabasePath, BusyTimeoutSeconds = 30 });
        _stores.Add(store);
        return store;
    }

    /// <summary>A new, initialised store instance on the file.</summary>
    public async Task<SqliteGraphStore> OpenAsync(string? databasePath = null)
    {
        var store = Create(databasePath);
        await store.InitializeAsync();
        return store;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }
        // Connections a test opened itself to inspect the file.
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a test for.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

internal static class StoreAssertions
{
    public static async Task<string> ExportJsonAsync(this SqliteGraphStore store) => JsonGraphWriter.ToJson(await store.ExportAsync());

    public static string BuildJson(IEnumerable<DocumentGraph> graphs)
    {
        var builder = new GraphBuilder();
        foreach (var graph in graphs)
        {
            builder.Add(graph);
        }
        return JsonGraphWriter.ToJson(builder.Build());
    }

    public static async Task UpsertAllAsync(this SqliteGraphStore store, IEnumerable<DocumentGraph> graphs)
    {
        foreach (var graph in graphs)
        {
            await store.UpsertAsync(graph);
        }
    }
}
