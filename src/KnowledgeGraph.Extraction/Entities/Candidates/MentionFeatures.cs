using KnowledgeGraph.Extraction.Learning;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Entities.Candidates;

/// <summary>
/// The features a mention decision reads: which recogniser proposed the span and as what, the
/// words at its edges and around it (given names, titles, heads, common and function words, the
/// article), how it sits against the recognisers' other spans, whether it is quoted, and how often
/// the article repeats it or its last word.
/// </summary>
public sealed class MentionFeatures
{
    private readonly Doc _doc;
    private readonly WordFeatures _words;
    private readonly LanguageResources _resources;
    private readonly IReadOnlyList<EntityMention> _ruleMentions;
    private readonly Dictionary<string, int> _tokenCounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _spanCounts = new(StringComparer.Ordinal);

    public MentionFeatures(Doc doc, WordFeatures words, LanguageResources resources, IReadOnlyList<EntityMention> ruleMentions)
    {
        _doc = doc;
        _words = words;
        _resources = resources;
        _ruleMentions = ruleMentions;
        foreach (var token in doc.Tokens)
        {
            if (token.IsWord)
            {
                var stem = Stem(token);
                _tokenCounts[stem] = _tokenCounts.GetValueOrDefault(stem) + 1;
            }
        }
    }

