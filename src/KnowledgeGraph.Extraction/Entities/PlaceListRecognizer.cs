using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// "في أبوعريش وضمد وصامطة والطوال وصبيا": in a list joined by و or commas, of which two or more items are named
/// places, an unlisted name is a place too. A list starts at a known place, or at an unlisted name right after
/// "في"، "من"، "إلى" or "بين"; an item that is something else (a body, a common word) ends it, though a known
/// entity of another type is passed over ("وفيفا" read as the football body).
/// </summary>
public sealed class PlaceListRecognizer : IPipelineComponent
{
    private const int MaxItemTokens = 3;
    private const int KnownPlacesNeeded = 2;
    private const int ItemsNeeded = 3;

    private static readonly HashSet<string> Introducers = new(StringComparer.Ordinal) { "في", "من", "الي", "بين", "وفي" };

    private readonly NameWords _nameWords;

    public PlaceListRecognizer(NameWords nameWords) => _nameWords = nameWords;

    private enum ItemKind
    {
        Place,
        OtherEntity,
        /// <summary>A common word with و between two items ("والطوال" between places): passed over, not taken.</summary>
        OtherWord,
        Unlisted,
    }

    private readonly record struct Item(ItemKind Kind, int First, int End, int Prefix);

    public void Process(Doc doc)
    {
        var table = MentionTable.For(doc);
        var words = _nameWords.For(doc);
        var tokens = doc.Tokens;
        var items = new List<Item>();
        var found = new List<EntityMention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var first = ReadItem(tokens, table, words, i, waw: null);
            if (first is not { } start || start.Kind is ItemKind.OtherEntity or ItemKind.OtherWord
                || start.Kind == ItemKind.Unlisted && (start.Prefix > 0 || i == 0 || !Introducers.Contains(tokens[i - 1].Text)))
            {
                continue;
            }
            items.Clear();
            items.Add(start);
            var end = start.End;
            while (NextItem(tokens, table, words, end) is { } next)
            {
                items.Add(next);
                end = next.End;
            }
            if (items.Count >= ItemsNeeded && items.Count(item => item.Kind == ItemKind.Place) >= KnownPlacesNeeded)
            {
                foreach (var item in items.Where(item => item.Kind == ItemKind.Unlisted))
                {
                    found.Add(Place(doc, item));
                }
            }
            i = end - 1;
        }
        foreach (var mention in found)
        {
            table.Add(mention);
        }
    }

    /// <summary>The item after a separator: a comma (و optional after it) or a word with و.</summary>
    private static Item? NextItem(IReadOnlyList<Token> tokens, MentionTable table, WordFeatures words, int end)
    {
        if (end >= tokens.Count || tokens[end].LineBreakBefore)
        {
            return null;
        }
        if (tokens[end].Text is "،" or ",")
        {
            return end + 1 < tokens.Count && !tokens[end + 1].LineBreakBefore ? ReadItem(tokens, table, words, end + 1, waw: null) : null;
        }
        return ReadItem(tokens, table, words, end, waw: true);
    }

    /// <param name="waw">Whether the item must start with و (true), must not (false), or may (null).</param>
    private static Item? ReadItem(IReadOnlyList<Token> tokens, MentionTable table, WordFeatures words, int index, bool? waw)
    {
        var token = tokens[index];
        if (token.Kind != TokenKind.Word)
        {
            return null;
        }
        var hasWaw = token.Text.Length >= 4 && token.Text[0] == 'و';
        if (table.StartingAt(index, mention => !mention.Nested && mention.Kind == MentionKind.Name) is { } known)
        {
            var prefixed = known.Start > token.Start;
            if (waw == true && !prefixed || waw == false && prefixed)
            {
                return null;
            }
            return new Item(known.Type == EntityType.Location ? ItemKind.Place : ItemKind.OtherEntity, index, known.EndToken, 0);
        }
        if (table.Covering(index) is not null || waw == true && !hasWaw || waw == false && hasWaw)
        {
            return null;
        }
        if (!IsPlaceWord(words, index, hasWaw && waw != false))
        {
            var separated = index + 1 < tokens.Count && !tokens[index + 1].LineBreakBefore
                            && (tokens[index + 1].Text is "،" or "," || tokens[index + 1].Kind == TokenKind.Word && tokens[index + 1].Text[0] == 'و');
            return hasWaw && separated && !words.IsStopword(index) ? new Item(ItemKind.OtherWord, index, index + 1, 1) : null;
        }
        var end = index + 1;
        while (end < tokens.Count && end - index < MaxItemTokens && !tokens[end].LineBreakBefore && tokens[end].Kind == TokenKind.Word
               && tokens[end].Text[0] != 'و' && table.Covering(end) is null && IsPlaceWord(words, end, hasWaw: false))
        {
            end++;
        }
        // An item ends where the next one or the sentence does: "للجبيل وينبع، يتأمل الكثير" goes on as a clause.
        if (end < tokens.Count && !tokens[end].LineBreakBefore && !(tokens[end].Kind == TokenKind.Punctuation || tokens[end].Text[0] == 'و'))
        {
            return null;
        }
        return new Item(ItemKind.Unlisted, index, end, hasWaw && waw != false ? 1 : 0);
    }

    /// <summary>
    /// A word no lexicon calls common (in any clitic reading), a function word, a title, a head or a given name. With و
    /// ("والحرث") the word is not read as a name word, which و with the article never is.
    /// </summary>
    private static bool IsPlaceWord(WordFeatures words, int index, bool hasWaw) =>
        (hasWaw || words.IsNameWord(index, first: false)) && !words.IsCommon(index) && !words.IsStopword(index) && !words.StartsTitle(index)
        && !words.StartsHead(index) && words.GivenNameLength(index) == 0;

    private static EntityMention Place(Doc doc, Item item)
    {
        var tokens = doc.Tokens;
        var start = tokens[item.First].Start + item.Prefix;
        var end = tokens[item.End - 1].End;
        return new EntityMention
        {
            FirstToken = item.First,
            EndToken = item.End,
            Start = start,
            End = end,
            Type = EntityType.Location,
            Kind = MentionKind.Name,
            Source = MentionSource.Coordination,
            NameKey = doc.Normalized.Text[start..end],
            NameStart = start,
            NameEnd = end,
        };
    }
}
