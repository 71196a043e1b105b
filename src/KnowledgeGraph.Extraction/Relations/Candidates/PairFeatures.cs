using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Learning;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations.Candidates;

/// <summary>
/// The features a relation decision reads: whether and how the rules found the relation, the
/// trigger words of the sentence and where they stand, the words and prepositions around and
/// between the two mentions, what lies between them, the mentions' kinds and sources, the titles
/// the person carries, and where in the article the sentence is.
/// </summary>
public sealed class PairFeatures
{
    private const int MaxBetweenWords = 8;

    private readonly Doc _doc;
    private readonly RelationContext _context;
    private readonly Dictionary<int, List<Trigger>> _triggersBySentence = [];
    private readonly Dictionary<(DocEntity, DocEntity), List<RelationType>> _rulesByPair = [];
    private readonly Dictionary<DocEntity, HashSet<RelationType>> _rulesOfEntity = [];
    private readonly int _headlineEnd;
    private readonly TokenShapes _shapes;

    public PairFeatures(Doc doc, RelationContext context, IReadOnlyList<RelationCandidate> ruleRelations)
    {
        _doc = doc;
        _context = context;
        foreach (var trigger in doc.Triggers)
        {
            var sentence = doc.SentenceOf(trigger.FirstToken).Index;
            if (!_triggersBySentence.TryGetValue(sentence, out var list))
            {
                list = [];
                _triggersBySentence.Add(sentence, list);
            }
            list.Add(trigger);
        }
        foreach (var rule in ruleRelations)
        {
            foreach (var entity in new[] { rule.Source, rule.Target })
            {
                if (!_rulesOfEntity.TryGetValue(entity, out var set))
                {
                    set = [];
                    _rulesOfEntity.Add(entity, set);
                }
                set.Add(rule.Type);
            }
            foreach (var pair in new[] { (rule.Source, rule.Target), (rule.Target, rule.Source) })
            {
                if (!_rulesByPair.TryGetValue(pair, out var types))
                {
                    types = [];
                    _rulesByPair.Add(pair, types);
                }
                if (!types.Contains(rule.Type))
                {
                    types.Add(rule.Type); // each type once, in the order first found
                }
            }
        }
        _headlineEnd = HeadlineEnd(doc.Tokens);
        _shapes = new TokenShapes(doc, context);
    }

    public void Describe(PairCandidate candidate) => Describe(candidate, candidate.Features);

    public void Describe(PairCandidate candidate, IFeatureSink bag)
    {
        var source = candidate.Source;
        var target = candidate.Target;
        var tokens = _doc.Tokens;
        var sentence = _doc.Sentences[candidate.Sentence];

        RuleFeatures(candidate, bag);

        // Order, distance and what stands between.
        var sourceFirst = source.FirstToken <= target.FirstToken;
        var (left, right) = sourceFirst ? (source, target) : (target, source);
        bag.Add("source-first", sourceFirst);
        bag.Add("overlap", right.FirstToken < left.EndToken);
        var gapStart = Math.Min(left.EndToken, right.FirstToken);
        var gapEnd = right.FirstToken;
        bag.Add("gap", gapEnd - gapStart);
        bag.Add("cross-sentence", candidate.CrossSentence);
        if (candidate.CrossSentence)
        {
            var sourceSentence = _doc.SentenceOf(source.FirstToken).Index;
            var targetSentence = _doc.SentenceOf(target.FirstToken).Index;
            bag.Add("sentence-gap", Math.Abs(sourceSentence - targetSentence));
            bag.Add("source-here", sourceSentence == candidate.Sentence);
        }
        if (!candidate.CrossSentence && gapEnd > gapStart)
        {
            BetweenFeatures(candidate, gapStart, gapEnd, bag);
        }

        ShapeFeatures(candidate, left, right, sentence, bag);

        // The words around each argument.
        WordAround(bag, SourcePrevious, source.FirstToken - 1, sentence);
        WordAround(bag, SourceNext, source.EndToken, sentence);
        WordAround(bag, TargetPrevious, target.FirstToken - 1, sentence);
        WordAround(bag, TargetNext, target.EndToken, sentence);
        if (_context.Clauses.PrepositionOf(target) is { } targetPreposition)
        {
            bag.Add("t-prep:", targetPreposition);
        }
        else
        {
            bag.Add("t-prep:none");
        }
        if (_context.Clauses.PrepositionOf(source) is { } sourcePreposition)
        {
            bag.Add("s-prep:", sourcePreposition);
        }

        MentionFeatures(bag, SourceNames, source);
        MentionFeatures(bag, TargetNames, target);
        RoleFeatures(candidate, bag);
        var cue = TriggerFeatures(candidate, sentence, bag);
        ListFeatures(candidate, cue, bag);

        // Where the sentence is.
        bag.Add("sentence-index", Math.Min(candidate.Sentence, 12) + 1);
        bag.Add("headline", sentence.End <= _headlineEnd);
        bag.Add("sentence-length", Math.Min(sentence.TokenCount, 120));
        var clause = _context.Clauses.Clause(source.FirstToken);
        bag.Add("same-clause", target.FirstToken >= clause.First && target.FirstToken < clause.End);
        if (tokens[sentence.FirstToken].Kind == TokenKind.Word)
        {
            bag.Add("sentence-first:", tokens[sentence.FirstToken].Text);
        }
    }

