using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeGraph.Extraction.Reading;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Tests.Support;
using KnowledgeGraph.Worker.Cli;

namespace KnowledgeGraph.Tests.Cypher;

/// <summary>An example in README.md: a `kg query` command line and the table it prints on the sample articles.</summary>
public sealed record PackExample(string Query, IReadOnlyList<string> Parameters, string Output, int OutputStart, int OutputLength);

/// <summary>
/// The README's pack examples, and an independent computation of their answers from the sample articles'
/// graph (the JSON export's model), written from the questions the queries answer. The offline test holds the
/// README to these answers; the live test holds Neo4j's answers to the same README text, so the Cypher, the
/// README and this computation must all agree.
/// </summary>
public static partial class PackExamples
{
    public static string ReadmePath => Path.Combine(SharedData.RepositoryRoot, "README.md");

    public static IReadOnlyList<PackExample> FromReadme(string readme)
    {
        var examples = new List<PackExample>();
        foreach (Match match in Example().Matches(readme))
        {
            var arguments = match.Groups["arguments"].Value;
            var parameters = ParameterArgument().Matches(arguments)
                .Select(parameter => parameter.Groups[1].Success ? parameter.Groups[1].Value : parameter.Groups[2].Value).ToList();
            var output = match.Groups["output"];
            examples.Add(new PackExample(match.Groups["query"].Value, parameters, output.Value, output.Index, output.Length));
        }
        return examples;
    }

    /// <summary>The sample articles' graph, as `kg extract samples` builds it.</summary>
    public static GraphSnapshot Samples()
    {
        var builder = new GraphBuilder();
        foreach (var graph in SampleGraphs())
        {
            builder.Add(graph);
        }
        return builder.Build();
    }

    public static IReadOnlyList<DocumentGraph> SampleGraphs()
    {
        var folder = Path.Combine(SharedData.RepositoryRoot, "samples");
        var graphs = new List<DocumentGraph>();
        foreach (var result in new ArticleReader().ReadAsync([folder]).ToBlockingEnumerable())
        {
            if (!result.Skipped)
            {
                graphs.Add(Extract.Pipeline.Extract(result.Article ?? throw new InvalidDataException($"{result.Name}: {result.Error}")));
            }
        }
        return graphs;
    }

    /// <summary>What the example's query answers on the graph, printed as `kg query` prints a table.</summary>
    public static string Expected(PackExample example, GraphSnapshot graph)
    {
        var query = KnowledgeGraph.Storage.Neo4j.Packs.QueryPacks.Load().Find(example.Query);
        var values = QueryCommand.Bind(query, example.Parameters);
        var (fields, rows) = example.Query switch
        {
            "overview/counts" => Counts(graph),
            "visits/timeline" => Timeline(graph, (string)values["person"]!),
            "meetings/met-with" => MetWith(graph, (string)values["person"]!),
            "delegations/entourage" => Entourage(graph, (string)values["person"]!),
            "accusations/who-accused-whom" => Accusations(graph, (long)values["limit"]!),
            "roles/office-holders" => OfficeHolders(graph, (string)values["organization"]!),
            "sources/attributions" => Attributions(graph, (long)values["limit"]!),
            "provenance/sentences-behind" => SentencesBehind(graph, (string)values["relation"]!),
            "structure/most-connected" => MostConnected(graph, (long)values["limit"]!),
            _ => throw new NotSupportedException($"No independent answer is written for {example.Query}; add one here to use it as a README example."),
        };
        return Table(fields, rows);
    }

    public static string Table(string[] fields, IEnumerable<object?[]> rows)
    {
        var result = new Neo4jResult(fields, rows.Select(row => (IReadOnlyList<JsonElement>)row.Select(value => JsonSerializer.SerializeToElement(value)).ToList()).ToList(), []);
        return Table(result);
    }

    public static string Table(Neo4jResult result)
    {
        var output = new StringWriter { NewLine = "\n" };
        QueryResultWriter.WriteTable(result, output);
        return output.ToString();
    }

    private static (string[], IEnumerable<object?[]>) Counts(GraphSnapshot graph)
    {
        var evidence = graph.Relations.Sum(relation => relation.Evidence.Count);
        var nodes = new List<(string Name, long Count)>
        {
            ("Document", graph.Documents.Count),
            ("Entity", graph.Entities.Count),
            ("Evidence", evidence),
        };
        nodes.AddRange(graph.Entities.GroupBy(entity => entity.Type.ToWire()).Select(group => (group.Key, (long)group.Count())));
        var relationships = new List<(string Name, long Count)>
        {
            ("MENTIONS", graph.Entities.Sum(entity => entity.Mentions.Select(mention => mention.Document).Distinct().Count())),
            ("SUPPORTS", evidence),
        };
        relationships.AddRange(graph.Relations.GroupBy(relation => relation.Type.ToWire()).Select(group => (group.Key, (long)group.Count())));
        var rows = nodes.Select(item => ("node", item.Name, item.Count)).Concat(relationships.Select(item => ("relationship", item.Name, item.Count)))
            .OrderBy(row => row.Item1, StringComparer.Ordinal).ThenByDescending(row => row.Item3).ThenBy(row => row.Item2, StringComparer.Ordinal)
            .Select(row => new object?[] { row.Item1, row.Item2, row.Item3 });
        return (["kind", "name", "count"], rows);
    }

