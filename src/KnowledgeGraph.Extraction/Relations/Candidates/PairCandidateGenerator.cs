using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations.Candidates;

/// <summary>
/// Generates relation candidates broadly, for a learned decision to keep or drop: in every
/// sentence, each person with each place (VISITED) and each title target near them (HOLDS_ROLE),
/// each pair of people (MET, ACCOMPANIED both ways), and, where a claim word is, each pair of
/// actors (ACCUSED, DENIED, WARNED). Every relation the rules found is a candidate too, also when
/// its arguments lie in different sentences.
/// </summary>
public sealed class PairCandidateGenerator
{
    /// <summary>Mentions further apart than this (in tokens) are not paired.</summary>
    public const int MaxDistance = 45;

    /// <summary>A title target is looked for this close to its person.</summary>
    public const int MaxRoleDistance = 20;

    /// <param name="wanted">The types to generate broadly (those a classifier decides); the rules' relations of every type are candidates anyway.</param>
    public List<PairCandidate> Generate(Doc doc, IReadOnlyList<RelationCandidate> ruleRelations, Func<RelationType, bool>? wanted = null)
    {
        var rules = RuleIndex(ruleRelations);
        var result = new List<PairCandidate>();
        var seen = new HashSet<(RelationType, EntityMention, EntityMention)>();
        var claimSentences = doc.Triggers
            .Where(trigger => trigger.Info.Relation is RelationType.Accused or RelationType.Denied or RelationType.Warned)
            .Select(trigger => doc.SentenceOf(trigger.FirstToken).Index)
            .ToHashSet();

        foreach (var (sentence, mentions) in MentionsBySentence(doc))
        {
            var hasClaim = claimSentences.Contains(sentence);
            foreach (var a in mentions)
            {
                foreach (var b in mentions)
                {
                    if (a == b || a.Entity == b.Entity || Distance(a, b) > MaxDistance)
                    {
                        continue;
                    }
                    var typeA = a.Entity!.Type;
                    var typeB = b.Entity!.Type;
                    if (typeA == EntityType.Person && typeB is EntityType.Location or EntityType.Country or EntityType.Organization)
                    {
                        Add(RelationType.Visited, a, b);
                        if (Distance(a, b) <= MaxRoleDistance)
                        {
                            Add(RelationType.HoldsRole, a, b);
                        }
                    }
                    if (typeA == EntityType.Person && typeB == EntityType.Person)
                    {
                        if (a.Start < b.Start)
                        {
                            Add(RelationType.Met, a, b);
                        }
                        Add(RelationType.Accompanied, a, b);
                    }
                    if (hasClaim && IsActor(typeA) && IsActor(typeB))
                    {
                        Add(RelationType.Accused, a, b);
                        Add(RelationType.Denied, a, b);
                        Add(RelationType.Warned, a, b);
                    }

                    void Add(RelationType type, EntityMention source, EntityMention target)
                    {
                        if ((wanted is null || wanted(type)) && seen.Add((type, source, target)))
                        {
                            result.Add(new PairCandidate
                            {
                                Type = type, Source = source, Target = target, Sentence = sentence,
                                Rule = rules.GetValueOrDefault(Key(type, source.Entity!, target.Entity!)),
                            });
                        }
                    }
                }
            }
        }

        AddAcrossSentences(doc, rules, result, seen, wanted);
        if (wanted is null || wanted(RelationType.HoldsRole))
        {
            AddOfficesAcrossArticle(doc, rules, result, seen);
        }
        result = ClosestPairPerSentence(result);

        // Rule relations whose pair no candidate above covers (arguments in different sentences, or further apart).
        var covered = result.Select(candidate => Key(candidate.Type, candidate.SourceEntity, candidate.TargetEntity)).ToHashSet();
        foreach (var rule in ruleRelations)
        {
            if (covered.Contains(Key(rule.Type, rule.Source, rule.Target)))
            {
                continue;
            }
            var source = rule.SourceMention ?? rule.Source.Canonical ?? rule.Source.Mentions[0];
            var target = rule.TargetMention ?? rule.Target.Canonical ?? rule.Target.Mentions[0];
            var sentence = SentenceAt(doc, rule.EvidenceStart);
            result.Add(new PairCandidate
            {
                Type = rule.Type, Source = source, Target = target, Sentence = sentence, Rule = rule,
                CrossSentence = doc.SentenceOf(source.FirstToken).Index != doc.SentenceOf(target.FirstToken).Index,
            });
        }
        return result;
    }

