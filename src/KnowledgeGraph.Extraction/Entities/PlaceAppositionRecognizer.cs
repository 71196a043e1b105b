using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// "في فانغتشوان، الصين"، "تالين، إستونيا": an unlisted name followed by a comma and a country is a
/// place in that country (datelines, bylines, "in X, Country").
/// </summary>
public sealed class PlaceAppositionRecognizer : IPipelineComponent
{
    private const int MaxNameTokens = 3;

    private readonly NameWords _nameWords;

    public PlaceAppositionRecognizer(NameWords nameWords) => _nameWords = nameWords;

    public void Process(Doc doc)
    {
        var table = MentionTable.For(doc);
        var words = _nameWords.For(doc);
        var tokens = doc.Tokens;
        for (var comma = 1; comma + 1 < tokens.Count; comma++)
        {
            if (tokens[comma].Text is not ("،" or ",")
                || table.StartingAt(comma + 1, mention => mention is { Type: EntityType.Country, Kind: MentionKind.Name, Source: MentionSource.Gazetteer }) is null)
            {
                continue;
            }
            var start = comma;
            while (start > 0 && comma - start < MaxNameTokens && table.Covering(start - 1) is null && !tokens[start].LineBreakBefore
                   && words.IsNameWord(start - 1, first: false) && words.GivenNameLength(start - 1) == 0)
            {
                start--;
            }
            // Only where a place is expected: after "في"/"من" or at the start of a line (a dateline).
            var introduced = start == 0 || tokens[start].LineBreakBefore || tokens[start - 1].Text is "في" or "من" or "وفي";
            if (start == comma || !introduced || !words.IsNameWord(start, first: true))
            {
                continue;
            }
            table.Add(EntityMention.Unlisted(doc, start, comma, tokens[start].Start, EntityType.Location, MentionSource.Head));
        }
    }
}
