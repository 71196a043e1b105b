using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Relations.Candidates;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations.Frames;

/// <summary>
/// HOLDS_ROLE from the title phrases the article ties to people. Where the office is comes, in
/// order, from the phrase itself ("وزير الدفاع الروسي"، "رئيس بيلاروسيا"، "المتحدث باسم البيت
/// الأبيض"), from what is known of the person when the article gives the title ("الرئيس فلاديمير
/// بوتين"), from the principal whose delegation the person is in, and from the one country the
/// sentence names. "نظيره الروسي X" takes the title of the one it is counterpart to.
/// </summary>
internal sealed class RoleRelations
{
    private readonly RelationContext _c;
    private readonly CandidateSink _candidates;
    private readonly BodyBackReference _backReference;

    public RoleRelations(RelationContext context, CandidateSink candidates)
    {
        _c = context;
        _candidates = candidates;
        _backReference = new BodyBackReference(context);
    }

    public void Extract()
    {
        foreach (var entity in _c.Doc.Entities.Where(entity => entity.Type == EntityType.Person))
        {
            foreach (var (mention, role) in entity.Mentions.Where(mention => mention.Kind != MentionKind.Descriptor)
                         .SelectMany(mention => mention.AllRoles.Select(role => (mention, role))))
            {
                var (title, target) = role.Title.Class == TitleClass.Counterpart ? Counterpart(role, mention) : (role.RoleText, Target(entity, role, mention));
                if (title is null || target is null || !role.Title.IsOffice && role.Title.Class != TitleClass.Counterpart && !IsPostAtBody(role))
                {
                    continue;
                }
                var first = Math.Min(role.FirstToken, mention.FirstToken);
                var last = Math.Max(role.EndToken, mention.EndToken) - 1;
                _candidates.EmitAt(RelationType.HoldsRole, mention, target, RelationStatus.Occurred, $"role:{role.Title.Form}", first, last, role: title);
            }
        }
    }

    /// <summary>"لاعب نادي الاتحاد"، "مدرب نادي الهلال": an occupation held at a body the title names is a post there.</summary>
    private static bool IsPostAtBody(RolePhrase role) =>
        role.Title.Class == TitleClass.Occupation && role.Target is { Type: EntityType.Organization, Entity: not null };

    private EntityMention? Target(DocEntity person, RolePhrase role, EntityMention mention)
    {
        if (role.Target is { Entity: not null } stated)
        {
            return stated;
        }
        if (_backReference.Target(role) is { } body)
        {
            return body;
        }
        // "مسؤول الجناح السياسي للحركة": a title that refers back to a body the article does not name holds nowhere it
        // names ("حاكم المنطقة", a place, still serves the country).
        if (role.BackReference is { } head && _c.Resources.Cues.PlaceHeads.Lookup(head).Count == 0)
        {
            return null;
        }
        // "سفير خادم الحرمين الشريفين": the officer of a title only one country's office holders carry serves that country.
        if (role.GenitiveTitle is { } whose && _c.Resources.Gazetteer.CountryOfTitle(whose) is { } served
            && EntityInDocument(served) is { Type: EntityType.Country } servedCountry)
        {
            return _c.References.Representative(servedCountry, mention.FirstToken);
        }
        // "الأمير فيصل": a prince's title is an office only where the text says of what ("أمير منطقة الرياض").
        if (role.Title.Class == TitleClass.Nobility)
        {
            return null;
        }
        // The article gives the title; what is known of the person says where it is held.
        if (person.Known is { } known)
        {
            foreach (var knownRole in known.Roles)
            {
                if (SameTitle(knownRole.Title, role) && EntityInDocument(knownRole.TargetId) is { } held)
                {
                    return _c.References.Representative(held, mention.FirstToken);
                }
            }
        }
        if (NamedMinistry(role, mention) is { } ministry)
        {
            return ministry;
        }
        // A known person's office without a stated country is in their own country; when the article does not name
        // that country, another country it names is no better a guess.
        if (person.Known?.Country is { } own)
        {
            return EntityInDocument(own) is { Type: EntityType.Country } ownCountry ? _c.References.Representative(ownCountry, mention.FirstToken) : null;
        }
        // "المتحدث باسم الحكومة المالية العقيد X": a title chained to another that says where holds there too.
        if (mention.AllRoles.FirstOrDefault(other => other != role && other.Target is { Entity.Type: EntityType.Country }) is { Target: { } chained })
        {
            return chained;
        }
        if (DelegationCountry(person, mention) is { } country)
        {
            return country;
        }
        if (HostCountry(person, mention) is { } host)
        {
            return host;
        }
        if (SideCountry(mention) is { } side)
        {
            return side;
        }
        if (SentenceCountry(mention) is { } inSentence)
        {
            return inSentence;
        }
        // What the article is mostly about is a last guess, and never for a known person from elsewhere.
        var home = HomeCountry(mention);
        return home is not null && person.Known?.Country is { } homeOfPerson && homeOfPerson != home.Entity?.Known?.Id ? null : home;
    }

