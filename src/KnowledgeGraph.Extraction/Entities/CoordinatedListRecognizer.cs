using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// Lists joined by و or commas whose items are named entities of one kind: when two or more items are known
/// places, an unlisted name in the list is a place too ("في أبوعريش وضمد وصامطة والطوال وصبيا"); when two or more are
/// people, an unlisted given name and the words after it are a person ("وعمر السومة وسلمان المؤشر وصالح العمري").
/// An item ends where the next one or the sentence does; a list ends at anything else. A list starts at a known
/// entity, at an unlisted name right after "في"، "من"، "إلى" or "بين", or at a given name.
/// </summary>
public sealed class CoordinatedListRecognizer : IPipelineComponent
{
    private const int MaxItemTokens = 3;
    private const int KnownItemsNeeded = 2;
    private const int ItemsNeeded = 3;

    private static readonly HashSet<string> PlaceIntroducers = new(StringComparer.Ordinal) { "في", "من", "الي", "بين", "وفي" };

    private readonly NameWords _nameWords;

    public CoordinatedListRecognizer(NameWords nameWords) => _nameWords = nameWords;

    private readonly record struct Item(EntityType? Known, int First, int End, int Prefix);

    public void Process(Doc doc)
    {
        var table = MentionTable.For(doc);
        var words = _nameWords.For(doc);
        var tokens = doc.Tokens;
        var items = new List<Item>();
        var found = new List<EntityMention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (ReadItem(tokens, table, words, i, waw: null) is not { } start
                || start.Known is null && (start.Prefix > 0 || !StartsPersonItem(words, start) && (i == 0 || !PlaceIntroducers.Contains(tokens[i - 1].Text))))
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
            if (items.Count >= ItemsNeeded)
            {
                AddUnlisted(doc, words, items, found);
            }
            i = end - 1;
        }
        foreach (var mention in found)
        {
            table.Add(mention);
        }
    }

    private static void AddUnlisted(Doc doc, WordFeatures words, List<Item> items, List<EntityMention> found)
    {
        var places = items.Count(item => item.Known == EntityType.Location) >= KnownItemsNeeded;
        var people = items.Count(item => item.Known == EntityType.Person) >= KnownItemsNeeded;
        foreach (var item in items)
        {
            if (item.Known is not null)
            {
                continue;
            }
            if (places && IsPlaceItem(words, item))
            {
                found.Add(Place(doc, item));
            }
            else if (people && item.End - item.First >= 2 && StartsPersonItem(words, item))
            {
                found.Add(NameRunReader.Person(doc, item.First, item.End, MentionSource.Coordination, item.Prefix));
            }
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

    /// <param name="waw">Whether the item must start with و (true) or may (null).</param>
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
            return waw == true && known.Start == token.Start ? null : new Item(known.Type, index, known.EndToken, 0);
        }
        if (table.Covering(index) is not null || waw == true && !hasWaw || !CanBeInItem(words, index))
        {
            return null;
        }
        var end = index + 1;
        while (end < tokens.Count && end - index < MaxItemTokens && !tokens[end].LineBreakBefore && tokens[end].Kind == TokenKind.Word
               && tokens[end].Text[0] != 'و' && table.Covering(end) is null && CanBeInItem(words, end))
        {
            end++;
        }
        // An item ends where the next one or the sentence does: "للجبيل وينبع، يتأمل الكثير" goes on as a clause.
        if (end < tokens.Count && !tokens[end].LineBreakBefore && !(tokens[end].Kind == TokenKind.Punctuation || tokens[end].Text[0] == 'و'))
        {
            return null;
        }
        return new Item(null, index, end, hasWaw ? 1 : 0);
    }

    private static bool CanBeInItem(WordFeatures words, int index) =>
        !words.IsStopwordTitleOrHead(index);

    /// <summary>
    /// Every word is one no lexicon calls common (in any clitic reading) or a given name. With و ("والحرث") the word is
    /// not read as a name word, which و with the article never is.
    /// </summary>
    private static bool IsPlaceItem(WordFeatures words, Item item)
    {
        for (var k = item.First; k < item.End; k++)
        {
            if (words.IsCommon(k) || words.GivenNameLength(k) > 0 || !(k == item.First && item.Prefix > 0 || words.IsNameWord(k, first: false)))
            {
                return false;
            }
        }
        return true;
    }

    private static bool StartsPersonItem(WordFeatures words, Item item) => words.GivenNameLength(item.First) > 0;

    private static EntityMention Place(Doc doc, Item item) =>
        EntityMention.Unlisted(doc, item.First, item.End, doc.Tokens[item.First].Start + item.Prefix, EntityType.Location, MentionSource.Coordination);
}
