using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>The SQLite store could not use its database file; the message names the file and the problem.</summary>
public sealed class SqliteStoreException : Exception
{
    public SqliteStoreException(string databasePath, string problem, Exception? innerException = null)
        : base($"SQLite graph store {databasePath}: {problem}", innerException)
    {
        DatabasePath = databasePath;
    }

    public string DatabasePath { get; }

    internal static SqliteStoreException From(string databasePath, SqliteException exception, int busyTimeoutSeconds) =>
        new(databasePath, Describe(exception, busyTimeoutSeconds), exception);

    private static string Describe(SqliteException exception, int busyTimeoutSeconds) =>
        // Primary result codes (https://sqlite.org/rescode.html); extended codes carry them in the low byte.
        (exception.SqliteErrorCode & 0xFF) switch
        {
            26 => "the file is not a SQLite database.",
            11 => "the database file is corrupt (" + exception.Message + ").",
            8 => "the database is read-only: the file, or the folder that holds its -wal and -shm files, is not writable.",
            3 => "permission denied (" + exception.Message + ").",
            14 => "the file cannot be opened: check that the path is right and that its folder exists and is writable.",
            13 => "the disk is full.",
            10 => "an I/O error occurred (" + exception.Message + ").",
            5 or 6 => $"the database stayed locked by another connection for longer than the busy timeout ({busyTimeoutSeconds} s).",
            _ => exception.Message,
        };
}