    private static (string[], IEnumerable<object?[]>) Timeline(GraphSnapshot graph, string person)
    {
        var entities = Entities(graph);
        var rows = graph.Relations.Where(relation => relation.Type == RelationType.Visited && relation.Source == person)
            .SelectMany(visit => visit.Evidence.Select(item => (Date: item.Date ?? visit.Date, Place: entities[visit.Target], Item: item)))
            .OrderBy(row => row.Date, NullsLast).ThenBy(row => row.Item.Document, StringComparer.Ordinal).ThenBy(row => row.Place.Name, StringComparer.Ordinal)
            .Select(row => new object?[] { row.Date, row.Place.Name, row.Place.NameAr, row.Item.Status.ToWire(), row.Item.Document, row.Item.Text });
        return (["date", "place", "placeAr", "status", "document", "sentence"], rows);
    }

    private static (string[], IEnumerable<object?[]>) MetWith(GraphSnapshot graph, string person)
    {
        var entities = Entities(graph);
        var rows = graph.Relations.Where(relation => relation.Type == RelationType.Met && (relation.Source == person || relation.Target == person))
            .SelectMany(meeting => meeting.Evidence.Select(item => (Other: entities[meeting.Source == person ? meeting.Target : meeting.Source], Item: item)))
            .OrderBy(row => row.Item.Date, NullsLast).ThenBy(row => row.Other.Name, StringComparer.Ordinal).ThenBy(row => row.Item.Document, StringComparer.Ordinal)
            .Select(row => new object?[] { row.Other.Name, row.Other.NameAr, row.Item.Date, row.Item.Status.ToWire(), row.Item.Document, row.Item.Text });
        return (["met", "metAr", "date", "status", "document", "sentence"], rows);
    }

    private static (string[], IEnumerable<object?[]>) Entourage(GraphSnapshot graph, string person)
    {
        var entities = Entities(graph);
        var visits = graph.Relations.Where(relation => relation.Type == RelationType.Visited && relation.Source == person).ToList();
        var rows = graph.Relations.Where(relation => relation.Type == RelationType.Accompanied && relation.Target == person)
            .SelectMany(accompanied => accompanied.Evidence.Select(item => (Companion: entities[accompanied.Source], Item: item)))
            .Select(row => (row.Companion, row.Item, Visits: visits.Where(visit => visit.Evidence.Any(item => item.Document == row.Item.Document))
                .Select(visit => entities[visit.Target].Name).Distinct().Order(StringComparer.Ordinal).ToList()))
            .OrderBy(row => row.Item.Date, NullsLast).ThenBy(row => row.Companion.Name, StringComparer.Ordinal).ThenBy(row => row.Item.Document, StringComparer.Ordinal)
            .Select(row => new object?[] { row.Companion.Name, row.Companion.NameAr, row.Visits, row.Item.Date, row.Item.Document, row.Item.Text });
        return (["companion", "companionAr", "visits", "date", "document", "sentence"], rows);
    }

    private static (string[], IEnumerable<object?[]>) Accusations(GraphSnapshot graph, long limit)
    {
        var entities = Entities(graph);
        var rows = graph.Relations.Where(relation => relation.Type == RelationType.Accused)
            .Select(accusation => (Accuser: entities[accusation.Source], Accused: entities[accusation.Target], Relation: accusation))
            .OrderBy(row => row.Relation.Date is null).ThenByDescending(row => row.Relation.Date, StringComparer.Ordinal)
            .ThenBy(row => row.Accuser.Name, StringComparer.Ordinal).ThenBy(row => row.Accused.Name, StringComparer.Ordinal)
            .Take((int)limit)
            .Select(row => new object?[]
            {
                row.Accuser.Name, row.Accuser.NameAr, row.Accused.Name, row.Accused.NameAr, row.Relation.Charge, row.Relation.Date,
                row.Relation.Status.ToWire(),
                row.Relation.AttributedTo.Select(id => entities[id].Name).Order(StringComparer.Ordinal).ToList(),
                Documents(row.Relation),
            });
        return (["accuser", "accuserAr", "accused", "accusedAr", "charge", "date", "status", "attributedTo", "documents"], rows);
    }

