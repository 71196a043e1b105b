using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Tests.Storage.Sqlite;

public sealed class SqliteErrorTests
{
    [Fact]
    public async Task A_file_that_is_not_a_database_is_named_in_the_error()
    {
        await using var folder = new StoreFolder();
        var path = folder.File("notes.db");
        await File.WriteAllTextAsync(path, "هذا ليس قاعدة بيانات، بل ملاحظات مكتوبة بالعربية تملأ أكثر من صفحة. " + new string('x', 4096));

        var error = await Assert.ThrowsAsync<SqliteStoreException>(() => folder.Create(path).InitializeAsync());

        Assert.Equal(path, error.DatabasePath);
        Assert.Contains(path, error.Message);
        Assert.Contains("not a SQLite database", error.Message);
    }

    [Fact]
    public async Task A_store_used_without_initialising_on_a_bad_file_says_the_same()
    {
        await using var folder = new StoreFolder();
        var path = folder.File("notes.db");
        await File.WriteAllBytesAsync(path, Enumerable.Range(0, 8192).Select(i => (byte)(i * 7)).ToArray());

        var error = await Assert.ThrowsAsync<SqliteStoreException>(() => folder.Create(path).ExportAsync());

        Assert.Contains(path, error.Message);
        Assert.Contains("not a SQLite database", error.Message);
    }

    [Fact]
    public async Task A_folder_that_cannot_be_created_is_named_in_the_error()
    {
        await using var folder = new StoreFolder();
        var blocker = folder.File("data");
        await File.WriteAllTextAsync(blocker, "a file where the folder should be");
        var path = Path.Combine(blocker, "graph.db");

        var error = await Assert.ThrowsAsync<SqliteStoreException>(() => folder.Create(path).InitializeAsync());

        Assert.Contains(path, error.Message);
        Assert.Contains("cannot create the folder", error.Message);
    }

    [NotPrivilegedFact]
    public async Task A_read_only_file_is_named_in_the_error()
    {
        await using var folder = new StoreFolder();
        await (await folder.OpenAsync()).DisposeAsync();
        File.SetAttributes(folder.DatabasePath, FileAttributes.ReadOnly);
        try
        {
            var error = await Assert.ThrowsAsync<SqliteStoreException>(() => folder.Create().InitializeAsync());

            Assert.Contains(folder.DatabasePath, error.Message);
            Assert.Contains("read-only", error.Message);
        }
        finally
        {
            File.SetAttributes(folder.DatabasePath, FileAttributes.Normal);
        }
    }
}

/// <summary>A fact about file permissions: skipped where the process is privileged (root), which permissions do not stop.</summary>
public sealed class NotPrivilegedFactAttribute : FactAttribute
{
    public NotPrivilegedFactAttribute([System.Runtime.CompilerServices.CallerMemberName] string test = "") =>
        KnowledgeGraph.Tests.Support.SkipReason.Apply(this, test, !OperatingSystem.IsWindows() && Environment.IsPrivilegedProcess
            ? "running as root: a read-only file does not stop a privileged process from writing."
            : null);
}
