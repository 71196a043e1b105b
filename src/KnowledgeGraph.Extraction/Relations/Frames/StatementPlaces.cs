using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Relations.Candidates;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations.Frames;

/// <summary>
/// VISITED from where a statement was made: "وقال X للصحافيين في واشنطن"، "وصرح X أمس في الرياض"، "وقال X في
/// مؤتمر صحفي في موسكو"، "وأعلن X من جاكرتا". The place must come right after the speaker, an addressee and a
/// time: "قال X عن الوضع في سوريا" is about a place, not in it, and "قال X من جامعة هارفارد" names where he works.
/// </summary>
internal sealed class StatementPlaces
{
    private readonly RelationContext _c;
    private readonly ArgumentFinder _args;
    private readonly ClauseNavigator _clauses;
    private readonly CandidateSink _candidates;

    public StatementPlaces(RelationContext context, DocumentFindings findings)
    {
        _c = context;
        _args = context.Arguments;
        _clauses = context.Clauses;
        _candidates = findings.Candidates;
    }

    private IReadOnlyList<Token> Tokens => _c.Tokens;

    public void Find()
    {
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (Tokens[i].Kind != TokenKind.Word || !_c.Features.IsSpeechVerb(i))
            {
                continue;
            }
            // The speaker after the verb ("وقال X في ...") or before it ("وكان أوباما صرح في واشنطن").
            var (speakers, end) = _args.PersonAt(_clauses.SkipAdverbials(i + 1)) is { } after ? ([after.Mention], after.End)
                : (_args.LeftSubject(i, Slot.Person), i + 1);
            if (speakers.Count == 0 || PlaceAfter(end) is not { } place)
            {
                continue;
            }
            foreach (var speaker in speakers)
            {
                _candidates.EmitAt(RelationType.Visited, speaker, place, RelationStatus.Occurred, "statement-place", i, place.EndToken - 1);
            }
        }
    }

    /// <summary>"للصحافيين في واشنطن"، "أمس في موسكو"، "من جاكرتا": a place after an addressee and a time.</summary>
    private EntityMention? PlaceAfter(int from)
    {
        var k = _clauses.SkipAdverbials(from);
        var setting = k > from;
        // The addressee: "للصحافيين"، "لوكالة رويترز"، "لقناة العربية".
        if (k < Tokens.Count && Tokens[k].Kind == TokenKind.Word && Tokens[k].Text.StartsWith('ل') && _c.Table.Covering(k) is null)
        {
            k++;
            if (k < Tokens.Count && _c.Table.StartingAt(k) is { } outlet)
            {
                k = outlet.EndToken;
            }
            k = _clauses.SkipAdverbials(k);
            setting = true;
        }
        // "في مؤتمر صحفي في موسكو"، "في مؤتمر صحفي عقده بالإسماعيلية": where the statement was made, then its place.
        if (k + 3 < Tokens.Count && Tokens[k].Text == "في" && _c.Words.Is(Tokens[k + 1], ArgumentWordClass.Statement))
        {
            k += Tokens[k + 2].Text == "في" ? 2 : 3;
            setting = true;
            if (k + 1 < Tokens.Count && _c.Words.Is(Tokens[k], ArgumentWordClass.Light))
            {
                k++;
                if (Tokens[k].Text.StartsWith('ب') && _args.Arg(k, Slot.Place) is { Nested: false, Type: EntityType.Location or EntityType.Country } heldIn
                    && heldIn.Start > Tokens[k].Start)
                {
                    return heldIn;
                }
            }
        }
        if (k + 1 >= Tokens.Count || Tokens[k].Text is not ("في" or "من") || Tokens[k + 1].LineBreakBefore)
        {
            return null;
        }
        if (_args.Arg(k + 1, setting && Tokens[k].Text == "في" ? Slot.Premises : Slot.Place) is not { Nested: false } place)
        {
            return null;
        }
        // "من" names where a statement came from only with a city: "من جامعة هارفارد"، "من السعودية" are who he is.
        // A body's premises ("للصحافيين في البيت الأبيض") only after an addressee or a time: "قال X في الوزارة" may
        // say where he works.
        return Tokens[k].Text == "في" ? place.Type is EntityType.Location or EntityType.Country || setting && place.Type == EntityType.Organization ? place : null
            : place is { Type: EntityType.Location, Known.Kind: "city" or "capital" } ? place : null;
    }
}
