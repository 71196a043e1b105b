using KnowledgeGraph.Extraction.Learning;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Entities.Candidates;

/// <summary>
/// How a mention candidate sits against the mentions the recognisers found: the same span, one
/// inside or around it or crossing it, and the rule mentions right before and after it.
/// </summary>
internal sealed class RuleMentionFeatures
{
    private readonly Doc _doc;
    private readonly List<EntityMention>?[] _ruleCovering;

    public RuleMentionFeatures(Doc doc, IReadOnlyList<EntityMention> ruleMentions)
    {
        _doc = doc;
        _ruleCovering = new List<EntityMention>?[doc.Tokens.Count];
        foreach (var mention in ruleMentions)
        {
            for (var k = mention.FirstToken; k < mention.EndToken; k++)
            {
                (_ruleCovering[k] ??= []).Add(mention);
            }
        }
    }

    private static readonly string[] Relations = ["same", "contains", "inside", "crosses"];
    private static readonly Dictionary<string, (string Type, string Source, string Known)> RelationNames =
        Relations.ToDictionary(relation => relation, relation => ($"rule-{relation}:", $"rule-{relation}-source:", $"rule-{relation}-known"));

    public void Overlaps(IFeatureSink features, EntityMention mention)
    {
        for (var k = mention.FirstToken; k < mention.EndToken; k++)
        {
            if (_ruleCovering[k] is not { } covering)
            {
                continue;
            }
            foreach (var other in covering)
            {
                // Each overlapping mention once: where it starts, or at the candidate's first token if it starts before.
                if (other == mention || k != Math.Max(mention.FirstToken, other.FirstToken))
                {
                    continue;
                }
                var same = other.FirstToken == mention.FirstToken && other.EndToken == mention.EndToken;
                var inside = other.FirstToken >= mention.FirstToken && other.EndToken <= mention.EndToken;
                var around = other.FirstToken <= mention.FirstToken && other.EndToken >= mention.EndToken;
                var names = RelationNames[same ? "same" : inside ? "contains" : around ? "inside" : "crosses"];
                features.Add(names.Type, Names<EntityType>.Of(other.Type));
                features.Add(names.Source, Names<MentionSource>.Of(other.Source));
                if (other.Known is not null)
                {
                    features.Add(names.Known);
                }
            }
        }
    }

    private const string PersonBefore = "rule-before:Person";
    private const string PersonAfter = "rule-after:Person";

    /// <summary>
    /// "ياسر المسيليم وأحمد الرحيلي وكامل الموسى": whether the rules found a person right before and after the span,
    /// across a comma or و, so that a name in a list of names is read as the names around it are.
    /// </summary>
    public void Neighbours(IFeatureSink features, EntityMention mention)
    {
        var tokens = _doc.Tokens;
        var before = mention.FirstToken - 1;
        if (before >= 0 && tokens[before].Text is "،" or ",")
        {
            before--;
        }
        if (before >= 0 && _ruleCovering[before] is { } ending)
        {
            foreach (var other in ending)
            {
                if (other.EndToken == before + 1 && other.FirstToken < mention.FirstToken && other.Type == EntityType.Person
                    && (before < mention.FirstToken - 1 || tokens[mention.FirstToken].Text[0] == 'و'))
                {
                    features.Add(PersonBefore);
                }
            }
        }
        var after = mention.EndToken;
        if (after < tokens.Count && tokens[after].Text is "،" or ",")
        {
            after++;
        }
        if (after < tokens.Count && _ruleCovering[after] is { } starting)
        {
            foreach (var other in starting)
            {
                if (other.FirstToken == after && other.EndToken > mention.EndToken && other.Type == EntityType.Person
                    && (after > mention.EndToken || tokens[after].Text[0] == 'و'))
                {
                    features.Add(PersonAfter);
                }
            }
        }
    }
}