    /// <summary>
    /// One candidate per type, entity pair and sentence: the mentions the rule read, else the two
    /// closest (a person named twice in a sentence is one reading of it, not two).
    /// </summary>
    private static List<PairCandidate> ClosestPairPerSentence(List<PairCandidate> candidates)
    {
        var best = new Dictionary<((RelationType, DocEntity, DocEntity), int), PairCandidate>();
        var order = new List<((RelationType, DocEntity, DocEntity), int)>();
        foreach (var candidate in candidates)
        {
            var key = (Key(candidate.Type, candidate.SourceEntity, candidate.TargetEntity), candidate.Sentence);
            if (!best.TryGetValue(key, out var current))
            {
                best.Add(key, candidate);
                order.Add(key);
            }
            else if (Preference(candidate).CompareTo(Preference(current)) < 0)
            {
                best[key] = candidate;
            }
        }
        return order.Select(key => best[key]).ToList();
    }

    /// <summary>Lower is better: the rule's own mentions, then within one sentence, then closer, then earlier.</summary>
    private static (int, int, int, int) Preference(PairCandidate candidate) =>
        (candidate.Rule is { } rule && rule.SourceMention == candidate.Source && rule.TargetMention == candidate.Target ? 0 : 1,
         candidate.CrossSentence ? 1 : 0, Distance(candidate.Source, candidate.Target), candidate.Source.Start);

    /// <summary>Sentences before an event sentence whose people and places it may refer back to.</summary>
    public const int LookBack = 3;

    private static readonly HashSet<Frame> ParticipationFrames =
    [
        Frame.Attend, Frame.Participate, Frame.Receive, Frame.Meet, Frame.Shake, Frame.Delegation, Frame.Accompany, Frame.Escort, Frame.Join,
        Frame.Visit, Frame.Travel, Frame.Arrive, Frame.Presence, Frame.Tour, Frame.Pass, Frame.Speak,
    ];

    /// <summary>
    /// People of an event sentence ("حضر الاستقبال ..."، "ويضم الوفد المرافق لسموه ...") with the people
    /// and places of the sentences just before it (the reception, its host, guest and venue); and the
    /// people of those sentences with the places of a visit sentence that names no one.
    /// </summary>
    private static void AddAcrossSentences(Doc doc, Dictionary<(RelationType, DocEntity, DocEntity), RelationCandidate> rules,
        List<PairCandidate> result, HashSet<(RelationType, EntityMention, EntityMention)> seen, Func<RelationType, bool>? wanted)
    {
        var bySentence = MentionsBySentence(doc).ToDictionary(pair => pair.Sentence, pair => pair.Mentions);
        var eventSentences = doc.Triggers.Where(trigger => ParticipationFrames.Contains(trigger.Info.Frame))
            .GroupBy(trigger => doc.SentenceOf(trigger.FirstToken).Index);
        foreach (var group in eventSentences)
        {
            var sentence = group.Key;
            var here = bySentence.GetValueOrDefault(sentence) ?? [];
            var people = here.Where(mention => mention.Entity!.Type == EntityType.Person).ToList();
            var earlier = new Dictionary<DocEntity, EntityMention>();
            for (var k = Math.Max(0, sentence - LookBack); k < sentence; k++)
            {
                foreach (var mention in bySentence.GetValueOrDefault(k) ?? [])
                {
                    earlier[mention.Entity!] = mention; // the latest mention before the sentence
                }
            }
            var hereEntities = here.Select(mention => mention.Entity!).ToHashSet();
            foreach (var (entity, partner) in earlier)
            {
                if (hereEntities.Contains(entity))
                {
                    continue;
                }
                foreach (var person in people)
                {
                    if (entity.Type == EntityType.Person)
                    {
                        Add(RelationType.Met, person, partner);
                        Add(RelationType.Accompanied, person, partner);
                        Add(RelationType.Accompanied, partner, person);
                    }
                    else if (entity.Type is EntityType.Location or EntityType.Country or EntityType.Organization)
                    {
                        Add(RelationType.Visited, person, partner);
                    }
                }
                if (entity.Type == EntityType.Person && group.Any(trigger => trigger.Info.Relation == RelationType.Visited))
                {
                    foreach (var place in here.Where(mention => mention.Entity!.Type is EntityType.Location or EntityType.Country or EntityType.Organization))
                    {
                        Add(RelationType.Visited, partner, place);
                    }
                }
            }

            void Add(RelationType type, EntityMention source, EntityMention target)
            {
                if (source.Entity == target.Entity || wanted is not null && !wanted(type) || !seen.Add((type, source, target)))
                {
                    return;
                }
                result.Add(new PairCandidate
                {
                    Type = type, Source = source, Target = target, Sentence = sentence, CrossSentence = true,
                    Rule = rules.GetValueOrDefault(Key(type, source.Entity!, target.Entity!)),
                });
            }
        }
    }