    private void RuleFeatures(PairCandidate candidate, IFeatureSink bag)
    {
        if (candidate.Rule is { } rule)
        {
            bag.Add("rule");
            var colon = rule.Rule.IndexOf(':');
            bag.Add("rule:", colon < 0 ? rule.Rule : rule.Rule.AsSpan(0, colon));
            var sentence = _doc.Sentences[candidate.Sentence];
            bag.Add("rule-here", rule.EvidenceStart < sentence.End && rule.EvidenceEnd > sentence.Start);
            bag.Add("rule-planned", rule.Status == RelationStatus.Planned);
            bag.Add("rule-same-mentions", rule.SourceMention == candidate.Source && rule.TargetMention == candidate.Target);
        }
        if (_rulesOfEntity.TryGetValue(candidate.SourceEntity, out var sourceTypes))
        {
            foreach (var type in sourceTypes)
            {
                bag.Add("s-in-rule:", type.ToWire());
            }
        }
        if (_rulesOfEntity.TryGetValue(candidate.TargetEntity, out var targetTypes))
        {
            foreach (var type in targetTypes)
            {
                bag.Add("t-in-rule:", type.ToWire());
            }
        }
        if (_rulesByPair.TryGetValue((candidate.SourceEntity, candidate.TargetEntity), out var types))
        {
            foreach (var type in types)
            {
                if (type != candidate.Type)
                {
                    bag.Add("other-rule:", type.ToWire());
                }
            }
        }
    }

    private readonly HashSet<DocEntity> _seenBetween = [];

    private void BetweenFeatures(PairCandidate candidate, int gapStart, int gapEnd, IFeatureSink bag)
    {
        var tokens = _doc.Tokens;
        int persons = 0, places = 0, actors = 0, commas = 0, words = 0;
        var seenEntities = _seenBetween;
        seenEntities.Clear();
        foreach (var mention in _context.Table.Within(gapStart, gapEnd))
        {
            // The arguments' own titles and adjectives ("وزير الخارجية القطري" before al-Thani) are not someone else between them.
            if (mention.Entity is not { } entity || entity == candidate.SourceEntity || entity == candidate.TargetEntity || !seenEntities.Add(entity))
            {
                continue;
            }
            switch (entity.Type)
            {
                case EntityType.Person:
                    persons++;
                    break;
                case EntityType.Location or EntityType.Country:
                    places++;
                    break;
                default:
                    actors++;
                    break;
            }
        }
        for (var k = gapStart; k < gapEnd; k++)
        {
            var token = tokens[k];
            if (ClauseNavigator.IsClauseBreak(token))
            {
                commas++;
            }
            else if (token.Kind == TokenKind.Punctuation && token.Text is "\"" or "«" or "»" or "”" or "“")
            {
                bag.Add("between-quote");
            }
            else if (token.Kind == TokenKind.Punctuation && token.Text is "." or "؟" or "!")
            {
                bag.Add("between-stop");
            }
            else if (token.IsWord)
            {
                words++;
                if (gapEnd - gapStart <= MaxBetweenWords)
                {
                    bag.Add("between:", token.Text);
                }
            }
        }
        bag.Add("between-persons", persons);
        bag.Add("between-places", places);
        bag.Add("between-bodies", actors);
        bag.Add("between-breaks", commas);
        bag.Add("between-words", words);
        if (gapEnd - gapStart == 1 && tokens[gapStart].IsWord)
        {
            bag.Add("between-one:", tokens[gapStart].Text);
        }
        if (gapEnd - gapStart == 1 && tokens[gapStart].Kind == TokenKind.Punctuation)
        {
            bag.Add("between-punct:", tokens[gapStart].Text);
        }
    }

