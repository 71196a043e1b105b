using KnowledgeGraph.Extraction.Learning;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Entities.Candidates;

/// <summary>
/// The features of an entity of one article, after its mentions were grouped: how often and how
/// it is mentioned (by which recognisers, in which kinds, with what mention scores), whether a
/// list knows it, where it first appears, its offices, and the rarest word of its longest name.
/// </summary>
public sealed class EntityFeatures
{
    private readonly Doc _doc;
    private readonly LanguageResources _resources;
    private readonly WordFeatures _words;

    public EntityFeatures(Doc doc, LanguageResources resources, WordFeatures words)
    {
        _doc = doc;
        _resources = resources;
        _words = words;
    }

    public void Describe(DocEntity entity, IFeatureSink bag)
    {
        var mentions = entity.Mentions;
        bag.Add("type:", Names<EntityType>.Of(entity.Type));
        bag.Add("mentions", Math.Min(mentions.Count, 30));
        bag.Add("known", entity.Known is not null);
        if (entity.Known is { } known)
        {
            bag.Add("known-kind:", known.Kind);
        }
        bag.Add("roles", Math.Min(entity.Roles.Count, 5));
        var texts = new HashSet<string>(StringComparer.Ordinal);
        var scores = new List<double>();
        var names = 0;
        foreach (var mention in mentions)
        {
            bag.Add("has-source:", Names<MentionSource>.Of(mention.Source));
            bag.Add("has-kind:", Names<MentionKind>.Of(mention.Kind));
            texts.Add(mention.NameKey ?? _doc.Normalized.Text[mention.Start..mention.End]);
            if (mention.Score is { } score)
            {
                scores.Add(score);
            }
            names += mention.Kind is MentionKind.Name or MentionKind.ShortName && !mention.Nested ? 1 : 0;
        }
        bag.Add("distinct-texts", Math.Min(texts.Count, 10));
        bag.Add("free-names", Math.Min(names, 20));
        bag.Add("only-nested", mentions.All(mention => mention.Nested));
        if (scores.Count > 0)
        {
            bag.Add("max-score", (float)scores.Max());
            bag.Add("mean-score", (float)scores.Average());
            bag.Add("min-score", (float)scores.Min());
        }
        var first = mentions.MinBy(mention => mention.Start)!;
        bag.Add("first-sentence", Math.Min(_doc.SentenceOf(first.FirstToken).Index, 20) + 1);
        bag.Add("in-headline", mentions.Any(mention => _words.InFirstLine(mention.FirstToken)));
        var longest = entity.Canonical ?? mentions.MaxBy(mention => mention.EndToken - mention.FirstToken)!;
        bag.Add("longest-tokens", longest.EndToken - longest.FirstToken);
        var levels = Enumerable.Range(longest.FirstToken, longest.EndToken - longest.FirstToken)
            .Select(k => _resources.WordFrequencies.Level(_doc.Tokens[k])).ToList();
        bag.Add("longest-min-level", levels.Min() + 1);
        bag.Add("longest-max-level", levels.Max() + 1);
        bag.Add("longest-source:", Names<MentionSource>.Of(longest.Source));
        var firstToken = _doc.Tokens[longest.FirstToken];
        bag.Add("longest-first:", firstToken.Kind == TokenKind.Word ? firstToken.Text : Names<TokenKind>.Of(firstToken.Kind));
        bag.Add("longest-first-given", _words.GivenNameLength(longest.FirstToken) > 0);
        bag.Add("longest-first-common", _words.IsCommon(longest.FirstToken));
    }
}
