using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// What a word that does not name an entity refers to: the antecedent of an attached pronoun or
/// an honorific ("سموه"), the two people a dual stands for ("الرجلان"), a head noun alone that
/// refers back to a body ("الوزارة"); and the mention that stands for an entity as an argument.
/// </summary>
public sealed class ReferenceResolver
{
    private readonly RelationContext _c;
    private readonly Dictionary<int, List<EntityMention>> _personsBySentence = new();

    public ReferenceResolver(RelationContext context)
    {
        _c = context;
        var doc = context.Doc;
        foreach (var mention in doc.Mentions)
        {
            if (mention.Type == EntityType.Person && mention.Entity is not null)
            {
                var sentence = doc.SentenceOf(mention.FirstToken).Index;
                if (!_personsBySentence.TryGetValue(sentence, out var list))
                {
                    list = [];
                    _personsBySentence.Add(sentence, list);
                }
                list.Add(mention);
            }
        }
    }

    private Doc Doc => _c.Doc;
    private IReadOnlyList<Token> Tokens => _c.Tokens;

    /// <summary>
    /// Who an attached pronoun stands for: a person earlier in the sentence (not the clause's own
    /// subject), else the person most mentioned in the three sentences before.
    /// </summary>
    public DocEntity? Antecedent(int position, DocEntity? exclude = null)
    {
        var sentence = Doc.SentenceOf(Math.Min(position, Tokens.Count - 1)).Index;
        // An honorific pronoun ("سموه"، "فخامته"، "معاليه") says what kind of person it stands for.
        var wanted = HonorificClass(position);
        if (wanted is not null)
        {
            var before = Tokens[Math.Min(position, Tokens.Count - 1)].Start;
            // The classes are in order of preference: "سمو" is a prince's before a king's.
            foreach (var cls in wanted)
            {
                var fitting = Doc.Entities
                    .Where(entity => entity.Type == EntityType.Person && entity != exclude && entity.FirstPosition < before
                                     && entity.Roles.Any(role => role.Title.Class == cls))
                    .OrderByDescending(entity => entity.Mentions.Count(mention => mention.Start < before))
                    .FirstOrDefault();
                if (fitting is not null)
                {
                    return fitting;
                }
            }
        }
        if (_personsBySentence.TryGetValue(sentence, out var here))
        {
            var nearest = here.Where(mention => mention.FirstToken < position && mention.Entity != exclude)
                .OrderByDescending(mention => mention.FirstToken).FirstOrDefault();
            if (nearest is not null)
            {
                return nearest.Entity;
            }
        }
        var counts = new Dictionary<DocEntity, (int Count, int Last)>();
        for (var s = sentence - 1; s >= Math.Max(0, sentence - 3); s--)
        {
            if (!_personsBySentence.TryGetValue(s, out var mentions))
            {
                continue;
            }
            foreach (var mention in mentions)
            {
                if (mention.Entity is { } entity && entity != exclude)
                {
                    counts[entity] = counts.TryGetValue(entity, out var value)
                        ? (value.Count + 1, Math.Max(value.Last, mention.FirstToken))
                        : (1, mention.FirstToken);
                }
            }
        }
        return counts.Count == 0
            ? null
            : counts.OrderByDescending(pair => pair.Value.Count + Salience(pair.Key)).ThenByDescending(pair => pair.Value.Last).First().Key;
    }

    private TitleClass[]? HonorificClass(int position)
    {
        for (var k = position; k <= Math.Min(position + 1, Tokens.Count - 1); k++)
        {
            if (!IsHonorificPronoun(k))
            {
                continue;
            }
            var text = Tokens[k].Text;
            return text.StartsWith("سمو", StringComparison.Ordinal)
                ? [TitleClass.Nobility, TitleClass.Royal]
                : text.StartsWith("جلال", StringComparison.Ordinal)
                ? [TitleClass.Royal]
                : text.StartsWith("فخام", StringComparison.Ordinal) || text.StartsWith("دولت", StringComparison.Ordinal)
                    ? [TitleClass.Leader, TitleClass.Government]
                    : text.StartsWith("معالي", StringComparison.Ordinal) ? [TitleClass.Minister, TitleClass.Official, TitleClass.Diplomat, TitleClass.Governor]
                    : text.StartsWith("سماح", StringComparison.Ordinal) || text.StartsWith("فضيل", StringComparison.Ordinal) ? [TitleClass.Religious]
                    : null;
        }
        return null;
    }

