using KnowledgeGraph.Extraction.Matching;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// News outlets named without their head noun where the context says the name is an outlet's: a
/// segment of the dateline at the top of the article ("سعود الدعجاني – سبق – جدة:"، "عين اليوم – القاهرة")
/// and the quoted addressee of a statement ("وقال لـ«الشرق الأوسط»"). Elsewhere these names are
/// ordinary words or places ("سبق" = preceded, "الشرق الأوسط" = the Middle East), so the gazetteer
/// lists outlets with their head ("صحيفة سبق"); the bare name is that form without its head.
/// </summary>
public sealed class OutletRecognizer : IPipelineComponent
{
    /// <summary>The dateline is on one of the first lines of the body (after the headline).</summary>
    private const int DatelineLines = 3;

    /// <summary>A dateline segment is a name or a place, a few words at most.</summary>
    private const int MaxSegmentTokens = 4;

    private readonly PhraseIndex<GazetteerEntry> _bareNames;
    private readonly Gazetteer _gazetteer;

    public OutletRecognizer(LanguageResources resources)
    {
        _gazetteer = resources.Gazetteer;
        _bareNames = new PhraseIndex<GazetteerEntry>(resources.Normalizer);
        foreach (var entry in resources.Gazetteer.Entries)
        {
            var space = entry.NameAr.IndexOf(' ');
            if (entry.Type == EntityType.Organization && entry.Kind == "news" && space > 0
                && resources.Cues.OrganizationHeads.Lookup(entry.NameAr[..space]).Any(head => head.Kind == "news"))
            {
                _bareNames.Add(entry.NameAr[(space + 1)..], entry);
            }
        }
    }

    public void Process(Doc doc)
    {
        var found = new List<EntityMention>();
        QuotedAddressees(doc, found);
        DatelineSegments(doc, found);
        if (found.Count == 0)
        {
            return;
        }
        // The context decides: the same words read as a place or a common name give way.
        doc.Mentions.RemoveAll(mention => found.Any(outlet => mention.FirstToken >= outlet.FirstToken && mention.EndToken <= outlet.EndToken));
        doc.Mentions.AddRange(found);
        doc.MentionTable = null;
    }

    /// <summary>"لـ«الشرق الأوسط»"، "لـ"عكاظ"": ل alone, then the name in quotation marks.</summary>
    private void QuotedAddressees(Doc doc, List<EntityMention> found)
    {
        var tokens = doc.Tokens;
        for (var i = 0; i + 3 < tokens.Count; i++)
        {
            if (tokens[i].Text != "ل" || !IsQuote(tokens[i + 1]) || tokens[i + 2].LineBreakBefore)
            {
                continue;
            }
            if (_bareNames.Match(tokens, i + 2, allowClitics: false) is { } match && match.EndToken < tokens.Count && IsQuote(tokens[match.EndToken]))
            {
                found.Add(Outlet(match));
            }
        }
    }

    /// <summary>"سعود الدعجاني– سبق– جدة:": segments set apart by dashes on one of the first lines.</summary>
    private void DatelineSegments(Doc doc, List<EntityMention> found)
    {
        var tokens = doc.Tokens;
        var line = 0;
        var lineStart = 0;
        // Only the first lines are read: the rest of the article has no dateline.
        for (var i = 0; i <= tokens.Count && line <= DatelineLines; i++)
        {
            if (i < tokens.Count && (i == 0 || !tokens[i].LineBreakBefore))
            {
                continue;
            }
            if (line > 0 && i > lineStart)
            {
                Dateline(tokens, lineStart, i, found);
            }
            line++;
            lineStart = i;
        }
    }

    private void Dateline(IReadOnlyList<Token> tokens, int first, int end, List<EntityMention> found)
    {
        var segmentStart = first;
        var dashes = 0;
        var segments = new List<(int First, int End)>();
        for (var k = first; k <= end; k++)
        {
            var closes = k == end || tokens[k].Text is ":" || IsDash(tokens[k]);
            if (!closes)
            {
                continue;
            }
            segments.Add((segmentStart, k));
            if (k == end || tokens[k].Text is ":")
            {
                break;
            }
            dashes++;
            segmentStart = k + 1;
        }
        if (dashes == 0)
        {
            return;
        }
        foreach (var (segmentFirst, segmentEnd) in segments)
        {
            if (segmentEnd - segmentFirst is < 1 or > MaxSegmentTokens
                || _bareNames.Match(tokens, segmentFirst, allowClitics: false) is not { } match || match.EndToken != segmentEnd)
            {
                continue;
            }
            // "عين اليوم – الرياض": a segment that is a place is where the report comes from.
            if (_gazetteer.Forms.Match(tokens, segmentFirst, allowClitics: false) is { } place && place.EndToken == segmentEnd
                && place.Values.Any(form => form.Entry.Type is EntityType.Location or EntityType.Country))
            {
                continue;
            }
            found.Add(Outlet(match));
        }
    }

    private static EntityMention Outlet(PhraseMatch<GazetteerEntry> match) => new()
    {
        FirstToken = match.FirstToken,
        EndToken = match.EndToken,
        Start = match.Start,
        End = match.End,
        Type = EntityType.Organization,
        Kind = MentionKind.Name,
        Source = MentionSource.Gazetteer,
        Known = match.Value,
        NameStart = match.Start,
        NameEnd = match.End,
    };

    private static bool IsQuote(Token token) => token.Kind == TokenKind.Punctuation && token.Text is "«" or "»" or "\"" or "“" or "”";

    private static bool IsDash(Token token) => token.Kind == TokenKind.Punctuation && token.Text is "-" or "–" or "—";
}