    /// <summary>The coarse pattern between the two mentions and on either side ("gap:H" for "X الدكتور Y").</summary>
    private void ShapeFeatures(PairCandidate candidate, EntityMention left, EntityMention right, Sentence sentence, IFeatureSink bag)
    {
        Span<char> pattern = stackalloc char[TokenShapes.MaxPatternLength];
        if (!candidate.CrossSentence && right.FirstToken >= left.EndToken)
        {
            var length = _shapes.Pattern(left.EndToken, right.FirstToken, pattern);
            bag.Add("gap:", length >= 0 ? pattern[..length] : "long");
        }
        bag.Add("before-left:", pattern[..Math.Max(0, _shapes.Pattern(Math.Max(sentence.FirstToken, left.FirstToken - 3), left.FirstToken, pattern))]);
        bag.Add("after-right:", pattern[..Math.Max(0, _shapes.Pattern(right.EndToken, Math.Min(sentence.EndToken, right.EndToken + 3), pattern))]);
        var source = candidate.Source;
        var target = candidate.Target;
        if (source.FirstToken > sentence.FirstToken)
        {
            bag.Add("s-prev-shape:", _shapes.LetterAt(source.FirstToken - 1));
        }
        if (target.FirstToken > sentence.FirstToken)
        {
            bag.Add("t-prev-shape:", _shapes.LetterAt(target.FirstToken - 1));
        }
        if (source.EndToken < sentence.EndToken)
        {
            bag.Add("s-next-shape:", _shapes.LetterAt(source.EndToken));
        }
        if (target.EndToken < sentence.EndToken)
        {
            bag.Add("t-next-shape:", _shapes.LetterAt(target.EndToken));
        }
    }

    private static readonly (string Word, string Edge) SourcePrevious = AroundNames("s-prev");
    private static readonly (string Word, string Edge) SourceNext = AroundNames("s-next");
    private static readonly (string Word, string Edge) TargetPrevious = AroundNames("t-prev");
    private static readonly (string Word, string Edge) TargetNext = AroundNames("t-next");

    private static (string Word, string Edge) AroundNames(string name) => (name + ":", name + ":edge");

    private void WordAround(IFeatureSink bag, (string Word, string Edge) names, int index, Sentence sentence)
    {
        if (index < sentence.FirstToken || index >= sentence.EndToken)
        {
            bag.Add(names.Edge);
            return;
        }
        var token = _doc.Tokens[index];
        bag.Add(names.Word, token.Kind is TokenKind.Word or TokenKind.Punctuation ? token.Text : Names<TokenKind>.Of(token.Kind));
    }

    /// <summary>The feature names of one side of a pair ("s" for the source, "t" for the target), made once.</summary>
    private sealed record SideNames(string Side)
    {
        public string Type { get; } = Side + "-type:";
        public string Kind { get; } = Side + "-kind:";
        public string Source { get; } = Side + "-source:";
        public string Known { get; } = Side + "-known";
        public string Nested { get; } = Side + "-nested";
        public string Weak { get; } = Side + "-weak";
        public string Mentions { get; } = Side + "-mentions";
        public string Roles { get; } = Side + "-roles";
        public string Named { get; } = Side + "-named";
        public string Tokens { get; } = Side + "-tokens";
        public string FirstMention { get; } = Side + "-first-mention";
    }

    private static readonly SideNames SourceNames = new("s");
    private static readonly SideNames TargetNames = new("t");

    private static void MentionFeatures(IFeatureSink bag, SideNames names, EntityMention mention)
    {
        var entity = mention.Entity!;
        bag.Add(names.Type, Names<EntityType>.Of(entity.Type));
        bag.Add(names.Kind, Names<MentionKind>.Of(mention.Kind));
        bag.Add(names.Source, Names<MentionSource>.Of(mention.Source));
        bag.Add(names.Known, entity.Known is not null);
        bag.Add(names.Nested, mention.Nested);
        bag.Add(names.Weak, mention.Weak);
        bag.Add(names.Mentions, Math.Min(entity.Mentions.Count, 20));
        bag.Add(names.Roles, Math.Min(entity.Roles.Count, 5));
        bag.Add(names.Named, entity.IsNamed);
        bag.Add(names.Tokens, mention.EndToken - mention.FirstToken);
        bag.Add(names.FirstMention, entity.FirstPosition == mention.Start);
    }