    /// <summary>Counts how often each span's words occur in the article (a name the article repeats).</summary>
    public void CountSpans(IEnumerable<EntityMention> mentions)
    {
        var tokens = _doc.Tokens;
        var stems = tokens.Select(Stem).ToArray();
        var byFirst = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            var words = stems[mention.FirstToken..mention.EndToken];
            var key = string.Join(' ', words);
            if (!_spanCounts.TryAdd(key, 0))
            {
                continue;
            }
            if (!byFirst.TryGetValue(words[0], out var list))
            {
                list = [];
                byFirst.Add(words[0], list);
            }
            list.Add(words);
        }
        for (var i = 0; i < stems.Length; i++)
        {
            if (!byFirst.TryGetValue(stems[i], out var spans))
            {
                continue;
            }
            foreach (var span in spans)
            {
                if (i + span.Length <= stems.Length && span.AsSpan().SequenceEqual(stems.AsSpan(i, span.Length)))
                {
                    var key = string.Join(' ', span);
                    _spanCounts[key]++;
                }
            }
        }
    }

    public FeatureBag Describe(EntityMention mention)
    {
        var bag = new FeatureBag();
        var tokens = _doc.Tokens;
        var first = mention.FirstToken;
        var last = mention.EndToken - 1;
        var length = mention.EndToken - mention.FirstToken;

        bag.Add("type:" + mention.Type);
        bag.Add("source:" + mention.Source);
        bag.Add($"source-type:{mention.Source}:{mention.Type}");
        bag.Add("kind:" + mention.Kind);
        bag.Add("tokens", length);
        bag.Add("needs-anchor", mention.NeedsAnchor);
        bag.Add("has-role", mention.Role is not null);
        if (mention.Known is { } known)
        {
            bag.Add("known");
            bag.Add("known-type-agrees", known.Type == mention.Type);
        }
        bag.Add("prefix", mention.Start > tokens[first].Start);

        Edge(bag, "first", first);
        Edge(bag, "last", last);
        var text = Stem(tokens[last]);
        bag.Add("last-adjective", text.EndsWith("يه", StringComparison.Ordinal) || text.EndsWith("ي", StringComparison.Ordinal) && text.StartsWith("ال", StringComparison.Ordinal));
        bag.Add("second-al", length > 1 && tokens[first + 1].Text.StartsWith("ال", StringComparison.Ordinal));

        int common = 0, stop = 0, titles = 0, given = 0, connectors = 0, rare = 0, minLevel = int.MaxValue, maxLevel = 0;
        for (var k = first; k <= last; k++)
        {
            var level = _resources.WordFrequencies.Level(tokens[k]);
            rare += level <= MentionCandidateGenerator.RareLevel ? 1 : 0;
            minLevel = Math.Min(minLevel, level);
            maxLevel = Math.Max(maxLevel, level);
            common += _words.IsCommon(k) ? 1 : 0;
            stop += _words.IsStopword(k) ? 1 : 0;
            titles += k > first && _words.StartsTitle(k) ? 1 : 0;
            given += _words.GivenNameLength(k) > 0 ? 1 : 0;
            connectors += _words.IsConnector(k) ? 1 : 0;
        }
        bag.Add("common-words", common);
        bag.Add("common-share", (float)common / length);
        bag.Add("stopwords", stop);
        bag.Add("inner-titles", titles);
        bag.Add("given-names", given);
        bag.Add("connectors", connectors);
        bag.Add("rare-words", rare);
        bag.Add("min-level", minLevel + 1);
        bag.Add("max-level", maxLevel + 1);
        bag.Add("first-level", _resources.WordFrequencies.Level(tokens[first]) + 1);
        bag.Add("last-level", _resources.WordFrequencies.Level(tokens[last]) + 1);

        Around(bag, "prev", first - 1, before: true);
        Around(bag, "prev2", first - 2, before: true);
        Around(bag, "next", last + 1, before: false);
        bag.Add("headline", _words.InFirstLine(first));
        bag.Add("line-start", tokens[first].LineBreakBefore);
        bag.Add("quoted", first > 0 && tokens[first - 1].Kind == TokenKind.Punctuation && tokens[first - 1].Text is "«" or "\"" or "“"
                          && last + 1 < tokens.Count && tokens[last + 1].Text is "»" or "\"" or "”");

        Overlaps(bag, mention);

        bag.Add("repeats", Math.Min(_spanCounts.GetValueOrDefault(SpanText(mention)), 10));
        bag.Add("last-word-repeats", Math.Min(_tokenCounts.GetValueOrDefault(Stem(tokens[last])), 10));
        bag.Add("first-word-repeats", Math.Min(_tokenCounts.GetValueOrDefault(Stem(tokens[first])), 10));
        return bag;
    }

    private void Edge(FeatureBag bag, string name, int index)
    {
        var token = _doc.Tokens[index];
        bag.Add($"{name}:{(token.Kind == TokenKind.Word ? Stem(token) : token.Kind.ToString())}");
        bag.Add($"{name}-given", _words.GivenNameLength(index) > 0);
        bag.Add($"{name}-common", _words.IsCommon(index));
        bag.Add($"{name}-stop", _words.IsStopword(index));
        bag.Add($"{name}-title", _words.StartsTitle(index));
        bag.Add($"{name}-head", _words.StartsHead(index));
        bag.Add($"{name}-al", Stem(token).StartsWith("ال", StringComparison.Ordinal));
        bag.Add($"{name}-latin", token.Kind == TokenKind.Latin);
        bag.Add($"{name}-length", Math.Min(token.Text.Length, 12));
    }

    private void Around(FeatureBag bag, string name, int index, bool before)
    {
        var tokens = _doc.Tokens;
        if (index < 0 || index >= tokens.Count || (before ? tokens[index + 1].LineBreakBefore : tokens[index].LineBreakBefore))
        {
            bag.Add(name + ":edge");
            return;
        }
        var token = tokens[index];
        bag.Add($"{name}:{(token.Kind is TokenKind.Word or TokenKind.Punctuation ? token.Text : token.Kind.ToString())}");
        if (token.Kind == TokenKind.Word)
        {
            bag.Add($"{name}-title", _words.StartsTitle(index) || IsTitleEnd(index));
            bag.Add($"{name}-given", _words.GivenNameLength(index) > 0);
            bag.Add($"{name}-common", _words.IsCommon(index));
            bag.Add($"{name}-stop", _words.IsStopword(index));
            bag.Add($"{name}-speech", _resources.SpeechVerbs.Contains(token.Text));
            bag.Add($"{name}-level", _resources.WordFrequencies.Level(token) + 1);
        }
    }

    /// <summary>Whether a title phrase ends at this token ("وزير الخارجية" before a name).</summary>
    private bool IsTitleEnd(int index)
    {
        for (var start = Math.Max(0, index - 3); start <= index; start++)
        {
            if (_words.StartsTitle(start) && _resources.Cues.Titles.Match(_doc.Tokens, start) is { } title && title.EndToken == index + 1)
            {
                return true;
            }
        }
        return false;
    }

    private void Overlaps(FeatureBag bag, EntityMention mention)
    {
        foreach (var other in _ruleMentions)
        {
            if (other == mention || other.EndToken <= mention.FirstToken || other.FirstToken >= mention.EndToken)
            {
                continue;
            }
            var same = other.FirstToken == mention.FirstToken && other.EndToken == mention.EndToken;
            var inside = other.FirstToken >= mention.FirstToken && other.EndToken <= mention.EndToken;
            var around = other.FirstToken <= mention.FirstToken && other.EndToken >= mention.EndToken;
            var relation = same ? "same" : inside ? "contains" : around ? "inside" : "crosses";
            bag.Add($"rule-{relation}:{other.Type}");
            bag.Add($"rule-{relation}-source:{other.Source}");
            if (other.Known is not null)
            {
                bag.Add($"rule-{relation}-known");
            }
        }
    }

    private string SpanText(EntityMention mention) =>
        string.Join(' ', Enumerable.Range(mention.FirstToken, mention.EndToken - mention.FirstToken).Select(k => Stem(_doc.Tokens[k])));

    /// <summary>The token without a leading و (the commonest proclitic), so "ومحمد" counts as "محمد".</summary>
    private static string Stem(Token token) =>
        token.Kind == TokenKind.Word && token.Text.Length > 3 && token.Text[0] == 'و' ? token.Text[1..] : token.Text;
}
