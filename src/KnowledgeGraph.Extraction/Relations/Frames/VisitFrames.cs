using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Relations.Candidates;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations.Frames;

/// <summary>VISITED from travel, arrival, presence, passage and tour triggers: the agents, and the places the frame takes.</summary>
internal sealed class VisitFrames
{
    private readonly RelationContext _c;
    private readonly ClauseNavigator _clauses;
    private readonly ArgumentFinder _args;
    private readonly StatusDetector _status;
    private readonly CandidateSink _candidates;
    private readonly AgentFinder _agents;
    private readonly PlaceTargetFinder _placeTargets;

    public VisitFrames(RelationContext context, StatusDetector status, DocumentFindings findings, AgentFinder agents, PlaceTargetFinder placeTargets)
    {
        _c = context;
        _clauses = context.Clauses;
        _args = context.Arguments;
        _status = status;
        _candidates = findings.Candidates;
        _agents = agents;
        _placeTargets = placeTargets;
    }

    private IReadOnlyList<Token> Tokens => _c.Tokens;

    public void Visit(Trigger trigger)
    {
        var (agents, agentsEnd) = _agents.Agents(trigger);
        if (agents.Count == 0)
        {
            return;
        }
        var status = _status.Of(trigger, agentsEnd);
        if (status is null)
        {
            return;
        }
        var from = _clauses.SkipRelativeClause(Math.Max(trigger.EndToken, agentsEnd));
        var targets = _placeTargets.PlaceTargets(trigger, from);
        if (WherePlace(trigger) is { } where && !targets.Contains(where))
        {
            targets.Add(where);
        }
        foreach (var agent in agents)
        {
            foreach (var target in targets)
            {
                _candidates.Emit(RelationType.Visited, agent, target, trigger, status.Value, $"{trigger.Info.Frame}:{trigger.Info.Form}");
            }
        }
    }

    /// <summary>
    /// "ألقى X كلمة في Y"، "الخطبة التي ألقاها X أمس في Y"، "خلال إلقائه محاضرة في Y": who delivers a speech,
    /// a sermon or a lecture is where it is given. Without a speech noun after the agent or before a relative
    /// pronoun the verb means something else ("ألقت الشرطة القبض على").
    /// </summary>
    public void Speak(Trigger trigger)
    {
        var (agents, agentsEnd) = _agents.Agents(trigger);
        if (agents.Count == 0)
        {
            return;
        }
        var from = _clauses.SkipAdverbials(Math.Max(trigger.EndToken, agentsEnd));
        if (from < Tokens.Count && _c.Words.Is(Tokens[from], ArgumentWordClass.Statement))
        {
            from++;
        }
        else if (!SpeechBefore(trigger))
        {
            return;
        }
        var status = _status.Of(trigger, agentsEnd);
        if (status is null)
        {
            return;
        }
        foreach (var agent in agents)
        {
            foreach (var target in _placeTargets.PlaceTargets(trigger, from))
            {
                _candidates.Emit(RelationType.Visited, agent, target, trigger, status.Value, $"speak:{trigger.Info.Form}");
            }
        }
    }

    /// <summary>"الخطبة التي ألقاها"، "كلمة الافتتاح التي يلقيها": a speech noun within two words before the relative pronoun.</summary>
    private bool SpeechBefore(Trigger trigger)
    {
        var relative = trigger.FirstToken - 1;
        if (relative < 1 || !_c.Words.Is(Tokens[relative], ArgumentWordClass.Relative))
        {
            return false;
        }
        for (var k = relative - 1; k >= Math.Max(0, relative - 3); k--)
        {
            if (_c.Words.Is(Tokens[k], ArgumentWordClass.Statement))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"خاسان الحدودية، حيث من المتوقع أن يدخل كيم روسيا": "حيث" places its clause at the place named before it.</summary>
    private EntityMention? WherePlace(Trigger trigger)
    {
        var sentence = _c.Doc.SentenceOf(trigger.FirstToken);
        for (var k = trigger.FirstToken - 1; k >= Math.Max(sentence.FirstToken, trigger.FirstToken - 5); k--)
        {
            if (!_c.Words.Is(Tokens[k], ArgumentWordClass.Where))
            {
                continue;
            }
            for (var j = k - 1; j >= Math.Max(sentence.FirstToken, k - 8); j--)
            {
                if (_c.Table.Covering(j) is { } covering)
                {
                    if (_args.Arg(covering.FirstToken, Slot.Place) is { Type: EntityType.Location } place)
                    {
                        return place;
                    }
                    j = covering.FirstToken; // "خاسان الحدودية الروسية، حيث": past the adjective
                }
            }
            return null;
        }
        return null;
    }
}