    private void RoleFeatures(PairCandidate candidate, IFeatureSink bag)
    {
        if (candidate.Type == RelationType.HoldsRole)
        {
            bag.Add("title-shares-words", TitleSharesWords(candidate));
            bag.Add("t-top-of-type", IsTopOfType(candidate.TargetEntity));
        }
        var source = candidate.Source;
        var target = candidate.TargetEntity;
        if (source.IsCounterpart)
        {
            bag.Add("s-counterpart");
        }
        foreach (var role in source.AllRoles)
        {
            bag.Add("s-title:", Names<TitleClass>.Of(role.Title.Class));
            if (role.Target?.Entity == target)
            {
                bag.Add("s-role-target");
                bag.Add("s-role-target-title:", Names<TitleClass>.Of(role.Title.Class));
            }
            if (candidate.Target.FirstToken >= role.LeadingToken && candidate.Target.EndToken <= role.EndToken)
            {
                bag.Add("t-in-title");
            }
            bag.Add("s-title-apposition", role.IsApposition);
        }
        foreach (var role in candidate.SourceEntity.Roles)
        {
            if (role.Target?.Entity == target)
            {
                bag.Add("entity-role-target");
            }
        }
        // A title word right before the person, and the target right after it ("وزير خارجية X فلان").
        var tokens = _doc.Tokens;
        var words = _context.Features;
        for (var k = Math.Max(0, source.FirstToken - 4); k < source.FirstToken; k++)
        {
            if (words.StartsTitle(k))
            {
                bag.Add("title-before-s");
                bag.Add("title-before-s:", tokens[k].Text);
                break;
            }
        }
        if (source.EndToken < tokens.Count && words.StartsTitle(Math.Min(tokens.Count - 1, source.EndToken + (tokens[source.EndToken].Kind == TokenKind.Punctuation ? 1 : 0))))
        {
            bag.Add("title-after-s");
        }
    }

    /// <summary>Words a title of the person shares with the target's name ("وزير الصحة" and "وزارة الصحة": الصحة).</summary>
    private int TitleSharesWords(PairCandidate candidate)
    {
        var target = candidate.TargetEntity.Canonical ?? candidate.Target;
        var targetWords = ContentWords(_doc.Normalized.Text.AsSpan(target.NameStart, target.NameEnd - target.NameStart));
        if (targetWords.Count == 0)
        {
            return 0;
        }
        var best = 0;
        foreach (var role in candidate.Source.AllRoles)
        {
            best = Math.Max(best, SharedWords(ContentWords(role.RoleText), targetWords));
        }
        foreach (var role in candidate.SourceEntity.Roles)
        {
            best = Math.Max(best, SharedWords(ContentWords(role.RoleText), targetWords));
        }
        return best;
    }

    private static int SharedWords(HashSet<string> words, HashSet<string> others)
    {
        var shared = 0;
        foreach (var word in words)
        {
            shared += others.Contains(word) ? 1 : 0;
        }
        return shared;
    }

    private readonly Dictionary<string, HashSet<string>> _contentWords = new(StringComparer.Ordinal);

    private HashSet<string> ContentWords(ReadOnlySpan<char> text)
    {
        var cache = _contentWords.GetAlternateLookup<ReadOnlySpan<char>>();
        return cache.TryGetValue(text, out var cached) ? cached : ContentWords(text.ToString());
    }

    private HashSet<string> ContentWords(string text)
    {
        if (_contentWords.TryGetValue(text, out var cached))
        {
            return cached;
        }
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in _context.Resources.Normalizer.NormalizeKey(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.StartsWith("ال", StringComparison.Ordinal) && raw.Length > 4 ? raw[2..] : raw.StartsWith("لل", StringComparison.Ordinal) && raw.Length > 4 ? raw[2..] : raw;
            if (word.Length > 2 && !_context.Resources.Stopwords.Contains(raw))
            {
                result.Add(word);
            }
        }
        _contentWords[text] = result;
        return result;
    }