    /// <summary>
    /// "وزير الصحة" in an article that names "وزارة الصحة": a minister whose title states no country heads the ministry of
    /// his field the article names (the field's first word is enough: "نائب وزير الصحة للشؤون الصحية").
    /// </summary>
    private EntityMention? NamedMinistry(RolePhrase role, EntityMention mention)
    {
        if (role.MinistryField is not { } field)
        {
            return null;
        }
        var space = field.IndexOf(' ');
        var keys = space < 0 ? [MinistryHead + field] : new[] { MinistryHead + field, MinistryHead + field[..space] };
        foreach (var key in keys)
        {
            if (_c.Doc.Mentions.FirstOrDefault(other => other is { Type: EntityType.Organization, Entity: not null } && other.NameKey == key) is { } named)
            {
                return _c.References.Representative(named.Entity!, mention.FirstToken);
            }
        }
        return null;
    }

    /// <summary>The head noun of a ministry's name, normalised, with the space before its field.</summary>
    private const string MinistryHead = "وزاره ";

    /// <summary>"نظيره الروسي بوتين": the title is that of the person "ه" stands for; the place is the nationality given.</summary>
    private (string? Title, EntityMention? Target) Counterpart(RolePhrase role, EntityMention mention)
    {
        if (role.Target is not { Entity: not null } target || _c.References.Antecedent(role.FirstToken, mention.Entity) is not { } other)
        {
            return (null, null);
        }
        var title = other.Roles.FirstOrDefault(candidate => candidate.Title.IsOffice)?.RoleText;
        return title is null ? (null, null) : (title, target);
    }

    /// <summary>Members of a delegation hold their offices in the principal's country.</summary>
    private EntityMention? DelegationCountry(DocEntity person, EntityMention mention)
    {
        foreach (var relation in _candidates.Found.Where(found => found.Type == RelationType.Accompanied && found.Source == person))
        {
            var principal = relation.Target;
            var country = principal.Roles.Select(role => role.Target?.Entity).FirstOrDefault(entity => entity?.Type == EntityType.Country)
                          ?? (principal.Known?.Country is { } id ? EntityInDocument(id) : null);
            if (country is not null)
            {
                return _c.References.Representative(country, mention.FirstToken);
            }
        }
        return null;
    }

    /// <summary>
    /// Officials who receive a foreign visitor hold their offices in the country he is visiting:
    /// the country the guest's visits in the article lead to, other than his own.
    /// </summary>
    private EntityMention? HostCountry(DocEntity person, EntityMention mention)
    {
        foreach (var meeting in _candidates.Found.Where(found => found.Type == RelationType.Met && found.Source == person && found.Rule.StartsWith("receive", StringComparison.Ordinal)))
        {
            var guest = meeting.Target;
            var own = guest.Roles.Select(role => role.Target?.Entity).FirstOrDefault(entity => entity?.Type == EntityType.Country)
                      ?? (guest.Known?.Country is { } id ? EntityInDocument(id) : null);
            var visited = _candidates.Found
                .Where(found => found.Type == RelationType.Visited && found.Source == guest && found.Target.Type == EntityType.Country && found.Target != own)
                .Select(found => found.Target)
                .Distinct()
                .ToList();
            if (visited.Count == 1)
            {
                return _c.References.Representative(visited[0], mention.FirstToken);
            }
        }
        return null;
    }

    /// <summary>"فيما حضر من الجانب الأمريكي رئيس الأركان ... X": the side named earlier in the sentence.</summary>
    private EntityMention? SideCountry(EntityMention mention)
    {
        var sentence = _c.Doc.SentenceOf(mention.FirstToken);
        for (var k = mention.FirstToken - 1; k >= sentence.FirstToken; k--)
        {
            if (_c.Tokens[k].Text == "الجانب" && _c.Arguments.Arg(k + 1, Slot.Actor, allowAdjective: true) is { Kind: MentionKind.Adjective, Entity: not null } side)
            {
                return side;
            }
        }
        return null;
    }

