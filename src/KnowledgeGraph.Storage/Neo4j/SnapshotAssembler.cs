using System.Globalization;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// Rebuilds the export from what the read statements return, exactly as <see cref="GraphBuilder"/> would from
/// the stored articles: documents by name; an entity's names and links from the first document (by name) that
/// mentions it, its aliases and mentions document by document in that order; a relation's evidence in document order.
/// Orders are ordinal (C#), not Cypher's.
/// </summary>
internal static class SnapshotAssembler
{
    public static GraphSnapshot Assemble(Neo4jResult documents, Neo4jResult entities, Neo4jResult relations, Neo4jResult evidence)
    {
        var documentList = documents.Records.Select(ReadDocument).OrderBy(document => document.Name, StringComparer.Ordinal).ToList();
        return new GraphSnapshot(documentList, ReadEntities(entities), ReadRelations(relations, evidence));
    }

    private static DocumentInfo ReadDocument(Neo4jRecord record) => new(
        record.String("id") ?? "",
        record.RequiredString("name"),
        record.String("title") ?? "",
        record.String("language") ?? "",
        record.String("date") is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        record.String("source"),
        record.String("url"));

    private static List<Entity> ReadEntities(Neo4jResult result)
    {
        var entities = new List<Entity>();
        foreach (var group in result.Records.GroupBy(record => record.RequiredString("id"), StringComparer.Ordinal))
        {
            var rows = group.Where(record => record.String("document") is not null)
                .OrderBy(record => record.String("document"), StringComparer.Ordinal)
                .ToList();
            var any = group.First();
            var lead = rows.Count > 0 ? rows[0] : any;
            var entity = new Entity(
                group.Key,
                EntityTypes.Parse(any.RequiredString("type")),
                (rows.Count > 0 ? lead.String("name") : null) ?? any.String("entityName") ?? "",
                (rows.Count > 0 ? lead.String("nameAr") : null) ?? any.String("entityNameAr") ?? "")
            {
                Links = rows.Count > 0 ? ReadLinks(lead, "") : ReadLinks(any, "entity"),
            };
            if (rows.Count == 0)
            {
                foreach (var alias in any.Strings("entityAliases"))
                {
                    entity.AddAlias(alias);
                }
            }
            foreach (var row in rows)
            {
                var aliases = row.Strings("aliases");
                foreach (var alias in aliases)
                {
                    entity.AddAlias(alias);
                }
                var document = row.RequiredString("document");
                entity.Contributions.Add(new EntityContribution(document,
                    row.String("mentionType") is { } type ? EntityTypes.Parse(type) : entity.Type,
                    row.String("name") ?? entity.Name, row.String("nameAr") ?? entity.NameAr, aliases, ReadLinks(row, "")));
                var starts = row.Ints("starts");
                var ends = row.Ints("ends");
                var texts = row.Strings("texts");
                var kinds = row.Strings("kinds");
                for (var index = 0; index < starts.Count; index++)
                {
                    entity.Mentions.Add(new Mention(document, starts[index], ends[index], texts[index], MentionKinds.Parse(kinds[index])));
                }
            }
            entities.Add(entity);
        }
        return entities.OrderBy(entity => entity.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>The links a row holds under its fields "nameSource", "wikidata" ... (with a prefix: "entityNameSource" ...).</summary>
    private static EntityLinks ReadLinks(Neo4jRecord record, string prefix)
    {
        string Field(string name) => prefix.Length == 0 ? name : prefix + char.ToUpperInvariant(name[0]) + name[1..];
        var latitude = record.Double(Field("latitude"));
        var longitude = record.Double(Field("longitude"));
        return new EntityLinks
        {
            NameSource = NameSources.Parse(record.String(Field("nameSource"))),
            Wikidata = record.String(Field("wikidata")),
            GeoNames = record.String(Field("geonames")),
            Point = latitude is { } lat && longitude is { } lon ? new GeoPoint(lat, lon) : null,
            Country = record.String(Field("country")),
        };
    }

    private static List<Relation> ReadRelations(Neo4jResult relationResult, Neo4jResult evidenceResult)
    {
        var evidenceByRelation = evidenceResult.Records
            .Select(record => (Relation: record.RequiredString("relation"), Evidence: ReadEvidence(record)))
            .ToLookup(item => item.Relation, item => item.Evidence, StringComparer.Ordinal);
        var relations = new List<Relation>();
        // A source entity without relations comes as one row with no relation.
        foreach (var record in relationResult.Records.Where(record => record.String("id") is not null))
        {
            var relation = new Relation(RelationTypes.Parse(record.RequiredString("type")), record.RequiredString("source"), record.RequiredString("target"));
            relation.Evidence.AddRange(evidenceByRelation[relation.Id].OrderBy(item => item.Document, StringComparer.Ordinal));
            relations.Add(relation);
        }
        return relations.OrderBy(relation => relation.Id, StringComparer.Ordinal).ToList();
    }

    private static Evidence ReadEvidence(Neo4jRecord record) => new(
        record.RequiredString("document"),
        record.Int("start"),
        record.Int("end"),
        record.String("text") ?? "",
        RelationStatuses.Parse(record.RequiredString("status")),
        record.String("date"),
        record.String("attributedTo"),
        record.String("role"),
        record.String("charge"));
}
