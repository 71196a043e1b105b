using System.Globalization;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Evaluation;

/// <summary>For the gold entities of one type: how many were found, and how many of those have an English name in
/// Latin script, one from the hand-made gazetteer (all an extractor without open data would have), from open data,
/// an open-data id (GeoNames or Wikidata) and a point.</summary>
public sealed record LinkCoverageRow(string Type, int Gold, int Found, int Latin, int FromGazetteer, int FromKnowledgeBase, int WithId, int WithPoint);

/// <summary>How readable and linkable the extracted entities of gold articles are, by gold type.</summary>
public static class LinkCoverage
{
    public static IReadOnlyList<LinkCoverageRow> Of(EvaluationResult result, IEnumerable<GoldDocument> gold)
    {
        var goldByType = gold.SelectMany(document => document.Entities).GroupBy(entity => entity.Type).ToDictionary(group => group.Key, group => group.Count());
        var pairs = result.Documents.SelectMany(document => document.EntityPairs).ToList();
        return goldByType.Keys.Order(StringComparer.Ordinal).Select(type =>
        {
            var found = pairs.Where(pair => pair.Gold.Type == type).Select(pair => pair.Predicted).ToList();
            return new LinkCoverageRow(type, goldByType[type], found.Count,
                found.Count(entity => IsLatin(entity.Name)),
                found.Count(entity => entity.Links.NameSource == NameSource.Gazetteer),
                found.Count(entity => entity.Links.NameSource == NameSource.KnowledgeBase),
                found.Count(entity => entity.Links.GeoNames is not null || entity.Links.Wikidata is not null),
                found.Count(entity => entity.Links.Point is not null));
        }).ToList();
    }

    /// <summary>A name in Latin script: some Latin letter, no Arabic one.</summary>
    public static bool IsLatin(string name) =>
        name.Any(char.IsAsciiLetter) && !name.Any(c => c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFEFF');

    public static void Print(IReadOnlyList<LinkCoverageRow> rows, TextWriter writer)
    {
        writer.WriteLine("English names and links of the gold entities found (found as a share of gold, the rest as shares of those found;");
        writer.WriteLine("gazet.: the name is the gazetteer's or a cue's gloss, as without open data; kb: GeoNames'; id: GeoNames or Wikidata):");
        writer.WriteLine($"{"",-14}{"gold",7}{"found",7}{"",8}{"latin",9}{"gazet.",9}{"kb",9}{"id",9}{"point",9}");
        foreach (var row in rows.Append(Total(rows)))
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{row.Type,-14}{row.Gold,7}{row.Found,7}{Share(row.Found, row.Gold),8}{Share(row.Latin, row.Found),9}{Share(row.FromGazetteer, row.Found),9}{Share(row.FromKnowledgeBase, row.Found),9}{Share(row.WithId, row.Found),9}{Share(row.WithPoint, row.Found),9}"));
        }
    }

    private static LinkCoverageRow Total(IReadOnlyList<LinkCoverageRow> rows) => new(
        "all", rows.Sum(row => row.Gold), rows.Sum(row => row.Found), rows.Sum(row => row.Latin), rows.Sum(row => row.FromGazetteer),
        rows.Sum(row => row.FromKnowledgeBase), rows.Sum(row => row.WithId), rows.Sum(row => row.WithPoint));

    private static string Share(int part, int whole) =>
        whole == 0 ? "-" : ((double)part / whole).ToString("P1", CultureInfo.InvariantCulture).Replace(" ", "", StringComparison.Ordinal);
}
