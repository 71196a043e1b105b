using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// Decides whether the text reports a trigger's event as having happened (or happening), as
/// only expected or planned, or not at all (negated). Cues are data (Data/relations/modality.tsv);
/// this reads their scope: a future prefix on the trigger or on a verb before it in its clause,
/// a planning cue before it, a qualifier after a verbal noun ("الزيارة المرتقبة"), a purpose
/// (ل + verbal noun, "لعقد اجتماع"), and an explicit past year, which makes it history.
/// </summary>
public sealed class StatusDetector
{
    private const int BackWindow = 8;

    // Tokens after the arguments a future time may stand in: the object, then "يوم الأحد المقبل".
    private const int FutureTimeWindow = 12;

    private readonly RelationContext _context;

    public StatusDetector(RelationContext context) => _context = context;

    /// <summary>The status, or null when the clause negates the event.</summary>
    public RelationStatus? Of(Trigger trigger, int argumentsEnd = -1)
    {
        var tokens = _context.Tokens;
        var lexicon = _context.Resources.Relations;
        var sentence = _context.Doc.SentenceOf(trigger.FirstToken);
        var planned = trigger.Future;

        // Cues before the trigger, back to the start of its clause.
        var j = trigger.FirstToken - 1;
        var steps = 0;
        while (j >= sentence.FirstToken && steps < BackWindow)
        {
            var token = tokens[j];
            if (ClauseNavigator.IsClauseBreak(token) && steps > 0 && token.Text is not ("،" or ","))
            {
                break;
            }
            if (lexicon.Modality.Match(tokens, j) is { } cue && cue.EndToken <= trigger.FirstToken)
            {
                var info = cue.Value;
                if (info.Before)
                {
                    switch (info.Effect)
                    {
                        case ModalityEffect.Negated when steps <= 2 && !IsPastAfterQad(tokens, cue.EndToken):
                            return null;
                        case ModalityEffect.Planned when !(IsQad(info) && IsPastAfterQad(tokens, cue.EndToken)):
                            planned = true;
                            break;
                    }
                }
            }
            // A future prefix on a verb in the clause ("سيكون ضمن الوفد"); names like "سيرغي" are not verbs.
            if (IsFutureVerb(token) && _context.Table.Covering(j) is null)
            {
                planned = true;
            }
            if (_context.Words.Is(token, ArgumentWordClass.Purpose) && trigger.FirstToken - j <= 2)
            {
                planned = true;
            }
            if (token.Kind == TokenKind.Word && _context.Words.ClassOf(token.Text) == ArgumentWordClass.Complementizer && steps > 0
                && !HasPlanningVerbBefore(j))
            {
                break;
            }
            j--;
            steps++;
        }

        // A future time after a present-tense verb: "يزور ... اليابان الشهر المقبل".
        if (trigger.Info.Tense == TriggerTense.Present && !planned)
        {
            var end = Math.Max(trigger.EndToken, argumentsEnd);
            for (var k = trigger.EndToken; k < Math.Min(sentence.EndToken, end + FutureTimeWindow); k++)
            {
                if (ClauseNavigator.IsClauseBreak(tokens[k]))
                {
                    break;
                }
                if (lexicon.Modality.Match(tokens, k) is { Value: { Before: false, Effect: ModalityEffect.Planned } } && IsTimeQualifier(k)
                    || lexicon.Calendar.Match(tokens, k) is { Value: { Kind: not (CalendarKind.Weekday or CalendarKind.Month), Value: > 0 } })
                {
                    planned = true;
                    break;
                }
            }
        }

        // Qualifiers after a verbal noun: "الزيارة المزمعة"، "قمة منتظرة".
        if (!trigger.IsVerb)
        {
            var end = Math.Max(trigger.EndToken, argumentsEnd);
            for (var k = trigger.EndToken; k < Math.Min(sentence.EndToken, end + 3); k++)
            {
                // "الزيارة المرتقبة"، and "لقاء ثلاثي سيعقد": a future verb right after the noun it is about.
                if (lexicon.Modality.Match(tokens, k) is { Value: { Before: false, Effect: ModalityEffect.Planned } }
                    || IsFutureVerb(tokens[k]) && FollowsDirectly(trigger, k))
                {
                    planned = true;
                    break;
                }
            }
            if (trigger.Purpose && !trigger.IsVerb && IsConstruct(trigger))
            {
                planned = true;
            }
        }

        if (planned && IsHistorical(sentence, trigger))
        {
            planned = trigger.Future;
        }
        return planned ? RelationStatus.Planned : RelationStatus.Occurred;
    }

