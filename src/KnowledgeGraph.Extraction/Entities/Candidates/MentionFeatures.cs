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
    private static readonly Dictionary<MentionSource, string> SourceTypePrefix =
        Enum.GetValues<MentionSource>().ToDictionary(source => source, source => $"source-type:{source}:");

    private static readonly EdgeNames First = new("first");
    private static readonly EdgeNames Last = new("last");
    private static readonly ContextNames Previous = new("prev");
    private static readonly ContextNames BeforePrevious = new("prev2");
    private static readonly ContextNames Next = new("next");

    private readonly Doc _doc;
    private readonly WordFeatures _words;
    private readonly LanguageResources _resources;
    private readonly string[] _stems;
    private readonly RuleMentionFeatures _rules;
    private readonly Dictionary<string, int> _tokenCounts = new(StringComparer.Ordinal);
    private readonly Dictionary<EntityMention, int> _spanCounts = [];

    public MentionFeatures(Doc doc, WordFeatures words, LanguageResources resources, IReadOnlyList<EntityMention> ruleMentions)
    {
        _doc = doc;
        _words = words;
        _resources = resources;
        var tokens = doc.Tokens;
        _stems = new string[tokens.Count];
        _contextFlags = new ContextFlag[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            _stems[i] = Stem(tokens[i]);
            if (tokens[i].IsWord)
            {
                _tokenCounts[_stems[i]] = _tokenCounts.GetValueOrDefault(_stems[i]) + 1;
            }
        }
        _rules = new RuleMentionFeatures(doc, ruleMentions);
    }

    /// <summary>Counts how often each candidate's words occur in the article (a name the article repeats).</summary>
    public void CountSpans(IEnumerable<EntityMention> mentions)
    {
        var byFirst = new Dictionary<string, List<EntityMention>>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            var first = _stems[mention.FirstToken];
            if (!byFirst.TryGetValue(first, out var list))
            {
                list = [];
                byFirst.Add(first, list);
            }
            list.Add(mention);
            _spanCounts[mention] = 0;
        }
        for (var i = 0; i < _stems.Length; i++)
        {
            if (!byFirst.TryGetValue(_stems[i], out var starting))
            {
                continue;
            }
            foreach (var mention in starting)
            {
                var length = mention.EndToken - mention.FirstToken;
                if (i + length <= _stems.Length && _stems.AsSpan(i, length).SequenceEqual(_stems.AsSpan(mention.FirstToken, length)))
                {
                    _spanCounts[mention]++;
                }
            }
        }
    }

    public void Describe(EntityMention mention, IFeatureSink features)
    {
        var tokens = _doc.Tokens;
        var first = mention.FirstToken;
        var last = mention.EndToken - 1;
        var length = mention.EndToken - mention.FirstToken;
        var type = Names<EntityType>.Of(mention.Type);
        var source = Names<MentionSource>.Of(mention.Source);

        features.Add("type:", type);
        features.Add("source:", source);
        features.Add(SourceTypePrefix[mention.Source], type);
        features.Add("kind:", Names<MentionKind>.Of(mention.Kind));
        features.Add("tokens", length);
        features.Add("needs-anchor", mention.NeedsAnchor);
        features.Add("has-role", mention.Role is not null);
        if (mention.Known is { } known)
        {
            features.Add("known");
            features.Add("known-type-agrees", known.Type == mention.Type);
        }
        features.Add("prefix", mention.Start > tokens[first].Start);

        Edge(features, First, first);
        Edge(features, Last, last);
        var text = _stems[last];
        features.Add("last-adjective", text.EndsWith("يه", StringComparison.Ordinal) || text.EndsWith('ي') && text.StartsWith("ال", StringComparison.Ordinal));
        features.Add("second-al", length > 1 && tokens[first + 1].Text.StartsWith("ال", StringComparison.Ordinal));

        int common = 0, stop = 0, titles = 0, given = 0, connectors = 0, rare = 0, minLevel = int.MaxValue, maxLevel = 0;
        for (var k = first; k <= last; k++)
        {
            var level = _words.FrequencyLevel(k);
            rare += level <= MentionCandidateGenerator.RareLevel ? 1 : 0;
            minLevel = Math.Min(minLevel, level);
            maxLevel = Math.Max(maxLevel, level);
            common += _words.IsCommon(k) ? 1 : 0;
            stop += _words.IsStopword(k) ? 1 : 0;
            titles += k > first && _words.StartsTitle(k) ? 1 : 0;
            given += _words.GivenNameLength(k) > 0 ? 1 : 0;
            connectors += _words.IsConnector(k) ? 1 : 0;
        }
        features.Add("common-words", common);
        features.Add("common-share", (float)common / length);
        features.Add("stopwords", stop);
        features.Add("inner-titles", titles);
        features.Add("given-names", given);
        features.Add("connectors", connectors);
        features.Add("rare-words", rare);
        features.Add("min-level", minLevel + 1);
        features.Add("max-level", maxLevel + 1);
        features.Add("first-level", _words.FrequencyLevel(first) + 1);
        features.Add("last-level", _words.FrequencyLevel(last) + 1);

        Around(features, Previous, first - 1, before: true);
        Around(features, BeforePrevious, first - 2, before: true);
        Around(features, Next, last + 1, before: false);
        features.Add("headline", _words.InFirstLine(first));
        features.Add("line-start", tokens[first].LineBreakBefore);
        features.Add("quoted", first > 0 && tokens[first - 1].Kind == TokenKind.Punctuation && tokens[first - 1].Text is "«" or "\"" or "“"
                               && last + 1 < tokens.Count && tokens[last + 1].Text is "»" or "\"" or "”");

        _rules.Overlaps(features, mention);
        _rules.Neighbours(features, mention);

        features.Add("repeats", Math.Min(_spanCounts.GetValueOrDefault(mention), 10));
        features.Add("last-word-repeats", Math.Min(_tokenCounts.GetValueOrDefault(_stems[last]), 10));
        features.Add("first-word-repeats", Math.Min(_tokenCounts.GetValueOrDefault(_stems[first]), 10));
    }

    /// <summary>The feature names of an edge word ("first", "last"), made once.</summary>
    private sealed record EdgeNames(string Name)
    {
        public string Word { get; } = Name + ":";
        public string Given { get; } = Name + "-given";
        public string Common { get; } = Name + "-common";
        public string Stop { get; } = Name + "-stop";
        public string Title { get; } = Name + "-title";
        public string Head { get; } = Name + "-head";
        public string Article { get; } = Name + "-al";
        public string Latin { get; } = Name + "-latin";
        public string Length { get; } = Name + "-length";
    }

    /// <summary>The feature names of a word around the span ("prev", "next"), made once.</summary>
    private sealed record ContextNames(string Name)
    {
        public string Word { get; } = Name + ":";
        public string Edge { get; } = Name + ":edge";
        public string Title { get; } = Name + "-title";
        public string Given { get; } = Name + "-given";
        public string Common { get; } = Name + "-common";
        public string Stop { get; } = Name + "-stop";
        public string Speech { get; } = Name + "-speech";
        public string Level { get; } = Name + "-level";
    }

    private void Edge(IFeatureSink features, EdgeNames names, int index)
    {
        var token = _doc.Tokens[index];
        features.Add(names.Word, token.Kind == TokenKind.Word ? _stems[index] : Names<TokenKind>.Of(token.Kind));
        features.Add(names.Given, _words.GivenNameLength(index) > 0);
        features.Add(names.Common, _words.IsCommon(index));
        features.Add(names.Stop, _words.IsStopword(index));
        features.Add(names.Title, _words.StartsTitle(index));
        features.Add(names.Head, _words.StartsHead(index));
        features.Add(names.Article, _stems[index].StartsWith("ال", StringComparison.Ordinal));
        features.Add(names.Latin, token.Kind == TokenKind.Latin);
        features.Add(names.Length, Math.Min(token.Text.Length, 12));
    }

    private void Around(IFeatureSink features, ContextNames names, int index, bool before)
    {
        var tokens = _doc.Tokens;
        if (index < 0 || index >= tokens.Count || (before ? tokens[index + 1].LineBreakBefore : tokens[index].LineBreakBefore))
        {
            features.Add(names.Edge);
            return;
        }
        var token = tokens[index];
        features.Add(names.Word, token.Kind is TokenKind.Word or TokenKind.Punctuation ? token.Text : Names<TokenKind>.Of(token.Kind));
        if (token.Kind == TokenKind.Word)
        {
            var flags = ContextFlags(index);
            features.Add(names.Title, (flags & ContextFlag.TitleOrTitleEnd) != 0);
            features.Add(names.Given, _words.GivenNameLength(index) > 0);
            features.Add(names.Common, _words.IsCommon(index));
            features.Add(names.Stop, _words.IsStopword(index));
            features.Add(names.Speech, (flags & ContextFlag.Speech) != 0);
            features.Add(names.Level, _words.FrequencyLevel(index) + 1);
        }
    }

    [Flags]
    private enum ContextFlag : byte
    {
        None = 0,
        Known = 1,
        TitleOrTitleEnd = 2,
        Speech = 4,
    }

    // The lexicon answers about a word around a candidate, looked up once per token: neighbouring
    // candidates share their context words.
    private readonly ContextFlag[] _contextFlags;

    private ContextFlag ContextFlags(int index)
    {
        var flags = _contextFlags[index];
        if (flags == ContextFlag.None)
        {
            flags = ContextFlag.Known;
            if (_words.StartsTitle(index) || IsTitleEnd(index))
            {
                flags |= ContextFlag.TitleOrTitleEnd;
            }
            if (_words.IsSpeechVerb(index))
            {
                flags |= ContextFlag.Speech;
            }
            _contextFlags[index] = flags;
        }
        return flags;
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

    /// <summary>The token without a leading و (the commonest proclitic), so "ومحمد" counts as "محمد".</summary>
    private static string Stem(Token token) =>
        token.Kind == TokenKind.Word && token.Text.Length > 3 && token.Text[0] == 'و' ? token.Text[1..] : token.Text;
}
