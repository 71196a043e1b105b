using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Relations.Candidates;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations.Frames;

/// <summary>
/// Who travels, meets or is received, and when the subject of a verb is unsaid: whether a name no
/// cue recognised stands before it, and whether a person is one the text is about.
/// </summary>
internal sealed class AgentFinder
{
    private readonly RelationContext _c;
    private readonly ClauseNavigator _clauses;
    private readonly ArgumentFinder _args;
    private readonly ReferenceResolver _refs;

    public AgentFinder(RelationContext context)
    {
        _c = context;
        _clauses = context.Clauses;
        _args = context.Arguments;
        _refs = context.References;
    }

    private IReadOnlyList<Token> Tokens => _c.Tokens;

    /// <summary>
    /// Who travels, meets or is received: a possessive pronoun on a verbal noun ("زيارته"), a
    /// genitive after it ("زيارة كيم"، "الزيارة المزمعة للزعيم"، "زيارة قام بها كيم"), the
    /// subject after a verb ("وصل الزعيم ... كيم"، "توقف قطار كيم"), a dual ("الزعيمان"),
    /// else the subject before it in its clause.
    /// </summary>
    public (List<EntityMention> Agents, int End) Agents(Trigger trigger)
    {
        if (!trigger.IsVerb)
        {
            if (trigger.Pronoun is Pronoun.ThirdMasculine or Pronoun.ThirdFeminine && _refs.Antecedent(trigger.FirstToken) is { } owner)
            {
                return ([_refs.Representative(owner, trigger)], trigger.EndToken);
            }
            if (trigger.Pronoun == Pronoun.ThirdDual && _refs.DualReferents(trigger.FirstToken, leadersOnly: false) is { Count: 2 } pair)
            {
                return (pair.Select(entity => _refs.Representative(entity, trigger)).ToList(), trigger.EndToken);
            }
            if (Genitive(trigger) is { } genitive)
            {
                return genitive;
            }
            var before = _args.LeftSubject(trigger.FirstToken, Slot.Person);
            if (before.Count == 0 && MainClauseSubject(trigger) is { } main)
            {
                return (main, trigger.EndToken);
            }
            return (before, trigger.EndToken);
        }
        var after = _clauses.SkipAdverbials(trigger.EndToken, vehicles: true);
        if (after < Tokens.Count && _c.Words.Is(Tokens[after], ArgumentWordClass.Dual)
            && _refs.DualReferents(after, ReferenceResolver.LeadersDual(Tokens[after])) is { Count: 2 } dual)
        {
            return (dual.Select(entity => _refs.Representative(entity, trigger)).ToList(), after + 1);
        }
        if (_args.NounPhrase(after, Slot.Person) is { } subject)
        {
            return (subject.Members, subject.End);
        }
        var left = _args.LeftSubject(trigger.FirstToken, Slot.Person);
        // A place right after "زار" is its object, so the visitor is unsaid; after other verbs it may be the subject.
        var dropped = DropsSubject(after) || trigger.Info.Frame == Frame.Visit && _args.Arg(after, Slot.Place) is { Nested: false };
        // "يوجد في الهند 150 مليون مستخدم": يوجد/توجد is "there is"; its subject comes after, it is not unsaid.
        var existential = trigger.Info.Form is "يوجد" or "توجد";
        if (left.Count == 0 && dropped && !existential && !UnrecognisedSubjectBefore(trigger.FirstToken) && _refs.Antecedent(trigger.FirstToken) is { } topic && IsTopic(topic))
        {
            // "ثم يزور ماليزيا"، "وسيحط أولا في سنغافورة": no subject is said; it is the person the text is about.
            return ([_refs.Representative(topic, trigger)], trigger.EndToken);
        }
        return (left, trigger.EndToken);
    }

