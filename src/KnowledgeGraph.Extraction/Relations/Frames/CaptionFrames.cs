using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Relations.Candidates;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations.Frames;

/// <summary>VISITED from captions and other verbless lines that name people at a place.</summary>
internal sealed class CaptionFrames
{
    private readonly RelationContext _c;
    private readonly ArgumentFinder _args;
    private readonly CandidateSink _candidates;

    public CaptionFrames(RelationContext context, DocumentFindings findings)
    {
        _c = context;
        _args = context.Arguments;
        _candidates = findings.Candidates;
    }

    private IReadOnlyList<Token> Tokens => _c.Tokens;

    /// <summary>
    /// Captions and other verbless lines that place people somewhere ("الرئيس الروسي فلاديمير بوتين
    /// (يمين) والزعيم الكوري الشمالي كيم جونغ أون في فلاديفوستوك في أبريل 2019"): presence.
    /// </summary>
    public void Captions(IReadOnlyList<Trigger> triggers)
    {
        var withTriggers = triggers.Select(trigger => _c.Doc.SentenceOf(trigger.FirstToken).Index).ToHashSet();
        foreach (var sentence in _c.Doc.Sentences)
        {
            if (withTriggers.Contains(sentence.Index) || sentence.TokenCount > 30)
            {
                continue;
            }
            var people = new List<EntityMention>();
            var k = sentence.FirstToken;
            while (k < sentence.EndToken && _args.NounPhrase(k, Slot.Person) is { } phrase)
            {
                people.AddRange(phrase.Members);
                k = SkipParenthesis(phrase.End, sentence.EndToken);
                if (k < sentence.EndToken && Tokens[k].Text[0] == 'و' && Tokens[k].Kind == TokenKind.Word)
                {
                    continue;
                }
                break;
            }
            if (people.Count == 0 || k + 1 >= sentence.EndToken || Tokens[k].Text != "في" || _args.Arg(k + 1, Slot.Place) is not { Type: EntityType.Location } place)
            {
                continue;
            }
            foreach (var person in people)
            {
                _candidates.EmitAt(RelationType.Visited, person, place, RelationStatus.Occurred, "caption", sentence.FirstToken, place.EndToken - 1);
            }
        }
    }

    private int SkipParenthesis(int k, int end)
    {
        if (k < end && Tokens[k].Text == "(")
        {
            var close = k + 1;
            while (close < end && close < k + 5 && Tokens[close].Text != ")")
            {
                close++;
            }
            if (close < end && Tokens[close].Text == ")")
            {
                return close + 1;
            }
        }
        return k;
    }
}
