using KnowledgeGraph.Model;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// Writes documents' contributions inside one open write transaction, with its statements prepared once
/// and reused for every row. The caller commits or rolls back.
/// </summary>
internal sealed class SqliteDocumentWriter : IDisposable
{
    private readonly SqliteCommand _findDocument;
    private readonly SqliteCommand[] _deleteDocument;
    private readonly SqliteCommand _insertDocument;
    private readonly SqliteCommand _insertEntity;
    private readonly SqliteCommand _insertMention;
    private readonly SqliteCommand _insertRelation;
    private readonly SqliteCommand _insertEvidence;
    private readonly List<SqliteCommand> _all = [];
    private readonly Func<DateTimeOffset> _clock;

    public SqliteDocumentWriter(SqliteConnection connection, SqliteTransaction transaction, Func<DateTimeOffset> clock)
    {
        _clock = clock;
        SqliteCommand Command(string sql, params string[] parameters)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            foreach (var parameter in parameters)
            {
                command.Parameters.Add(new SqliteParameter(parameter, DBNull.Value));
            }
            _all.Add(command);
            return command;
        }

        _findDocument = Command("SELECT id FROM documents WHERE name = $document;", "$document");
        // Children first, so replacing does not depend on foreign_keys being on for the cascade.
        _deleteDocument =
        [
            Command("DELETE FROM evidence WHERE document = $document;", "$document"),
            Command("DELETE FROM document_relations WHERE document = $document;", "$document"),
            Command("DELETE FROM mentions WHERE document = $document;", "$document"),
            Command("DELETE FROM document_entities WHERE document = $document;", "$document"),
            Command("DELETE FROM documents WHERE name = $document;", "$document"),
        ];
        _insertDocument = Command(
            "INSERT INTO documents (name, id, title, language, date, source, url, ingested_at) VALUES ($document, $id, $title, $language, $date, $source, $url, $ingested_at);",
            "$document", "$id", "$title", "$language", "$date", "$source", "$url", "$ingested_at");
        _insertEntity = Command(
            "INSERT INTO document_entities (document, position, entity_id, type, name, name_ar, aliases, name_source, wikidata, geonames, latitude, longitude, country) " +
            "VALUES ($document, $position, $entity_id, $type, $name, $name_ar, $aliases, $name_source, $wikidata, $geonames, $latitude, $longitude, $country);",
            "$document", "$position", "$entity_id", "$type", "$name", "$name_ar", "$aliases", "$name_source", "$wikidata", "$geonames", "$latitude", "$longitude", "$country");
        _insertMention = Command(
            "INSERT INTO mentions (document, entity_position, position, entity_id, start, \"end\", text, kind) VALUES ($document, $entity_position, $position, $entity_id, $start, $end, $text, $kind);",
            "$document", "$entity_position", "$position", "$entity_id", "$start", "$end", "$text", "$kind");
        _insertRelation = Command(
            "INSERT INTO document_relations (document, position, relation_id, type, source, target) VALUES ($document, $position, $relation_id, $type, $source, $target);",
            "$document", "$position", "$relation_id", "$type", "$source", "$target");
        _insertEvidence = Command(
            "INSERT INTO evidence (document, relation_position, position, relation_id, start, \"end\", text, status, date, attributed_to, role, charge) " +
            "VALUES ($document, $relation_position, $position, $relation_id, $start, $end, $text, $status, $date, $attributed_to, $role, $charge);",
            "$document", "$relation_position", "$position", "$relation_id", "$start", "$end", "$text", "$status", "$date", "$attributed_to", "$role", "$charge");
    }

    public UpsertOutcome Write(DocumentGraph graph, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var document = graph.Document;
        var stored = Run(_findDocument, document.Name).ExecuteScalar() as string;
        if (stored == document.Id)
        {
            return UpsertOutcome.Unchanged;
        }
        if (stored is not null)
        {
            foreach (var delete in _deleteDocument)
            {
                Run(delete, document.Name).ExecuteNonQuery();
            }
        }

        Run(_insertDocument, document.Name, document.Id, document.Title, document.Language,
            SqliteValues.Date(document.Date), SqliteValues.OrNull(document.Source), SqliteValues.OrNull(document.Url),
            _clock().ToString("O", System.Globalization.CultureInfo.InvariantCulture)).ExecuteNonQuery();

        var entityPosition = 0;
        foreach (var entity in graph.Entities)
        {
            cancellationToken.ThrowIfCancellationRequested();
            WriteEntity(document.Name, entityPosition++, entity);
        }
        var relationPosition = 0;
        foreach (var relation in graph.Relations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            WriteRelation(document.Name, relationPosition++, relation);
        }
        return stored is null ? UpsertOutcome.Added : UpsertOutcome.Replaced;
    }

    private void WriteEntity(string document, int position, Entity entity)
    {
        var links = entity.Links;
        Run(_insertEntity, document, position, entity.Id, entity.Type.ToWire(), entity.Name, entity.NameAr,
            SqliteValues.Aliases(entity.Aliases), SqliteValues.OrNull(links.NameSource?.ToWire()), SqliteValues.OrNull(links.Wikidata),
            SqliteValues.OrNull(links.GeoNames), SqliteValues.OrNull(links.Point?.Latitude), SqliteValues.OrNull(links.Point?.Longitude),
            SqliteValues.OrNull(links.Country)).ExecuteNonQuery();
        var mentionPosition = 0;
        foreach (var mention in entity.Mentions)
        {
            EnsureSameDocument(document, mention.Document, $"a mention of {entity.Id}");
            Run(_insertMention, document, position, mentionPosition++, entity.Id, mention.Start, mention.End, mention.Text,
                MentionKinds.ToWire(mention.Kind)).ExecuteNonQuery();
        }
    }

    private void WriteRelation(string document, int position, Relation relation)
    {
        Run(_insertRelation, document, position, relation.Id, relation.Type.ToWire(), relation.Source, relation.Target).ExecuteNonQuery();
        var evidencePosition = 0;
        foreach (var evidence in relation.Evidence)
        {
            EnsureSameDocument(document, evidence.Document, $"evidence of {relation.Id}");
            Run(_insertEvidence, document, position, evidencePosition++, relation.Id, evidence.Start, evidence.End, evidence.Text,
                evidence.Status.ToWire(), SqliteValues.OrNull(evidence.Date), SqliteValues.OrNull(evidence.AttributedTo),
                SqliteValues.OrNull(evidence.Role), SqliteValues.OrNull(evidence.Charge)).ExecuteNonQuery();
        }
    }

    /// <summary>
    /// Rows are keyed by the document that contributed them, and the export gives them that document's name:
    /// a mention or evidence naming another document could not be stored faithfully nor replaced with its article.
    /// </summary>
    private static void EnsureSameDocument(string document, string named, string what)
    {
        if (!string.Equals(document, named, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Document '{document}' carries {what} that names document '{named}'; a document may only contribute its own mentions and evidence.", "graph");
        }
    }

    private static SqliteCommand Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }
        return command;
    }

    public void Dispose()
    {
        foreach (var command in _all)
        {
            command.Dispose();
        }
    }
}
