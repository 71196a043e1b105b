using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// Who a sentence cites for what it reports: "ذكرت وكالة إنترفاكس أن ..."، "نقلت وكالة الأنباء
/// الكورية الشمالية عن كيم ..."، "وفق الصحيفة الأمريكية" (the outlet last named), "وقال الكرملين إن".
/// Cues are data (Data/relations/attribution.tsv).
/// </summary>
public sealed class AttributionFinder
{
    private readonly RelationContext _context;
    private readonly Dictionary<int, (DocEntity? Source, int CueToken)> _cache = new();

    public AttributionFinder(RelationContext context) => _context = context;

    /// <summary>The cited source of a sentence and the token of its cue, or null.</summary>
    public (DocEntity Source, int CueToken)? Of(Sentence sentence)
    {
        if (!_cache.TryGetValue(sentence.Index, out var found))
        {
            found = Find(sentence);
            _cache[sentence.Index] = found;
        }
        return found.Source is null ? null : (found.Source, found.CueToken);
    }

    private (DocEntity? Source, int CueToken) Find(Sentence sentence)
    {
        var tokens = _context.Tokens;
        var cues = _context.Resources.Relations.Attribution;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || cues.Match(tokens, k) is not { } cue)
            {
                continue;
            }
            var after = cue.Value.IsVerb ? _context.Clauses.SkipAdverbials(cue.EndToken) : cue.EndToken;
            if (after >= sentence.EndToken)
            {
                continue;
            }
            var source = SourceAt(after, cue.Value.IsVerb);
            if (source is not null)
            {
                return (source, k);
            }
        }
        return (null, -1);
    }

    private DocEntity? SourceAt(int index, bool verb)
    {
        var tokens = _context.Tokens;
        if (_context.Arguments.PersonAt(index, allowPreposition: !verb) is { } person)
        {
            return person.Mention.Entity;
        }
        foreach (var mention in _context.Table.AllStartingAt(index))
        {
            if (mention.Entity is { Type: EntityType.Organization } organization && !mention.Nested)
            {
                return organization;
            }
        }
        if (_context.Words.Is(tokens[index], ArgumentWordClass.Outlet))
        {
            return LastOrganizationBefore(tokens[index].Start);
        }
        return null;
    }

    /// <summary>The organisation named last before a point (for "الصحيفة"، "الوكالة").</summary>
    private DocEntity? LastOrganizationBefore(int position) =>
        _context.Doc.Mentions
            .Where(mention => mention.Start < position && mention.Entity is { Type: EntityType.Organization } && mention.Kind == MentionKind.Name)
            .OrderByDescending(mention => mention.Start)
            .Select(mention => mention.Entity)
            .FirstOrDefault();
}
