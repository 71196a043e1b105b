using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// One document as relation finding reads it: its tokens and mentions, title phrases by token,
/// where triggers start, and the readers over them: <see cref="Clauses"/> (prepositions, clause
/// edges), <see cref="Arguments"/> (the mentions that fill argument slots) and
/// <see cref="References"/> (what pronouns, duals and head nouns refer to).
/// </summary>
public sealed class RelationContext
{
    public RelationContext(Doc doc, LanguageResources resources, WordFeatures features)
    {
        Doc = doc;
        Resources = resources;
        Features = features;
        Words = resources.Relations.ArgumentWords;
        Table = MentionTable.For(doc);
        foreach (var mention in doc.Mentions)
        {
            foreach (var role in mention.AllRoles)
            {
                RolesByToken.TryAdd(role.FirstToken, role);
                RolesByToken.TryAdd(role.LeadingToken, role);
            }
        }
        Clauses = new ClauseNavigator(this);
        Arguments = new ArgumentFinder(this);
        References = new ReferenceResolver(this);
    }

    public Doc Doc { get; }
    public LanguageResources Resources { get; }
    public WordFeatures Features { get; }
    public ArgumentWords Words { get; }
    public MentionTable Table { get; }
    public IReadOnlyList<Token> Tokens => Doc.Tokens;

    public ClauseNavigator Clauses { get; }
    public ArgumentFinder Arguments { get; }
    public ReferenceResolver References { get; }

    /// <summary>Title phrases by their first token.</summary>
    public Dictionary<int, RolePhrase> RolesByToken { get; } = [];

    /// <summary>Tokens where a verbal-noun trigger starts: a mention right after one is its genitive.</summary>
    public HashSet<int> NounTriggerTokens { get; } = [];

    private readonly Dictionary<int, List<Trigger>> _triggersByToken = [];

    /// <summary>Whether any trigger starts at a token: a place search stops at the next event.</summary>
    public bool StartsTrigger(int token) => _triggersByToken.ContainsKey(token);

    public void MarkTriggers(IEnumerable<Trigger> triggers)
    {
        foreach (var trigger in triggers)
        {
            if (!_triggersByToken.TryGetValue(trigger.FirstToken, out var here))
            {
                here = [];
                _triggersByToken.Add(trigger.FirstToken, here);
            }
            here.Add(trigger);
            if (!trigger.IsVerb)
            {
                NounTriggerTokens.Add(trigger.FirstToken);
            }
        }
    }

    public bool IsVerbTrigger(int token) => !NounTriggerTokens.Contains(token);

    /// <summary>Whether a trigger of one of these frames starts at a token ("حضر الاستقبال": a reception noun).</summary>
    public bool StartsTriggerOf(int token, params ReadOnlySpan<Frame> frames) => TriggerOf(token, frames) is not null;

    /// <summary>The trigger of one of these frames that starts at a token, if any.</summary>
    public Trigger? TriggerOf(int token, params ReadOnlySpan<Frame> frames)
    {
        if (_triggersByToken.TryGetValue(token, out var found))
        {
            foreach (var trigger in found)
            {
                if (frames.Contains(trigger.Info.Frame))
                {
                    return trigger;
                }
            }
        }
        return null;
    }

    /// <summary>The people named from a token up to an end token, each once, in order: a list of attendees or receivers.</summary>
    public List<EntityMention> PersonsFrom(int from, int end) =>
        Doc.Mentions
            .Where(mention => mention.Type == EntityType.Person && mention.Entity is not null && !mention.Nested && !mention.Weak
                              && mention.FirstToken >= from && mention.EndToken <= end && mention.Kind != MentionKind.Descriptor)
            .GroupBy(mention => mention.Entity)
            .Select(group => group.First())
            .ToList();

    /// <summary>Whether a trigger is written with the article ("الاجتماع"، "للزيارة").</summary>
    public bool IsDefinite(Trigger trigger)
    {
        var text = Doc.Normalized.Text[trigger.Start..Tokens[trigger.FirstToken].End];
        return text.StartsWith("ال", StringComparison.Ordinal);
    }
}
