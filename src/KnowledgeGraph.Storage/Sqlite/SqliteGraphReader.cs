using KnowledgeGraph.Model;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// Reads the stored contributions back, inside one read transaction so that every table is read from the
/// same snapshot while writers go on (WAL).
/// </summary>
internal sealed class SqliteGraphReader
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;

    public SqliteGraphReader(SqliteConnection connection, SqliteTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
    }

    public bool Contains(string documentName, string documentId)
    {
        using var command = Command("SELECT 1 FROM documents WHERE name = $name AND id = $id;");
        command.Parameters.AddWithValue("$name", documentName);
        command.Parameters.AddWithValue("$id", documentId);
        return command.ExecuteScalar() is not null;
    }

    /// <summary>
    /// Rebuilds every document's graph as it was upserted and merges them with <see cref="GraphBuilder"/>, so
    /// the export is by construction what the in-memory builder makes of the same articles.
    /// </summary>
    public GraphSnapshot Export(CancellationToken cancellationToken)
    {
        var documents = new Dictionary<string, StoredDocument>(StringComparer.Ordinal);
        Read("SELECT name, id, title, language, date, source, url FROM documents;", cancellationToken, reader =>
        {
            var info = new DocumentInfo(reader.GetString(1), reader.GetString(0), reader.GetString(2), reader.GetString(3),
                SqliteValues.ReadDate(reader, 4), SqliteValues.ReadString(reader, 5), SqliteValues.ReadString(reader, 6));
            documents.Add(info.Name, new StoredDocument(info));
        });

        // Ordered by primary key: each document's rows come in the positions it gave them.
        Read("SELECT document, entity_id, type, name, name_ar, aliases, name_source, wikidata, geonames, latitude, longitude, country " +
             "FROM document_entities ORDER BY document, position;", cancellationToken, reader =>
        {
            var entity = new Entity(reader.GetString(1), EntityTypes.Parse(reader.GetString(2)), reader.GetString(3), reader.GetString(4))
            {
                Links = SqliteValues.ReadLinks(reader, 6),
            };
            SqliteValues.ReadAliases(reader.GetString(5), entity.Aliases);
            Owner(documents, reader.GetString(0)).Entities.Add(entity);
        });
        Read("SELECT document, entity_position, start, \"end\", text, kind FROM mentions ORDER BY document, entity_position, position;", cancellationToken, reader =>
        {
            var document = reader.GetString(0);
            var entity = At(Owner(documents, document).Entities, reader.GetInt32(1), document);
            entity.Mentions.Add(new Mention(document, reader.GetInt32(2), reader.GetInt32(3), reader.GetString(4), MentionKinds.Parse(reader.GetString(5))));
        });
        Read("SELECT document, type, source, target FROM document_relations ORDER BY document, position;", cancellationToken, reader =>
        {
            var relation = new Relation(RelationTypes.Parse(reader.GetString(1)), reader.GetString(2), reader.GetString(3));
            Owner(documents, reader.GetString(0)).Relations.Add(relation);
        });
        Read("SELECT document, relation_position, start, \"end\", text, status, date, attributed_to, role, charge FROM evidence ORDER BY document, relation_position, position;", cancellationToken, reader =>
        {
            var document = reader.GetString(0);
            var relation = At(Owner(documents, document).Relations, reader.GetInt32(1), document);
            relation.Evidence.Add(new Evidence(document, reader.GetInt32(2), reader.GetInt32(3), reader.GetString(4),
                RelationStatuses.Parse(reader.GetString(5)), SqliteValues.ReadString(reader, 6), SqliteValues.ReadString(reader, 7),
                SqliteValues.ReadString(reader, 8), SqliteValues.ReadString(reader, 9)));
        });

        var builder = new GraphBuilder();
        foreach (var document in documents.Values)
        {
            builder.Add(new DocumentGraph(document.Info, document.Entities, document.Relations));
        }
        return builder.Build();
    }

    public StoreStatistics Statistics(CancellationToken cancellationToken)
    {
        // The merged node takes its type from the first document (ordinal name order) that names it, as GraphBuilder does.
        var entityTypes = FirstContributions("SELECT entity_id, document, type FROM document_entities ORDER BY document, position;", cancellationToken);
        var relationTypes = FirstContributions("SELECT relation_id, document, type FROM document_relations ORDER BY document, position;", cancellationToken);

        return new StoreStatistics(
            Count("SELECT COUNT(*) FROM documents;"),
            entityTypes.Count,
            relationTypes.Count,
            Count("SELECT COUNT(*) FROM mentions;"),
            Count("SELECT COUNT(*) FROM evidence;"),
            entityTypes.Values.GroupBy(first => EntityTypes.Parse(first.Type)).ToDictionary(group => group.Key, group => group.Count()),
            relationTypes.Values.GroupBy(first => RelationTypes.Parse(first.Type)).ToDictionary(group => group.Key, group => group.Count()));
    }

    private Dictionary<string, (string Document, string Type)> FirstContributions(string sql, CancellationToken cancellationToken)
    {
        var first = new Dictionary<string, (string Document, string Type)>(StringComparer.Ordinal);
        Read(sql, cancellationToken, reader =>
        {
            var id = reader.GetString(0);
            var document = reader.GetString(1);
            // SQLite sorts by UTF-8 bytes, which differs from UTF-16 ordinal order for characters beyond U+FFFF: compare here.
            if (!first.TryGetValue(id, out var known) || string.CompareOrdinal(document, known.Document) < 0)
            {
                first[id] = (document, reader.GetString(2));
            }
        });
        return first;
    }

    private int Count(string sql)
    {
        using var command = Command(sql);
        return checked((int)(long)command.ExecuteScalar()!);
    }

    private void Read(string sql, CancellationToken cancellationToken, Action<SqliteDataReader> row)
    {
        using var command = Command(sql);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            row(reader);
        }
    }

    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        return command;
    }

    private static StoredDocument Owner(Dictionary<string, StoredDocument> documents, string name) =>
        documents.TryGetValue(name, out var document)
            ? document
            : throw new InvalidDataException($"A row belongs to document '{name}', which is not stored.");

    private static T At<T>(List<T> items, int position, string document) =>
        (uint)position < (uint)items.Count
            ? items[position]
            : throw new InvalidDataException($"Document '{document}' has a row for position {position}, which it does not have.");

    private sealed class StoredDocument(DocumentInfo info)
    {
        public DocumentInfo Info { get; } = info;
        public List<Entity> Entities { get; } = [];
        public List<Relation> Relations { get; } = [];
    }
}