    /// <summary>Whether the entity is the one of its type the article mentions most (its country, its main body).</summary>
    private bool IsTopOfType(DocEntity entity)
    {
        _topOfType ??= _doc.Entities.GroupBy(other => other.Type).ToDictionary(group => group.Key, group => group.MaxBy(other => other.Mentions.Count)!);
        return _topOfType.TryGetValue(entity.Type, out var top) && top == entity;
    }

    private Dictionary<EntityType, DocEntity>? _topOfType;

    /// <summary>The trigger features; returns the nearest trigger of the candidate's own type, if any.</summary>
    private Trigger? TriggerFeatures(PairCandidate candidate, Sentence sentence, IFeatureSink bag)
    {
        if (!_triggersBySentence.TryGetValue(sentence.Index, out var triggers))
        {
            bag.Add("no-trigger");
            return null;
        }
        var source = candidate.Source;
        var target = candidate.Target;
        Trigger? nearest = null;
        var nearestDistance = int.MaxValue;
        foreach (var trigger in triggers)
        {
            var relation = trigger.Info.Relation.ToWire();
            bag.Add("trigger:", relation);
            bag.Add("frame:", Names<Frame>.Of(trigger.Info.Frame));
            var distance = Math.Abs(trigger.FirstToken - source.FirstToken) + Math.Abs(trigger.FirstToken - target.FirstToken);
            if (trigger.Info.Relation == candidate.Type && distance < nearestDistance)
            {
                nearest = trigger;
                nearestDistance = distance;
            }
            var between = trigger.FirstToken > Math.Min(source.FirstToken, target.FirstToken) && trigger.FirstToken < Math.Max(source.FirstToken, target.FirstToken);
            if (between)
            {
                bag.Add("between-frame:", Names<Frame>.Of(trigger.Info.Frame));
            }
        }
        if (nearest is null)
        {
            bag.Add("no-own-trigger");
            return null;
        }
        bag.Add("own-frame:", Names<Frame>.Of(nearest.Info.Frame));
        bag.Add("own-form:", nearest.Info.Form);
        bag.Add("own-tense:", Names<TriggerTense>.Of(nearest.Info.Tense));
        bag.Add("own-pronoun:", Names<Pronoun>.Of(nearest.Pronoun));
        bag.Add("own-future", nearest.Future);
        bag.Add("own-purpose", nearest.Purpose);
        bag.Add("own-preposition", nearest.WithPreposition);
        bag.Add("trigger-to-source", Math.Clamp(source.FirstToken - nearest.FirstToken, -40, 40));
        bag.Add("trigger-to-target", Math.Clamp(target.FirstToken - nearest.FirstToken, -40, 40));
        bag.Add("trigger-before-source", nearest.FirstToken < source.FirstToken);
        bag.Add("trigger-before-target", nearest.FirstToken < target.FirstToken);
        return nearest;
    }

    /// <summary>Lists of people: how long, whether they follow the cue, whether both arguments are in one.</summary>
    private void ListFeatures(PairCandidate candidate, Trigger? cue, IFeatureSink bag)
    {
        _lists ??= new PersonLists(_doc, _context.Table);
        var sourceList = _lists.Of(candidate.Source);
        var targetList = _lists.Of(candidate.Target);
        ListSide(sourceList, cue, "s-list-size", "s-list-after-cue", "s-list-after-pronoun-cue", bag);
        ListSide(targetList, cue, "t-list-size", "t-list-after-cue", "t-list-after-pronoun-cue", bag);
        bag.Add("same-list", sourceList is not null && sourceList == targetList);
    }

    private static void ListSide(PersonList? list, Trigger? cue, string size, string afterCue, string afterPronounCue, IFeatureSink bag)
    {
        if (list is null)
        {
            return;
        }
        bag.Add(size, Math.Min(list.Size, 6));
        if (cue is not null && list.FirstToken >= cue.EndToken && list.FirstToken - cue.EndToken <= 6)
        {
            bag.Add(afterCue);
            // "كان في استقباله فلان، وفلان": the pronoun is the one they received.
            bag.Add(afterPronounCue, cue.Pronoun != Pronoun.None);
        }
    }

    private PersonLists? _lists;

    private static int HeadlineEnd(IReadOnlyList<Token> tokens)
    {
        for (var k = 1; k < tokens.Count; k++)
        {
            if (tokens[k].LineBreakBefore)
            {
                return tokens[k - 1].End;
            }
        }
        return -1;
    }
}
