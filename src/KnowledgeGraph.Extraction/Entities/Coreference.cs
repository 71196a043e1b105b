using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// Groups the mentions of one article into entities: names by identity (gazetteer id, or the
/// skeleton of an unknown name), short names by the full name they are part of (كيم → كيم جونغ
/// أون, ليم → ليم سو سوك), anchored short forms once their entity is named, descriptors by the
/// office the article ties to a person (الرئيس الروسي → بوتين), nationality adjectives to their
/// country, and capitals used for their government to the country as well (واشنطن حذرت).
/// </summary>
public sealed class Coreference : IPipelineComponent
{
    /// <summary>Words before a capital that make it a place rather than its government.</summary>
    private static readonly HashSet<string> Locatives = new(StringComparer.Ordinal)
    {
        "في", "الي", "من", "نحو", "عبر", "داخل", "قرب", "حتي", "خارج", "بين", "شمال", "جنوب", "شرق", "غرب", "وسط", "مطار", "عاصمه", "العاصمه", "مدينه",
    };

    private readonly LanguageResources _resources;
    private readonly NameWords _nameWords;

    public Coreference(LanguageResources resources, NameWords nameWords)
    {
        _resources = resources;
        _nameWords = nameWords;
    }

    public void Process(Doc doc)
    {
        var table = MentionTable.For(doc);
        var entities = new Dictionary<string, DocEntity>(StringComparer.Ordinal);

        foreach (var mention in doc.Mentions.Where(mention => mention.Kind == MentionKind.Name && !mention.NeedsAnchor))
        {
            Link(entities, mention, KeyOf(mention));
        }

        MergePartialPersonNames(doc, entities);
        PropagateNames(doc, table, entities);

        foreach (var mention in doc.Mentions.Where(mention => mention.NeedsAnchor && mention.Entity is null).ToList())
        {
            if (mention.Known is { } known && (entities.ContainsKey(known.Id) || mention.Role is not null))
            {
                Link(entities, mention, known.Id);
            }
            else
            {
                doc.Mentions.Remove(mention);
            }
        }

        // Nationalities first: a descriptor is resolved through the country its adjective names.
        foreach (var mention in doc.Mentions.Where(mention => mention.Kind == MentionKind.Adjective && mention.Known is not null))
        {
            Link(entities, mention, mention.Known!.Id);
        }

        ResolveDescriptors(doc, entities);
        AddTitleAliases(doc, entities);

        AddMetonyms(doc, entities);
        AddStateNouns(doc, entities);

        doc.Entities.Clear();
        foreach (var entity in entities.Values.OrderBy(entity => entity.FirstPosition))
        {
            entity.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
            entity.Canonical = entity.Mentions
                .Where(mention => mention.Kind == MentionKind.Name)
                .OrderByDescending(mention => mention.NameEnd - mention.NameStart)
                .ThenBy(mention => mention.Start)
                .FirstOrDefault() ?? entity.Mentions[0];
            foreach (var role in entity.Mentions.SelectMany(mention => mention.AllRoles))
            {
                if (!entity.Roles.Contains(role))
                {
                    entity.Roles.Add(role);
                }
            }
            doc.Entities.Add(entity);
        }
        doc.Mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Nested.CompareTo(b.Nested));
        doc.MentionTable = null;
    }

    private static string KeyOf(EntityMention mention) =>
        mention.Known?.Id ?? $"{mention.Type.ToWire()}|{EntityKeys.Skeleton(mention.NameKey ?? "")}";

    private static DocEntity Link(Dictionary<string, DocEntity> entities, EntityMention mention, string key, EntityType? type = null, GazetteerEntry? known = null)
    {
        if (!entities.TryGetValue(key, out var entity))
        {
            entity = new DocEntity(type ?? mention.Known?.Type ?? mention.Type, known ?? mention.Known, key);
            entities.Add(key, entity);
        }
        if (mention.Entity is { } previous && previous != entity)
        {
            previous.Mentions.Remove(mention);
        }
        mention.Entity = entity;
        if (!entity.Mentions.Contains(mention))
        {
            entity.Mentions.Add(mention);
        }
        return entity;
    }

    /// <summary>An unknown person whose name is part of a longer person name in the article is that person.</summary>
    private static void MergePartialPersonNames(Doc doc, Dictionary<string, DocEntity> entities)
    {
        var people = entities.Values.Where(entity => entity.Type == EntityType.Person).ToList();
        if (people.Count < 2)
        {
            return;
        }
        var names = people.ToDictionary(person => person, person => NameTokens(doc, person));
        foreach (var shorter in people.Where(entity => entity.Known is null).ToList())
        {
            var shortTokens = names[shorter];
            if (shortTokens.Length == 0)
            {
                continue;
            }
            var host = people
                .Where(other => other != shorter && names[other] is var longTokens && longTokens.Length > shortTokens.Length
                                && (ContainsRun(longTokens, shortTokens) || GivenAndFamilyName(longTokens, shortTokens)))
                .OrderByDescending(other => other.Mentions.Count)
                .ThenBy(other => other.FirstPosition)
                .FirstOrDefault();
            if (host is null)
            {
                continue;
            }
            foreach (var mention in shorter.Mentions.ToList())
            {
                mention.Kind = MentionKind.ShortName;
                Link(entities, mention, host.Key);
            }
            entities.Remove(shorter.Key);
        }
    }

    /// <summary>
    /// One name, one referent per article: where an unknown entity's name (or a person's
    /// surname, or a foreign given name) recurs unmarked, it is another mention of the entity.
    /// </summary>
    private void PropagateNames(Doc doc, MentionTable table, Dictionary<string, DocEntity> entities)
    {
        var words = _nameWords.For(doc);
        var forms = new Dictionary<string, List<(string[] Tokens, DocEntity Entity, MentionKind Kind)>>(StringComparer.Ordinal);
        foreach (var entity in entities.Values)
        {
            var tokens = NameTokens(doc, entity, includeKnown: false);
            if (tokens.Length == 0)
            {
                continue;
            }
            if (entity.Known is null)
            {
                Add(tokens, entity, MentionKind.Name);
            }
            if (entity.Type != EntityType.Person || tokens.Length < 2 || entity.Known is not null)
            {
                continue;
            }
            var last = tokens[^1];
            // A name word that is also an ordinary word ("جميل"، "صالح") alone would refer wherever the word is used.
            if (last.Length >= 3 && !_resources.CommonWords.Contains(last) && !_resources.GivenNames.StartsWith(last) && !_resources.AmbiguousGivenNames.ContainsExact(last))
            {
                Add([last], entity, MentionKind.ShortName);
            }
            if (!_resources.GivenNames.StartsWith(tokens[0]) && tokens[0].Length >= 2 && !_resources.CommonWords.Contains(tokens[0]) && !_resources.AmbiguousGivenNames.ContainsExact(tokens[0]))
            {
                Add([tokens[0]], entity, MentionKind.ShortName);
            }
            if (tokens.Length >= 3)
            {
                Add(tokens[^2..], entity, MentionKind.ShortName);
            }
        }
        if (forms.Count == 0)
        {
            return;
        }

        var docTokens = doc.Tokens;
        for (var i = 0; i < docTokens.Count; i++)
        {
            if (docTokens[i].Kind is not (TokenKind.Word or TokenKind.Latin) || table.Covering(i) is not null)
            {
                continue;
            }
            foreach (var reading in docTokens[i].Readings)
            {
                if (reading.ArticleRestored || !forms.TryGetValue(reading.Stem, out var candidates))
                {
                    continue;
                }
                var fit = candidates
                    .Where(candidate => Fits(docTokens, table, i, candidate.Tokens))
                    .OrderByDescending(candidate => candidate.Tokens.Length)
                    .ThenByDescending(candidate => candidate.Entity.Mentions.Count)
                    .ThenBy(candidate => candidate.Entity.FirstPosition)
                    .FirstOrDefault();
                if (fit.Entity is null)
                {
                    continue;
                }
                // "على" is not the name "علي" however it normalises: a word written with ى repeats a name only if the name has one.
                if (fit.Entity.Type == EntityType.Person && words.WrittenWithAlefMaqsura(i) && !WrittenWithAlefMaqsura(doc, fit.Entity))
                {
                    continue;
                }
                // A single common-looking word is not propagated after a preposition reading alone.
                if (fit.Tokens.Length == 1 && reading.PrefixLength > 0 && words.IsCommon(i))
                {
                    continue;
                }
                var end = i + fit.Tokens.Length;
                var mention = new EntityMention
                {
                    FirstToken = i,
                    EndToken = end,
                    Start = docTokens[i].Start + reading.PrefixLength,
                    End = docTokens[end - 1].End,
                    Type = fit.Entity.Type,
                    Kind = fit.Kind,
                    Source = MentionSource.Coreference,
                    NameKey = fit.Entity.Canonical?.NameKey,
                };
                mention.NameStart = mention.Start;
                mention.NameEnd = mention.End;
                table.Add(mention);
                Link(entities, mention, fit.Entity.Key);
                i = end - 1;
                break;
            }
        }

        void Add(string[] tokens, DocEntity entity, MentionKind kind)
        {
            if (!forms.TryGetValue(tokens[0], out var list))
            {
                list = [];
                forms.Add(tokens[0], list);
            }
            list.Add((tokens, entity, kind));
        }
    }

    private static bool WrittenWithAlefMaqsura(Doc doc, DocEntity entity) =>
        entity.Mentions.Any(mention =>
        {
            var (start, end) = doc.Normalized.ToOriginal(mention.Start, mention.End);
            return doc.Normalized.Original.AsSpan(start, end - start).Contains('ى');
        });

    private static bool Fits(IReadOnlyList<Token> tokens, MentionTable table, int index, string[] form)
    {
        if (index + form.Length > tokens.Count)
        {
            return false;
        }
        for (var k = 1; k < form.Length; k++)
        {
            if (tokens[index + k].Text != form[k] || tokens[index + k].LineBreakBefore || table.Covering(index + k) is not null)
            {
                return false;
            }
        }
        // A name does not continue into another name word ("ليم" inside "ليم سون").
        return true;
    }

    /// <summary>
    /// "الرئيس الروسي" names the person the article calls by that office: a person whose title
    /// phrase has the same office and the same country or body, or a known person who holds it.
    /// </summary>
    private static void ResolveDescriptors(Doc doc, Dictionary<string, DocEntity> entities)
    {
        foreach (var descriptor in doc.Mentions.Where(mention => mention.Kind == MentionKind.Descriptor && mention.Entity is null).ToList())
        {
            var role = descriptor.Role!;
            if (role.Title.Number != GrammaticalNumber.Singular)
            {
                doc.Mentions.Remove(descriptor);
                continue;
            }
            if (role.Target?.Entity is not { } target)
            {
                // A bare title ("لسمو ولي ولي العهد") is not an alias; it can still stand for the one person
                // the article gives exactly that title, as a relation's argument.
                var holders = entities.Values.Where(entity => entity.Type == EntityType.Person
                    && entity.Mentions.Any(mention => mention.AllRoles.Any(other => other.RoleKey == role.RoleKey))).ToList();
                if (holders.Count > 1)
                {
                    // "وزير الخارجية" alone repeats how the article introduced its own minister ("معالي وزير الخارجية
                    // الأستاذ عادل الجبير"), not a foreign one it qualified ("وزير الخارجية بدولة قطر ...").
                    var unqualified = holders.Where(entity => entity.Mentions.Any(mention =>
                        mention.AllRoles.Any(other => other.RoleKey == role.RoleKey && other.Target is null))).ToList();
                    if (unqualified.Count == 1)
                    {
                        holders = unqualified;
                    }
                }
                if (holders.Count == 0 && role.RoleKey.IndexOf(' ') < 0 && role.Title.Class is TitleClass.Minister or TitleClass.Leader or TitleClass.Royal or TitleClass.Government or TitleClass.Diplomat)
                {
                    // "الوزير" alone: the minister the article is most about, among those named before it.
                    holders = entities.Values.Where(entity => entity.Type == EntityType.Person
                            && entity.Mentions.Any(mention => mention.Start < descriptor.Start
                                                              && mention.AllRoles.Any(other => FirstWord(other.RoleKey) == role.RoleKey)))
                        .OrderByDescending(entity => entity.Mentions.Count(mention => mention.Start < descriptor.Start))
                        .ThenByDescending(entity => entity.Mentions.Where(mention => mention.Start < descriptor.Start).Max(mention => mention.Start))
                        .Take(1).ToList();
                }
                if (holders.Count == 1)
                {
                    descriptor.Weak = true;
                    descriptor.Role = null;
                    Link(entities, descriptor, holders[0].Key);
                }
                else
                {
                    doc.Mentions.Remove(descriptor);
                }
                continue;
            }
            var candidates = entities.Values
                .Where(entity => entity.Type == EntityType.Person && HoldsOffice(entity, role, target))
                .ToList();
            if (candidates.Count == 0 && role.RoleKey.IndexOf(' ') < 0)
            {
                // "الوزير الإيطالي" after "وزير الدفاع الإيطالي ماريو بيانكي": a bare title with its nationality names
                // the one person named before with an office of that kind there.
                candidates = entities.Values
                    .Where(entity => entity.Type == EntityType.Person && entity.Mentions.Any(mention => mention.Start < descriptor.Start
                        && mention.AllRoles.Any(other => other.Target?.Entity == target && FirstWord(other.RoleKey) == role.RoleKey)))
                    .ToList();
                if (candidates.Count > 1)
                {
                    candidates.Clear();
                }
            }
            if (candidates.Count == 0)
            {
                doc.Mentions.Remove(descriptor);
                continue;
            }
            var chosen = candidates
                .OrderBy(entity => Distance(entity, descriptor))
                .First();
            descriptor.Role = null; // the office is the person's already; the phrase is an alias
            Link(entities, descriptor, chosen.Key);
        }
    }

    private static string FirstWord(string roleKey) => roleKey.IndexOf(' ') is var space and >= 0 ? roleKey[..space] : roleKey;

    private static int Distance(DocEntity entity, EntityMention mention)
    {
        var before = entity.Mentions.Where(other => other.Start < mention.Start).Select(other => mention.Start - other.Start).DefaultIfEmpty(int.MaxValue / 2).Min();
        var after = entity.Mentions.Where(other => other.Start > mention.Start).Select(other => (other.Start - mention.Start) * 2).DefaultIfEmpty(int.MaxValue / 2).Min();
        return Math.Min(before, after);
    }

    /// <summary>Whether the article ties this office to the person (a title phrase of theirs with the same office and body).</summary>
    private static bool HoldsOffice(DocEntity person, RolePhrase role, DocEntity target)
    {
        foreach (var mention in person.Mentions)
        {
            foreach (var other in mention.AllRoles)
            {
                if (other.Target?.Entity == target && SameOffice(other, role))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Heads of state and leaders are one office ("الرئيس" / "الزعيم"); other offices compare their title words.</summary>
    private static bool SameOffice(RolePhrase a, RolePhrase b) =>
        a.Title.Class == TitleClass.Leader && b.Title.Class == TitleClass.Leader || a.RoleKey == b.RoleKey;

    /// <summary>
    /// A title with a nationality or a body, tied to a name ("الزعيم الكوري الشمالي كيم جونغ أون"،
    /// "ليم سو سوك، المتحدث باسم وزارة الخارجية الكورية الجنوبية"), is also an alias of that person.
    /// </summary>
    private static void AddTitleAliases(Doc doc, Dictionary<string, DocEntity> entities)
    {
        foreach (var (mention, role) in doc.Mentions
                     .Where(mention => mention.Entity is not null && mention.Kind is MentionKind.Name or MentionKind.ShortName)
                     .SelectMany(mention => mention.AllRoles.Where(role => role.IsQualified).Select(role => (mention, role))).ToList())
        {
            if (doc.Mentions.Any(other => other.Kind == MentionKind.Descriptor && other.Start == role.Start && other.End == role.End))
            {
                continue;
            }
            var alias = new EntityMention
            {
                FirstToken = role.FirstToken,
                EndToken = role.EndToken,
                Start = role.Start,
                End = role.End,
                Type = EntityType.Person,
                Kind = MentionKind.Descriptor,
                Source = MentionSource.Title,
                NameStart = role.Start,
                NameEnd = role.End,
            };
            doc.Mentions.Add(alias);
            Link(entities, alias, mention.Entity!.Key);
        }
    }

    /// <summary>
    /// A capital stands for its state too ("واشنطن حذرت"). Introduced as a place ("في موسكو"، "العاصمة
    /// الكورية الجنوبية سيول") the reading is weak: kept for a relation that needs an actor there
    /// ("تحذيرات من واشنطن"), not output otherwise.
    /// </summary>
    private void AddMetonyms(Doc doc, Dictionary<string, DocEntity> entities)
    {
        var tokens = doc.Tokens;
        foreach (var mention in doc.Mentions.ToList())
        {
            if (mention is not { Type: EntityType.Location, Kind: MentionKind.Name, Nested: false, Known.Kind: "capital" } || mention.Known.Country is null)
            {
                continue;
            }
            if (_resources.Gazetteer.Find(mention.Known.Country) is not { } country)
            {
                continue;
            }
            var metonym = new EntityMention
            {
                FirstToken = mention.FirstToken,
                EndToken = mention.EndToken,
                Start = mention.Start,
                End = mention.End,
                Type = EntityType.Country,
                Kind = MentionKind.Metonym,
                Source = MentionSource.Coreference,
                Known = country,
                NameStart = mention.NameStart,
                NameEnd = mention.NameEnd,
                Nested = true,
                Weak = IsLocative(doc, mention),
            };
            doc.Mentions.Add(metonym);
            Link(entities, metonym, country.Id);
        }
    }

    /// <summary>
    /// "المملكة" alone is the kingdom the article is about: of the states the noun can stand for, the one the
    /// article names most often (by name, not by nationality). In an article that names none it is the home
    /// state of the press being read (the data's `otherwise`), or nothing when the data gives none.
    /// </summary>
    private void AddStateNouns(Doc doc, Dictionary<string, DocEntity> entities)
    {
        var table = MentionTable.For(doc);
        var tokens = doc.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (_resources.Cues.StateNouns.Match(tokens, i) is not { } match || table.Covering(i) is not null)
            {
                continue;
            }
            var noun = match.Values[0];
            var state = noun.States
                .Select(id => entities.GetValueOrDefault(id))
                .OfType<DocEntity>()
                .Select(entity => (Entity: entity, Names: entity.Mentions.Count(mention => mention.Kind is MentionKind.Name or MentionKind.Metonym)))
                .Where(candidate => candidate.Names > 0)
                .OrderByDescending(candidate => candidate.Names)
                .ThenBy(candidate => candidate.Entity.FirstPosition)
                .Select(candidate => candidate.Entity)
                .FirstOrDefault();
            var known = state?.Known ?? (state is null && noun.Otherwise is { } home ? _resources.Gazetteer.Find(home) : null);
            if (known is null)
            {
                continue;
            }
            var mention = new EntityMention
            {
                FirstToken = match.FirstToken,
                EndToken = match.EndToken,
                Start = match.Start,
                End = match.End,
                Type = EntityType.Country,
                Kind = MentionKind.Descriptor,
                Source = MentionSource.Coreference,
                Known = known,
                NameStart = match.Start,
                NameEnd = match.End,
            };
            table.Add(mention);
            Link(entities, mention, known.Id);
            i = match.EndToken - 1;
        }
    }

    private static bool IsLocative(Doc doc, EntityMention mention)
    {
        var tokens = doc.Tokens;
        var first = tokens[mention.FirstToken];
        if (mention.Source == MentionSource.Head || mention.Start > first.Start && first.Text[mention.Start - first.Start - 1] == 'ب')
        {
            return true;
        }
        for (var k = mention.FirstToken - 1; k >= Math.Max(0, mention.FirstToken - 4) && !tokens[k + 1].LineBreakBefore; k--)
        {
            var text = tokens[k].Text.Length > 2 && tokens[k].Text[0] == 'و' ? tokens[k].Text[1..] : tokens[k].Text;
            // The word right before, or an apposition "العاصمة ... X".
            if (k == mention.FirstToken - 1 && Locatives.Contains(text) || text is "العاصمه" or "عاصمه")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The words of the entity's longest name in the article (a known entity's as written, an unknown one's key).</summary>
    private static string[] NameTokens(Doc doc, DocEntity entity, bool includeKnown = true)
    {
        var canonical = entity.Mentions
            .Where(mention => mention.Kind == MentionKind.Name && (mention.NameKey is not null || includeKnown && mention.Known is not null))
            .Select(mention => mention.NameKey ?? doc.Normalized.Text[mention.NameStart..mention.NameEnd])
            .OrderByDescending(name => name.Length)
            .FirstOrDefault();
        return canonical?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
    }

    /// <summary>"عادل الملحم" for "عادل بن محمد الملحم": the given name and the family name, the father's name left out.</summary>
    private static bool GivenAndFamilyName(string[] longer, string[] shorter) =>
        shorter.Length == 2 && longer.Length >= 3 && longer[0] == shorter[0] && longer[^1] == shorter[1]
        && longer.Skip(1).Take(longer.Length - 2).Any(word => word is "بن" or "بنت" or "ابن");

    private static bool ContainsRun(string[] longer, string[] shorter)
    {
        for (var i = 0; i + shorter.Length <= longer.Length; i++)
        {
            if (longer.AsSpan(i, shorter.Length).SequenceEqual(shorter))
            {
                return true;
            }
        }
        return false;
    }
}
