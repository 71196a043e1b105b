using KnowledgeGraph.Extraction.Entities.Candidates;
using KnowledgeGraph.Extraction.Learning;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Entities.Decision;

/// <summary>
/// The learned mention decision, between the recognisers and the choice of non-crossing mentions:
/// every name the recognisers proposed and every other extent the generator adds is scored; those
/// at or below the threshold are dropped, so that what remains to be resolved are the spans and
/// types the model believes. Descriptors, nationality adjectives and capitals-for-states are the
/// rules' own business and pass untouched. Without a classifier (when preparing training data) it
/// only records the candidates and their features and changes nothing.
/// </summary>
public sealed class MentionDecision : IPipelineComponent
{
    public const string ClassifierName = "mention";

    private readonly LanguageResources _resources;
    private readonly NameWords _nameWords;
    private readonly MentionCandidateGenerator _generator;
    private readonly Classifier? _classifier;

    public MentionDecision(LanguageResources resources, NameWords nameWords, Classifier? classifier)
    {
        _resources = resources;
        _nameWords = nameWords;
        _generator = new MentionCandidateGenerator(resources);
        _classifier = classifier;
    }

    /// <summary>Keep the candidates and their features on the document (<see cref="Doc.MentionCandidates"/>), for training.</summary>
    public bool Record { get; init; }

    /// <summary>
    /// Whether the hand-written rules proposed the mention, so that it needs less to be kept: not a generated extent,
    /// and not a name of open data, which the decision weighs as it weighs a generated extent.
    /// </summary>
    public static bool IsRule(EntityMention mention) => mention.Source is not (MentionSource.Candidate or MentionSource.KnowledgeBase);

    public static bool IsJudged(EntityMention mention) =>
        mention.Kind is MentionKind.Name or MentionKind.ShortName && mention.Source != MentionSource.Coreference;

    public void Process(Doc doc)
    {
        var words = _nameWords.For(doc);
        var ruleMentions = doc.Mentions.ToList();
        var extra = _generator.Generate(doc, words);
        var judged = new List<EntityMention>(ruleMentions.Count + extra.Count);
        foreach (var mention in ruleMentions)
        {
            if (IsJudged(mention))
            {
                judged.Add(mention);
            }
        }
        var judgedRules = judged.Count;
        judged.AddRange(extra);
        var features = new MentionFeatures(doc, words, _resources, ruleMentions);
        features.CountSpans(judged);
        if (Record)
        {
            foreach (var mention in extra)
            {
                mention.NameKey ??= doc.Normalized.Text[mention.Start..mention.End];
            }
            doc.MentionCandidates = judged.Select(mention =>
            {
                var bag = new FeatureBag();
                features.Describe(mention, bag);
                return new MentionCandidate(mention, bag);
            }).ToList();
        }
        if (_classifier is null)
        {
            return;
        }
        // The judged rule mentions come first, then the generated extents (which are not in doc.Mentions yet).
        var rejectedRules = new HashSet<EntityMention>();
        var kept = new List<EntityMention>(extra.Count);
        var row = _classifier.NewRow();
        for (var i = 0; i < judged.Count; i++)
        {
            var mention = judged[i];
            row.Clear();
            features.Describe(mention, row);
            // A rejected mention leaves the document, so its exact score is not worth the rest of the trees: it is left null.
            mention.Score = _classifier.ScoreIfAccepted(row, foundByRule: IsRule(mention));
            var accepted = mention.Score is not null;
            if (i < judgedRules)
            {
                if (!accepted)
                {
                    rejectedRules.Add(mention);
                }
            }
            else if (accepted)
            {
                kept.Add(mention);
            }
        }
        foreach (var mention in kept)
        {
            mention.NameKey = doc.Normalized.Text[mention.Start..mention.End];
            InheritFromRule(mention, ruleMentions);
        }
        if (rejectedRules.Count > 0)
        {
            doc.Mentions.RemoveAll(rejectedRules.Contains);
        }
        doc.Mentions.AddRange(kept);
        doc.MentionTable = null; // rebuilt from the mentions that remain
    }

    /// <summary>
    /// A longer extent of a name a recogniser found ("محمد بن سلمان بن عبدالعزيز" around "محمد بن سلمان")
    /// is the same entity: it takes the recogniser's identity and the offices it tied to the name.
    /// </summary>
    private static void InheritFromRule(EntityMention mention, IReadOnlyList<EntityMention> ruleMentions)
    {
        var inner = ruleMentions
            .Where(rule => rule.Type == mention.Type && rule.Kind == MentionKind.Name && rule.FirstToken >= mention.FirstToken && rule.EndToken <= mention.EndToken)
            .MaxBy(rule => rule.EndToken - rule.FirstToken);
        if (inner is null)
        {
            return;
        }
        mention.Known ??= inner.Known;
        mention.Role ??= inner.Role;
        foreach (var role in inner.MoreRoles.Where(role => !mention.MoreRoles.Contains(role)))
        {
            mention.MoreRoles.Add(role);
        }
        mention.IsCounterpart |= inner.IsCounterpart;
    }
}