    private static (string[], IEnumerable<object?[]>) OfficeHolders(GraphSnapshot graph, string organization)
    {
        var entities = Entities(graph);
        var rows = graph.Relations.Where(relation => relation.Type == RelationType.HoldsRole && relation.Target == organization)
            .Select(role => (Role: role.Role, Person: entities[role.Source], Relation: role))
            .OrderBy(row => row.Role, NullsLast).ThenBy(row => row.Person.Name, StringComparer.Ordinal)
            .Select(row => new object?[] { row.Role, row.Person.Name, row.Person.NameAr, Documents(row.Relation) });
        return (["role", "person", "personAr", "documents"], rows);
    }

    private static (string[], IEnumerable<object?[]>) Attributions(GraphSnapshot graph, long limit)
    {
        var entities = Entities(graph);
        var rows = graph.Relations
            .SelectMany(claim => claim.AttributedTo.Select(source => (Source: entities[source], Claim: claim)))
            .Select(row => (row.Source, Type: row.Claim.Type.ToWire(), Subject: entities[row.Claim.Source].Name, Object: entities[row.Claim.Target].Name, row.Claim))
            .OrderBy(row => row.Source.Name, StringComparer.Ordinal).ThenBy(row => row.Type, StringComparer.Ordinal)
            .ThenBy(row => row.Subject, StringComparer.Ordinal).ThenBy(row => row.Object, StringComparer.Ordinal)
            .Take((int)limit)
            .Select(row => new object?[] { row.Source.Name, row.Source.NameAr, row.Type, row.Subject, row.Object, row.Claim.Status.ToWire(), Documents(row.Claim) });
        return (["source", "sourceAr", "type", "subject", "object", "status", "documents"], rows);
    }

    private static (string[], IEnumerable<object?[]>) SentencesBehind(GraphSnapshot graph, string relationId)
    {
        var documents = graph.Documents.ToDictionary(document => document.Name, StringComparer.Ordinal);
        var rows = graph.Relations.Where(relation => relation.Id == relationId)
            .SelectMany(relation => relation.Evidence)
            .OrderBy(item => item.Document, StringComparer.Ordinal).ThenBy(item => item.Start)
            .Select(item => new object?[]
            {
                item.Document, documents[item.Document].Title, documents[item.Document].Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                item.Start, item.End, item.Status.ToWire(), item.Text,
            });
        return (["document", "title", "published", "start", "end", "status", "sentence"], rows);
    }

    private static (string[], IEnumerable<object?[]>) MostConnected(GraphSnapshot graph, long limit)
    {
        var rows = graph.Entities
            .Select(entity => (Entity: entity, Relations: graph.Relations.Where(relation => relation.Source == entity.Id || relation.Target == entity.Id).ToList()))
            .Where(row => row.Relations.Count > 0)
            .Select(row => (row.Entity, Counterparts: row.Relations.Select(relation => relation.Source == row.Entity.Id ? relation.Target : relation.Source).Distinct().Count(),
                Relationships: row.Relations.Count))
            .OrderByDescending(row => row.Counterparts).ThenByDescending(row => row.Relationships).ThenBy(row => row.Entity.Id, StringComparer.Ordinal)
            .Take((int)limit)
            .Select(row => new object?[] { row.Entity.Id, row.Entity.Type.ToWire(), row.Entity.Name, row.Entity.NameAr, row.Counterparts, row.Relationships });
        return (["id", "type", "name", "nameAr", "counterparts", "relationships"], rows);
    }

    private static Dictionary<string, Entity> Entities(GraphSnapshot graph) => graph.Entities.ToDictionary(entity => entity.Id, StringComparer.Ordinal);

    private static List<string> Documents(Relation relation) =>
        relation.Evidence.Select(item => item.Document).Order(StringComparer.Ordinal).ToList();

    /// <summary>Cypher's ascending order: strings by code unit, null after every value.</summary>
    private static readonly IComparer<string?> NullsLast = Comparer<string?>.Create((a, b) =>
        a is null ? (b is null ? 0 : 1) : b is null ? -1 : string.CompareOrdinal(a, b));

    // ```sh / kg query pack/name [--param k=v]... / ``` then ```text / the table / ```
    [GeneratedRegex(@"```sh\n\./kg query (?<query>[a-z]+/[a-z0-9-]+)(?<arguments>[^\n]*)\n```\n\n```text\n(?<output>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Example();

    [GeneratedRegex(@"--param\s+(?:""([^""]*)""|(\S+))")]
    private static partial Regex ParameterArgument();
}
