using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// The store's tables. The version lives in <c>PRAGMA user_version</c>; <see cref="Migrations"/>[i] takes a
/// database from version i to i + 1, so a later version appends a script and older files are brought up to it.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>Marks the file as a knowledge-graph store ("KGST"), for <c>PRAGMA application_id</c>.</summary>
    public const int ApplicationId = 0x4B475354;

    // Every row belongs to one document (its contribution); the merged graph is rebuilt from them on export.
    // Positions keep the order the document gave entities, aliases, mentions, relations and evidence in.
    private const string Version1 = """
        CREATE TABLE IF NOT EXISTS documents (
            name        TEXT NOT NULL PRIMARY KEY,
            id          TEXT NOT NULL,
            title       TEXT NOT NULL,
            language    TEXT NOT NULL,
            date        TEXT,
            source      TEXT,
            url         TEXT,
            ingested_at TEXT NOT NULL
        );

        CREATE TABLE IF NOT EXISTS document_entities (
            document  TEXT    NOT NULL REFERENCES documents(name) ON DELETE CASCADE,
            position  INTEGER NOT NULL,
            entity_id TEXT    NOT NULL,
            type      TEXT    NOT NULL,
            name      TEXT    NOT NULL,
            name_ar   TEXT    NOT NULL,
            aliases   TEXT    NOT NULL,
            PRIMARY KEY (document, position)
        );
        CREATE INDEX IF NOT EXISTS ix_document_entities_entity ON document_entities(entity_id);

        CREATE TABLE IF NOT EXISTS mentions (
            document        TEXT    NOT NULL,
            entity_position INTEGER NOT NULL,
            position        INTEGER NOT NULL,
            entity_id       TEXT    NOT NULL,
            start           INTEGER NOT NULL,
            "end"           INTEGER NOT NULL,
            text            TEXT    NOT NULL,
            kind            TEXT    NOT NULL,
            PRIMARY KEY (document, entity_position, position),
            FOREIGN KEY (document, entity_position) REFERENCES document_entities(document, position) ON DELETE CASCADE
        );
        CREATE INDEX IF NOT EXISTS ix_mentions_entity ON mentions(entity_id);

        CREATE TABLE IF NOT EXISTS document_relations (
            document    TEXT    NOT NULL REFERENCES documents(name) ON DELETE CASCADE,
            position    INTEGER NOT NULL,
            relation_id TEXT    NOT NULL,
            type        TEXT    NOT NULL,
            source      TEXT    NOT NULL,
            target      TEXT    NOT NULL,
            PRIMARY KEY (document, position)
        );
        CREATE INDEX IF NOT EXISTS ix_document_relations_relation ON document_relations(relation_id);
        CREATE INDEX IF NOT EXISTS ix_document_relations_source ON document_relations(source);
        CREATE INDEX IF NOT EXISTS ix_document_relations_target ON document_relations(target);

        CREATE TABLE IF NOT EXISTS evidence (
            document          TEXT    NOT NULL,
            relation_position INTEGER NOT NULL,
            position          INTEGER NOT NULL,
            relation_id       TEXT    NOT NULL,
            start             INTEGER NOT NULL,
            "end"             INTEGER NOT NULL,
            text              TEXT    NOT NULL,
            status            TEXT    NOT NULL,
            date              TEXT,
            attributed_to     TEXT,
            role              TEXT,
            charge            TEXT,
            PRIMARY KEY (document, relation_position, position),
            FOREIGN KEY (document, relation_position) REFERENCES document_relations(document, position) ON DELETE CASCADE
        );
        CREATE INDEX IF NOT EXISTS ix_evidence_relation ON evidence(relation_id);
        """;

    // An entity's English name source and links to open data (shared/spec/export-format.md); null where unknown.
    private const string Version2 = """
        ALTER TABLE document_entities ADD COLUMN name_source TEXT;
        ALTER TABLE document_entities ADD COLUMN wikidata TEXT;
        ALTER TABLE document_entities ADD COLUMN geonames TEXT;
        ALTER TABLE document_entities ADD COLUMN latitude REAL;
        ALTER TABLE document_entities ADD COLUMN longitude REAL;
        ALTER TABLE document_entities ADD COLUMN country TEXT;
        """;

    public static IReadOnlyList<string> Migrations { get; } = [Version1, Version2];

    public static int CurrentVersion => Migrations.Count;

    /// <summary>Brings the schema to <see cref="CurrentVersion"/> inside the caller's write transaction.</summary>
    /// <returns>The version the file had before.</returns>
    public static int Migrate(SqliteConnection connection, SqliteTransaction transaction, string databasePath)
    {
        var version = Convert.ToInt32(Scalar(connection, transaction, "PRAGMA user_version;"));
        if (version > CurrentVersion)
        {
            throw new SqliteStoreException(databasePath,
                $"the database has schema version {version}, written by a newer version of this program (this one knows up to {CurrentVersion}).");
        }
        if (version == 0)
        {
            EnsureNotForeign(connection, transaction, databasePath);
        }
        for (var next = version; next < CurrentVersion; next++)
        {
            Execute(connection, transaction, Migrations[next]);
        }
        if (version != CurrentVersion)
        {
            // PRAGMA arguments cannot be parameters; both values are integers this code owns.
            Execute(connection, transaction, $"PRAGMA application_id = {ApplicationId}; PRAGMA user_version = {CurrentVersion};");
        }
        return version;
    }

    /// <summary>A file with tables but no version is some other application's database: refuse to add ours to it.</summary>
    private static void EnsureNotForeign(SqliteConnection connection, SqliteTransaction transaction, string databasePath)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite!_%' ESCAPE '!' ORDER BY name LIMIT 5;";
        var tables = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }
        if (tables.Count > 0)
        {
            throw new SqliteStoreException(databasePath,
                $"the file is a SQLite database but not a graph store (it has no schema version and holds tables {string.Join(", ", tables)}).");
        }
    }

    private static object? Scalar(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