    /// <summary>
    /// A person the article gives a title with each body, country and place the article names
    /// elsewhere: where an office is held is often said once for the article ("وزير الصحة" of the
    /// ministry named in the first paragraph, "ولي العهد" of the article's country).
    /// </summary>
    private static void AddOfficesAcrossArticle(Doc doc, Dictionary<(RelationType, DocEntity, DocEntity), RelationCandidate> rules,
        List<PairCandidate> result, HashSet<(RelationType, EntityMention, EntityMention)> seen)
    {
        var paired = result.Where(candidate => candidate.Type == RelationType.HoldsRole)
            .Select(candidate => (candidate.SourceEntity, candidate.TargetEntity)).ToHashSet();
        var places = doc.Entities.Where(entity => entity.Type is EntityType.Organization or EntityType.Country or EntityType.Location && entity.Mentions.Count > 0).ToList();
        foreach (var person in doc.Entities.Where(entity => entity.Type == EntityType.Person))
        {
            var titled = person.Mentions.FirstOrDefault(mention => mention.Role is not null);
            if (titled is null)
            {
                continue;
            }
            foreach (var place in places)
            {
                if (paired.Contains((person, place)))
                {
                    continue;
                }
                var target = place.Mentions.MinBy(mention => Math.Abs(mention.FirstToken - titled.FirstToken))!;
                if (!seen.Add((RelationType.HoldsRole, titled, target)))
                {
                    continue;
                }
                var sentence = doc.SentenceOf(titled.FirstToken).Index;
                result.Add(new PairCandidate
                {
                    Type = RelationType.HoldsRole, Source = titled, Target = target,
                    CrossSentence = doc.SentenceOf(target.FirstToken).Index != sentence,
                    Sentence = sentence,
                    Rule = rules.GetValueOrDefault(Key(RelationType.HoldsRole, person, place)),
                });
            }
        }
    }

    /// <summary>The key of a relation between two entities; MET is read in either order.</summary>
    public static (RelationType, DocEntity, DocEntity) Key(RelationType type, DocEntity source, DocEntity target) =>
        type.IsSymmetric() && string.CompareOrdinal(source.Key, target.Key) > 0 ? (type, target, source) : (type, source, target);

    private static Dictionary<(RelationType, DocEntity, DocEntity), RelationCandidate> RuleIndex(IReadOnlyList<RelationCandidate> rules)
    {
        var index = new Dictionary<(RelationType, DocEntity, DocEntity), RelationCandidate>();
        foreach (var rule in rules)
        {
            index.TryAdd(Key(rule.Type, rule.Source, rule.Target), rule);
        }
        return index;
    }

    private static bool IsActor(EntityType type) => type is EntityType.Person or EntityType.Country or EntityType.Organization;

    private static int Distance(EntityMention a, EntityMention b) =>
        a.FirstToken < b.FirstToken ? Math.Max(0, b.FirstToken - a.EndToken) : Math.Max(0, a.FirstToken - b.EndToken);

    private static IEnumerable<(int Sentence, List<EntityMention> Mentions)> MentionsBySentence(Doc doc)
    {
        var bySentence = new SortedDictionary<int, List<EntityMention>>();
        foreach (var mention in doc.Mentions)
        {
            if (mention.Entity is null)
            {
                continue;
            }
            var sentence = doc.SentenceOf(mention.FirstToken).Index;
            if (!bySentence.TryGetValue(sentence, out var list))
            {
                list = [];
                bySentence.Add(sentence, list);
            }
            list.Add(mention);
        }
        return bySentence.Select(pair => (pair.Key, pair.Value));
    }

    private static int SentenceAt(Doc doc, int offset)
    {
        foreach (var sentence in doc.Sentences)
        {
            if (offset < sentence.End)
            {
                return sentence.Index;
            }
        }
        return doc.Sentences.Count - 1;
    }
}