    /// <summary>How central a person is to the whole article: a tie-breaker for antecedents.</summary>
    private static int Salience(DocEntity entity) => Math.Min(3, entity.Mentions.Count / 3);

    /// <summary>
    /// "المعهد"، "الوزارة"، "الصحيفة": a head noun alone refers back to the last body of that kind the
    /// article named. Such a back-reference is not an alias, but it can be a relation's argument.
    /// </summary>
    public DocEntity? BackReference(int index)
    {
        if (index >= Tokens.Count || Tokens[index].Kind != TokenKind.Word)
        {
            return null;
        }
        var text = Tokens[index].Text;
        if (text.Length > 3 && text[0] is 'و' or 'ف')
        {
            text = text[1..];
        }
        if (!text.StartsWith("ال", StringComparison.Ordinal) || _c.Resources.Cues.OrganizationHeads.Lookup(text[2..]).Count == 0)
        {
            return null;
        }
        var head = text[2..];
        var position = Tokens[index].Start;
        return Doc.Mentions
            .Where(mention => mention.Start < position && mention.Entity is { Type: EntityType.Organization } && mention.Kind == MentionKind.Name
                              && Doc.Normalized.Text[mention.Start..mention.End].Replace("ال", "").Contains(head, StringComparison.Ordinal))
            .OrderByDescending(mention => mention.Start)
            .Select(mention => mention.Entity)
            .FirstOrDefault();
    }

    /// <summary>An honorific with a pronoun ("سموه"، "معاليه") stands for the person last spoken of.</summary>
    /// <summary>
    /// When a trigger's person is a pronoun, attached ("برفقته"، "في استقباله") or an honorific word after it ("بمعية
    /// سموه"، "في وداع سموه"): the token after that pronoun; else null.
    /// </summary>
    public int? AfterPronounArgument(Trigger trigger) =>
        trigger.Pronoun is Pronoun.ThirdMasculine or Pronoun.ThirdFeminine ? trigger.EndToken
        : IsHonorificPronoun(trigger.EndToken) ? trigger.EndToken + 1
        : null;

    public bool IsHonorificPronoun(int index) => index < Tokens.Count && _c.Words.Is(Tokens[index], ArgumentWordClass.Honorific);

    /// <summary>The two people a dual refers to: a coordinated pair after it in the sentence, or the last two named before it.</summary>
    public List<DocEntity> DualReferents(int position, bool leadersOnly)
    {
        var sentence = Doc.SentenceOf(Math.Min(position, Tokens.Count - 1));
        for (var k = position + 1; k < sentence.EndToken; k++)
        {
            if (_c.Arguments.NounPhrase(k, Slot.Person) is { Members.Count: >= 2 } pair)
            {
                return pair.Members.Select(member => member.Entity!).Distinct().Take(2).ToList();
            }
        }
        var result = new List<DocEntity>();
        for (var s = sentence.Index; s >= Math.Max(0, sentence.Index - 3) && result.Count < 2; s--)
        {
            if (!_personsBySentence.TryGetValue(s, out var mentions))
            {
                continue;
            }
            foreach (var mention in mentions.Where(mention => mention.FirstToken < position).OrderByDescending(mention => mention.FirstToken))
            {
                var entity = mention.Entity!;
                if (result.Contains(entity) || leadersOnly && !IsLeader(entity))
                {
                    continue;
                }
                result.Add(entity);
                if (result.Count == 2)
                {
                    break;
                }
            }
        }
        return result.Count == 2 ? result : [];
    }

    /// <summary>"الزعيمان"، "الرئيسان": a dual of leaders, whose referents are looked for among leaders only.</summary>
    public static bool LeadersDual(Token token) => token.Text.Contains("زعيم", StringComparison.Ordinal) || token.Text.Contains("رئيس", StringComparison.Ordinal);

    private static bool IsLeader(DocEntity entity) =>
        entity.Roles.Any(role => role.Title.Class is TitleClass.Leader or TitleClass.Royal or TitleClass.Government)
        || entity.Known?.Roles.Count > 0;

    /// <summary>A mention of an entity to stand for it as an argument (the one nearest the trigger).</summary>
    public EntityMention Representative(DocEntity entity, Trigger trigger) => Representative(entity, trigger.FirstToken);

    public EntityMention Representative(DocEntity entity, int position) =>
        entity.Mentions
            .Where(mention => mention.Kind != MentionKind.Adjective)
            .OrderBy(mention => Math.Abs(mention.FirstToken - position))
            .FirstOrDefault() ?? entity.Mentions[0];
}