    private DocEntity? _home;
    private bool _homeKnown;

    /// <summary>
    /// The country the article is about, when one clearly dominates: its mentions, its nationality,
    /// and the countries of the known people, places and bodies it names. An office given with no
    /// country in such an article is that country's ("وزير الداخلية" in a Saudi report).
    /// </summary>
    private EntityMention? HomeCountry(EntityMention mention)
    {
        if (!_homeKnown)
        {
            _homeKnown = true;
            var scores = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var other in _c.Doc.Mentions.Where(other => other.Entity is not null && !other.Weak))
            {
                var (id, weight) = other switch
                {
                    { Type: EntityType.Country, Kind: MentionKind.Name or MentionKind.Metonym } => (other.Known?.Id, 2.0),
                    { Type: EntityType.Country, Kind: MentionKind.Adjective } => (other.Known?.Id, 1.0),
                    { Known.Country: { } country } => (country, 1.0),
                    _ => (null, 0.0),
                };
                if (id is not null)
                {
                    scores[id] = scores.GetValueOrDefault(id) + weight;
                }
            }
            var ranked = scores.OrderByDescending(pair => pair.Value).ToList();
            if (ranked.Count > 0 && ranked[0].Value >= 4 && (ranked.Count == 1 || ranked[0].Value >= 2 * ranked[1].Value))
            {
                _home = EntityInDocument(ranked[0].Key);
            }
        }
        return _home is null ? null : _c.References.Representative(_home, mention.FirstToken);
    }

    /// <summary>The one country the sentence names outside the source it cites ("نقلت وكالات أنباء روسية ... إن روسيا").</summary>
    private EntityMention? SentenceCountry(EntityMention mention)
    {
        var sentence = _c.Doc.SentenceOf(mention.FirstToken);
        // A country visited in the sentence is where the person goes, not where the office is.
        // Nor is a party the sentence reports acting or acted upon ("اتهمت الحكومة المالية فرنسا").
        var visited = _candidates.Found.Where(found => found.Type != RelationType.HoldsRole)
            .SelectMany(found => new[] { found.SourceMention, found.TargetMention })
            .Where(argument => argument is not null && argument.FirstToken >= sentence.FirstToken && argument.FirstToken < sentence.EndToken)
            .Select(argument => argument!.FirstToken).ToHashSet();
        var countries = _c.Doc.Mentions
            .Where(other => other.Entity is { Type: EntityType.Country } && other.Kind is MentionKind.Name or MentionKind.Metonym
                            && other.FirstToken >= sentence.FirstToken && other.EndToken <= sentence.EndToken
                            && !IsCited(other) && !visited.Contains(other.FirstToken)
                            && !mention.AllRoles.Any(role => role.FirstToken <= other.FirstToken && other.FirstToken < role.EndToken))
            .GroupBy(other => other.Entity)
            .ToList();
        return countries.Count == 1 ? countries[0].First() : null;
    }

    /// <summary>A country in "وفقا لوسائل الإعلام الرسمية في كوريا الشمالية": where the source is, not the office.</summary>
    private bool IsCited(EntityMention mention)
    {
        for (var k = mention.FirstToken - 1; k >= Math.Max(0, mention.FirstToken - 6); k--)
        {
            if (_c.Resources.Relations.Attribution.Match(_c.Tokens, k) is { Value.IsVerb: false })
            {
                return true;
            }
        }
        return false;
    }

    private DocEntity? EntityInDocument(string id) => _c.Doc.Entities.FirstOrDefault(entity => entity.Known?.Id == id);

    private static bool SameTitle(string knownTitle, RolePhrase role)
    {
        static string Bare(string text) => (text.StartsWith("ال", StringComparison.Ordinal) ? text[2..] : text)
            .Replace('ة', 'ه').Replace('أ', 'ا').Replace('إ', 'ا').Replace('آ', 'ا');
        var known = Bare(knownTitle);
        var key = role.RoleKey;
        if (role.Title.Class is TitleClass.Leader)
        {
            return known is "رئيس" or "زعيم" or "رئيس الجمهوريه";
        }
        return key == known || Bare(role.Title.Singular) == known && key.StartsWith(known, StringComparison.Ordinal);
    }
}