    /// <summary>The person after a verbal noun: its genitive ("زيارة كيم"), ل after a definite noun, "قام بها X", "له".</summary>
    private (List<EntityMention>, int)? Genitive(Trigger trigger)
    {
        var k = trigger.EndToken;
        for (var skipped = 0; k < Tokens.Count && skipped < 3 && !Tokens[k].LineBreakBefore; skipped++)
        {
            var token = Tokens[k];
            if ((token.Text is "له" or "لها" || _refs.IsHonorificPronoun(k)) && _refs.Antecedent(k) is { } owner)
            {
                return ([_refs.Representative(owner, trigger)], k + 1);
            }
            if (_args.NounPhrase(k, Slot.Person, allowPreposition: true) is { } phrase)
            {
                var preposition = _clauses.PrepositionOf(phrase.Members[0]);
                if (preposition is null || preposition == "ل" && _c.IsDefinite(trigger))
                {
                    return (phrase.Members, phrase.End);
                }
                return null;
            }
            var light = _c.Words.Is(token, ArgumentWordClass.Light) || token.Text is "بها" or "به";
            var qualifier = _c.Resources.DescriptiveAdjectives.Contains(token.Text)
                            || _c.Resources.Relations.Modality.Match(Tokens, k) is { Value.Before: false }
                            || token.Text is "نادره" or "رسميه" or "خاصه" or "تاريخيه" or "الاولي" or "الاول";
            if (!light && !qualifier)
            {
                return null;
            }
            k++;
        }
        return null;
    }

    /// <summary>
    /// "وخلال زيارة إلى إندونيسيا، قال الرئيس ...": a verbal noun fronted by a time preposition at the head of its
    /// sentence has the subject of the main clause, after the comma, as its agent.
    /// </summary>
    private List<EntityMention>? MainClauseSubject(Trigger trigger)
    {
        var sentence = _c.Doc.SentenceOf(trigger.FirstToken);
        var preposition = trigger.FirstToken - 1;
        if (preposition < 0 || !_c.Words.Is(Tokens[preposition], ArgumentWordClass.During)
            || preposition != sentence.FirstToken && !ClauseNavigator.IsClauseBreak(Tokens[preposition - 1]))
        {
            return null;
        }
        // Its agent is unsaid only when what follows the noun is where or with whom ("زيارة إلى"، "لقاء مع"), not a genitive.
        var next = trigger.EndToken;
        if (trigger.Pronoun == Pronoun.None && (next >= Tokens.Count || Tokens[next].Text is not ("الي" or "في" or "مع") && _args.Arg(next, Slot.Place) is null))
        {
            return null;
        }
        for (var k = trigger.EndToken; k < Math.Min(sentence.EndToken - 2, trigger.EndToken + MaxFrontedLength); k++)
        {
            if (Tokens[k].Kind == TokenKind.Punctuation && Tokens[k].Text is "،" or ",")
            {
                var verb = k + 1;
                if (Tokens[verb].Kind != TokenKind.Word || _c.Table.Covering(verb) is not null)
                {
                    return null;
                }
                return _args.NounPhrase(_clauses.SkipAdverbials(verb + 1), Slot.Person)?.Members;
            }
        }
        return null;
    }

    /// <summary>How many words a fronted time phrase may run before its comma.</summary>
    private const int MaxFrontedLength = 10;

    /// <summary>A verb followed directly by where (a place or a preposition) has no subject of its own in the text.</summary>
    private bool DropsSubject(int after)
    {
        if (after >= Tokens.Count || Tokens[after].LineBreakBefore)
        {
            return false;
        }
        return Tokens[after].Kind == TokenKind.Word && Tokens[after].Text is "الي" or "في";
    }

    /// <summary>"جيانيس فيتفاتزيدس انتقل": a name no cue recognised stands right before the verb; its subject is said, not dropped.</summary>
    public bool UnrecognisedSubjectBefore(int verb) =>
        verb > 0 && Tokens[verb - 1].Kind == TokenKind.Word && _c.Table.Covering(verb - 1) is null && !Tokens[verb].LineBreakBefore
        && _c.Features.IsNameWord(verb - 1, first: false) && !_c.Features.IsCommon(verb - 1);

    /// <summary>
    /// Someone the article is about, who can be the unsaid subject of a verb: named more than once, or given an
    /// office (not one name in a list of players).
    /// </summary>
    public static bool IsTopic(DocEntity person) => person.Mentions.Count >= 2 || person.Roles.Any(role => role.Title.IsOffice);
}
