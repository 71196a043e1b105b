using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations.Candidates;

/// <summary>
/// Lists of people in one sentence: names one after another, separated by commas or joined by و,
/// with only their titles between ("حضر الاستقبال الأمير فلان، ووزير الخارجية فلان، والسفير فلان").
/// Whoever is in such a list after a presence or reception cue shares what the cue says of the
/// list; the features say whether a mention is in a list, how long it is and where it starts.
/// </summary>
public sealed class PersonLists
{
    /// <summary>The most tokens between two names of one list (a long title chain fits).</summary>
    private const int MaxGap = 14;

    private readonly Dictionary<EntityMention, PersonList> _listOf = [];

    public PersonLists(Doc doc, MentionTable table)
    {
        var tokens = doc.Tokens;
        var triggerStarts = new HashSet<int>(doc.Triggers.Select(trigger => trigger.FirstToken));
        foreach (var sentence in doc.Sentences)
        {
            EntityMention? previous = null;
            List<EntityMention>? members = null;
            foreach (var mention in table.Within(sentence.FirstToken, sentence.EndToken))
            {
                if (mention.Type != EntityType.Person || mention.Nested || mention.Entity is null)
                {
                    continue;
                }
                if (previous is not null && mention.FirstToken >= previous.EndToken && Linked(tokens, triggerStarts, previous, mention))
                {
                    members ??= [previous];
                    members.Add(mention);
                }
                else
                {
                    Close(members);
                    members = null;
                }
                previous = mention;
            }
            Close(members);
        }
    }

    /// <summary>The list a mention belongs to, or null when it stands alone.</summary>
    public PersonList? Of(EntityMention mention) => _listOf.GetValueOrDefault(mention);

    private void Close(List<EntityMention>? members)
    {
        if (members is null || members.Count < 2)
        {
            return;
        }
        var list = new PersonList(members[0].FirstToken, members.Count);
        foreach (var member in members)
        {
            _listOf[member] = list;
        }
    }

    /// <summary>Two names are one list when a comma or و joins them and no cue, clause end or line break comes between.</summary>
    private static bool Linked(IReadOnlyList<Token> tokens, HashSet<int> triggerStarts, EntityMention left, EntityMention right)
    {
        if (right.FirstToken - left.EndToken > MaxGap)
        {
            return false;
        }
        var joined = tokens[right.FirstToken].Text.StartsWith('و');
        for (var k = left.EndToken; k < right.FirstToken; k++)
        {
            var token = tokens[k];
            if (token.LineBreakBefore || triggerStarts.Contains(k) || token.Kind == TokenKind.Punctuation && token.Text is "." or "؟" or "!" or ":" or "؛")
            {
                return false;
            }
            joined |= token.Kind == TokenKind.Punctuation && token.Text is "،" or ","
                      || k == left.EndToken && token.IsWord && token.Text.StartsWith('و');
        }
        return joined;
    }
}

/// <summary>A list of people: where its first name starts and how many names it has.</summary>
public sealed record PersonList(int FirstToken, int Size);
