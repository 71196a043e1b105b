using KnowledgeGraph.Model;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file (WAL) holding each article's own contribution, keyed by the article's
/// name; the merged graph is rebuilt from those on export. Writes are serialised inside the instance and each
/// runs in one BEGIN IMMEDIATE transaction; reads take their own connection and run beside them.
/// </summary>
public sealed class SqliteGraphStore : IGraphStore
{
    private readonly string _connectionString;
    private readonly int _busyTimeoutSeconds;
    private readonly bool _createIfMissing;
    private readonly ILogger<SqliteGraphStore> _logger;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private volatile bool _initialized;
    private volatile bool _disposed;

    public SqliteGraphStore(IOptions<SqliteStoreOptions> options, ILogger<SqliteGraphStore> logger)
    {
        var value = options.Value;
        if (string.IsNullOrWhiteSpace(value.Path))
        {
            throw new ArgumentException($"{SqliteStoreOptions.SectionName}:Path is empty.", nameof(options));
        }
        if (value.BusyTimeoutSeconds < 0)
        {
            throw new ArgumentException($"{SqliteStoreOptions.SectionName}:BusyTimeoutSeconds is negative ({value.BusyTimeoutSeconds}).", nameof(options));
        }
        DatabasePath = Path.GetFullPath(value.Path);
        Description = "SQLite " + value.Path;
        _busyTimeoutSeconds = value.BusyTimeoutSeconds;
        _createIfMissing = value.CreateIfMissing;
        _logger = logger;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = value.CreateIfMissing ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = value.BusyTimeoutSeconds,
        }.ToString();
    }

    public SqliteGraphStore(SqliteStoreOptions options)
        : this(Options.Create(options), NullLogger<SqliteGraphStore>.Instance)
    {
    }

    /// <summary>The database file, as a full path.</summary>
    public string DatabasePath { get; }

    public string Description { get; }

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_initialized)
            {
                return;
            }
            if (!_createIfMissing && !File.Exists(DatabasePath))
            {
                throw new SqliteStoreException(DatabasePath, "no such database file; this command reads an existing store and does not create one (check --sqlite or Storage__Sqlite__Path).");
            }
            CreateFolder();
            Guard(() =>
            {
                using var connection = Open();
                EnsureWritable(connection);
                // Persistent in the file; must be set outside a transaction.
                var journal = Scalar(connection, "PRAGMA journal_mode=WAL;") as string;
                if (!string.Equals(journal, "wal", StringComparison.OrdinalIgnoreCase))
                {
                    _logger.LogWarning("SQLite store {Path}: journal mode is {Mode}, not WAL (the file system may not support it); readers will wait for writers.", DatabasePath, journal);
                }
                using var transaction = connection.BeginTransaction(deferred: false);
                var before = SqliteSchema.Migrate(connection, transaction, DatabasePath);
                transaction.Commit();
                if (before != SqliteSchema.CurrentVersion)
                {
                    _logger.LogInformation("SQLite store {Path}: schema {From} -> {To}.", DatabasePath, before, SqliteSchema.CurrentVersion);
                }
            });
            _initialized = true;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public async Task<UpsertOutcome> UpsertAsync(DocumentGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var outcomes = await WriteAsync([graph], cancellationToken).ConfigureAwait(false);
        return outcomes[0];
    }

    /// <summary>Writes the whole batch in one transaction: if one article fails, none of the batch is written.</summary>
    /// <summary>One transaction per article: a local commit is cheap.</summary>
    public int WriteBatchSize => 1;

    public Task<IReadOnlyList<UpsertOutcome>> UpsertBatchAsync(IReadOnlyList<DocumentGraph> graphs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graphs);
        return WriteAsync(graphs, cancellationToken);
    }

    public async Task<bool> ContainsAsync(string documentName, string documentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentName);
        ArgumentNullException.ThrowIfNull(documentId);
        return await ReadAsync(reader => reader.Contains(documentName, documentId), cancellationToken).ConfigureAwait(false);
    }

    public Task<GraphSnapshot> ExportAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(reader => reader.Export(cancellationToken), cancellationToken);

    public Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(reader => reader.Statistics(cancellationToken), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        // Let a write in progress finish, then close the pooled connections so the file is released and the WAL checkpointed.
        await _writeLock.WaitAsync().ConfigureAwait(false);
        try
        {
            using var connection = new SqliteConnection(_connectionString);
            SqliteConnection.ClearPool(connection);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task<IReadOnlyList<UpsertOutcome>> WriteAsync(IReadOnlyList<DocumentGraph> graphs, CancellationToken cancellationToken)
    {
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return Guard(() =>
            {
                using var connection = Open();
                using var transaction = connection.BeginTransaction(deferred: false);
                using var writer = new SqliteDocumentWriter(connection, transaction, () => DateTimeOffset.UtcNow);
                var outcomes = new UpsertOutcome[graphs.Count];
                for (var i = 0; i < graphs.Count; i++)
                {
                    outcomes[i] = writer.Write(graphs[i] ?? throw new ArgumentException($"Graph {i} of the batch is null.", nameof(graphs)), cancellationToken);
                }
                // A token cancelled during the last row still means "do not write": nothing is committed then.
                cancellationToken.ThrowIfCancellationRequested();
                if (outcomes.Any(outcome => outcome != UpsertOutcome.Unchanged))
                {
                    transaction.Commit();
                }
                return (IReadOnlyList<UpsertOutcome>)outcomes;
            });
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task<T> ReadAsync<T>(Func<SqliteGraphReader, T> read, CancellationToken cancellationToken)
    {
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        ObjectDisposedException.ThrowIf(_disposed, this);
        cancellationToken.ThrowIfCancellationRequested();
        return Guard(() =>
        {
            using var connection = Open();
            using var transaction = connection.BeginTransaction(deferred: true);
            return read(new SqliteGraphReader(connection, transaction));
        });
    }

    private Task EnsureInitializedAsync(CancellationToken cancellationToken) =>
        _initialized ? Task.CompletedTask : InitializeAsync(cancellationToken);

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            // Per connection, so set on every open (pooled connections keep them, setting again is cheap).
            Execute(connection, $"PRAGMA busy_timeout = {_busyTimeoutSeconds * 1000}; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private void EnsureWritable(SqliteConnection connection)
    {
        // SQLite silently opens a write-protected file read-only; say so now rather than at the first upsert.
        if (SQLitePCL.raw.sqlite3_db_readonly(connection.Handle, "main") == 1)
        {
            throw new SqliteStoreException(DatabasePath, "the database file is read-only (check its permissions).");
        }
    }

    private void CreateFolder()
    {
        var folder = Path.GetDirectoryName(DatabasePath);
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new SqliteStoreException(DatabasePath, $"cannot create the folder {folder} ({exception.Message}).", exception);
        }
    }

    /// <summary>Runs database work, turning SQLite's errors into ones that name the file and the problem.</summary>
    private T Guard<T>(Func<T> work)
    {
        try
        {
            return work();
        }
        catch (SqliteException exception)
        {
            throw SqliteStoreException.From(DatabasePath, exception, _busyTimeoutSeconds);
        }
    }

    private void Guard(Action work) => Guard(() =>
    {
        work();
        return true;
    });

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