    /// <summary>Right after the noun or after one adjective of it: "لقاء ثلاثي سيعقد", not "زيارتهما لفلاديفوستوك، سيناقش".</summary>
    private bool FollowsDirectly(Trigger trigger, int k) =>
        k == trigger.EndToken
        || k == trigger.EndToken + 1 && _context.Tokens[trigger.EndToken].Kind == TokenKind.Word && _context.Table.Covering(trigger.EndToken) is null
           && _context.Tokens[trigger.EndToken].Text[0] is not ('ل' or 'ب' or 'و' or 'ف');

    /// <summary>"للقاء الرئيس"، "لزيارة روسيا": ل + a verbal noun with its object is a purpose; "لاجتماع في ..." is not.</summary>
    private bool IsConstruct(Trigger trigger)
    {
        if (trigger.Pronoun != Pronoun.None)
        {
            return true;
        }
        var next = trigger.EndToken;
        return next < _context.Tokens.Count && _context.Table.AllStartingAt(next).Count > 0 && _context.Clauses.PrepositionBefore(next) is null;
    }

    /// <summary>"المقبل" qualifying a time word ("الشهر المقبل"، "الأسبوع القادم"), not a person or a place.</summary>
    private bool IsTimeQualifier(int index) =>
        index > 0 && _context.Resources.Relations.Calendar.Match(_context.Tokens, index - 1) is { } time
                  && (time.EndToken == index || time.Value.Value > 0 && time.EndToken == index + 1);

    /// <summary>"أن" after "من المتوقع"/"يعتزم": keep looking left for the planning cue that governs the clause.</summary>
    private bool HasPlanningVerbBefore(int complementizer)
    {
        var tokens = _context.Tokens;
        for (var k = complementizer - 1; k >= Math.Max(0, complementizer - 3); k--)
        {
            if (_context.Resources.Relations.Modality.Match(tokens, k) is { Value: { Before: true, Effect: ModalityEffect.Planned } })
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsQad(ModalityCue cue) => cue.Cue == "قد";

    /// <summary>"قد" before a past verb means "has"; only before an imperfect it means "may".</summary>
    private static bool IsPastAfterQad(IReadOnlyList<Token> tokens, int index) =>
        index < tokens.Count && tokens[index].Kind == TokenKind.Word && tokens[index].Text[0] is not ('ي' or 'ت' or 'ن');

    /// <summary>A verb with the future prefix: "سيكون"، "ستعقد"، "سيقوم".</summary>
    private static bool IsFutureVerb(Token token)
    {
        if (token.Kind != TokenKind.Word || token.Text.Length < 4)
        {
            return false;
        }
        var text = token.Text[0] is 'و' or 'ف' ? token.Text[1..] : token.Text;
        return text.Length >= 4 && text[0] == 'س' && text[1] is 'ي' or 'ت' or 'ن' && !text.StartsWith("سيا", StringComparison.Ordinal)
               && !text.StartsWith("سيط", StringComparison.Ordinal) && !text.StartsWith("ستر", StringComparison.Ordinal)
               && !text.StartsWith("سني", StringComparison.Ordinal);
    }

    /// <summary>
    /// An explicit year before the article's year makes a purpose or plan history ("عام 2019");
    /// so does a year in a clause told with a past copula ("كانت آخر زيارة له ... عام 2019").
    /// </summary>
    private bool IsHistorical(Text.Sentence sentence, Trigger trigger)
    {
        var referenceYear = _context.Doc.Date?.Year ?? DocumentYear();
        var hasYear = false;
        var hasPastCopula = false;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            var token = _context.Tokens[k];
            if (token.Kind == TokenKind.Number && token.Text.Length == 4 && int.TryParse(token.Text, out var year) && year is > 1900 and < 2100)
            {
                if (year < referenceYear)
                {
                    return true;
                }
                hasYear = true;
            }
            if (token.Kind == TokenKind.Word && k < trigger.FirstToken && token.Text is "كان" or "كانت" or "وكان" or "وكانت" or "كانوا")
            {
                hasPastCopula = true;
            }
        }
        return hasYear && hasPastCopula;
    }

    private int? _documentYear;

    /// <summary>Without a date for the article, the latest year it mentions stands for "now".</summary>
    private int DocumentYear()
    {
        if (_documentYear is { } known)
        {
            return known;
        }
        var latest = 0;
        foreach (var token in _context.Tokens)
        {
            if (token.Kind == TokenKind.Number && token.Text.Length == 4 && int.TryParse(token.Text, out var year) && year is > 1900 and < 2100)
            {
                latest = Math.Max(latest, year);
            }
        }
        _documentYear = latest == 0 ? int.MaxValue : latest;
        return _documentYear.Value;
    }
}
