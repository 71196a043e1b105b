using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>Which cue found a mention; kept for debugging and for confidence.</summary>
public enum MentionSource
{
    Gazetteer,
    /// <summary>A name of open data (kb/places.tsv, kb/actors.tsv): known to name an entity of its type, not which one.</summary>
    KnowledgeBase,
    Title,
    Apposition,
    GivenName,
    Coordination,
    SpeechVerb,
    Byline,
    Head,
    Coreference,
    /// <summary>A span proposed for the learned mention decision only (a name's other possible extents).</summary>
    Candidate,
}

/// <summary>A mention of an entity in a document, before and after coreference.</summary>
public sealed class EntityMention
{
    public required int FirstToken { get; init; }
    public required int EndToken { get; init; }

    /// <summary>Normalised offsets; Start may be inside the first token, after proclitics.</summary>
    public required int Start { get; init; }
    public required int End { get; init; }

    public required EntityType Type { get; init; }
    public required MentionKind Kind { get; set; }
    public required MentionSource Source { get; init; }

    /// <summary>The gazetteer entry when the mention names a known entity.</summary>
    public GazetteerEntry? Known { get; set; }

    /// <summary>
    /// For an unknown entity: the normalised name that identifies it (the name without a
    /// transparent head: "خاسان" for "مدينة خاسان").
    /// </summary>
    public string? NameKey { get; set; }

    /// <summary>Normalised span of the part of the mention that is the bare name (for display and short forms).</summary>
    public int NameStart { get; set; }
    public int NameEnd { get; set; }

    /// <summary>English display name composed from the cue, when the cue gives one ("Ministry of Foreign Affairs").</summary>
    public string? DisplayEn { get; set; }

    /// <summary>Inside a longer mention (a country inside an organisation's name).</summary>
    public bool Nested { get; set; }

    /// <summary>A short form that only counts once its entity is named in full.</summary>
    public bool NeedsAnchor { get; init; }

    /// <summary>A nationality adjective or demonym, not a name: output only when a relation needs it.</summary>
    public bool IsAdjective => Kind == MentionKind.Adjective;

    /// <summary>
    /// Only a possible reading, output when a relation needs it: a capital introduced as a place
    /// ("في موسكو") can still stand for its state when a relation's argument needs an actor.
    /// </summary>
    public bool Weak { get; set; }

    /// <summary>Another entity this mention is taken to stand for as well (a capital for its state).</summary>
    public bool IsMetonym => Kind == MentionKind.Metonym;

    /// <summary>The office this mention's title phrase gives the person, if any (the first of a chain).</summary>
    public RolePhrase? Role { get; set; }

    /// <summary>Further titles in a chain ("ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع").</summary>
    public List<RolePhrase> MoreRoles { get; } = [];

    /// <summary>Every title phrase tied to this mention.</summary>
    public IEnumerable<RolePhrase> AllRoles => Role is null ? MoreRoles : MoreRoles.Prepend(Role);

    /// <summary>Set by coreference.</summary>
    public DocEntity? Entity { get; set; }

    /// <summary>When a role phrase of another person's counterpart ("نظيره الروسي") introduced this person.</summary>
    public bool IsCounterpart { get; set; }

    public int Length => End - Start;

    /// <summary>The learned mention decision's score, when one scored this mention.</summary>
    public double? Score { get; set; }

    public bool Contains(EntityMention other) => Start <= other.Start && other.End <= End && this != other;

    public bool Overlaps(EntityMention other) => Start < other.End && other.Start < End;

    public override string ToString() => $"{Type}:{Kind}[{Start},{End}){(Known is null ? NameKey : Known.Id)}";

    /// <summary>
    /// A name no list holds over tokens [<paramref name="firstToken"/>, <paramref name="endToken"/>), from
    /// <paramref name="start"/> (after any proclitic) to the last token's end, keyed by its text unless a key is given.
    /// </summary>
    public static EntityMention Unlisted(Pipeline.Doc doc, int firstToken, int endToken, int start, EntityType type, MentionSource source,
        string? key = null)
    {
        var end = doc.Tokens[endToken - 1].End;
        return new EntityMention
        {
            FirstToken = firstToken,
            EndToken = endToken,
            Start = start,
            End = end,
            Type = type,
            Kind = MentionKind.Name,
            Source = source,
            NameKey = key ?? doc.Normalized.Text[start..end],
            NameStart = start,
            NameEnd = end,
        };
    }
}

/// <summary>A title phrase: "وزير الدفاع الروسي"، "المتحدث باسم البيت الأبيض"، "الرئيس الأمريكي السابق".</summary>
public sealed class RolePhrase
{
    public required int FirstToken { get; init; }

    /// <summary>Where the phrase starts with its honorifics ("صاحب السمو الملكي الأمير": the first of them).</summary>
    public int LeadingToken { get; init; }
    public required int EndToken { get; init; }
    public required int Start { get; init; }
    public required int End { get; init; }
    public required TitleInfo Title { get; init; }

    /// <summary>The role as the relation reports it: title (singular) with its role words and postmodifier, without the nationality.</summary>
    public required string RoleText { get; init; }

    /// <summary>The country or organisation the phrase names as where the office is, if it names one.</summary>
    public EntityMention? Target { get; set; }

    /// <summary>Normalised key of the title words, for comparing descriptors ("وزير الدفاع").</summary>
    public required string RoleKey { get; init; }

    /// <summary>The phrase stands for one entity by itself (it has a nationality or an organisation): an alias.</summary>
    public bool IsQualified => Target is not null;

    /// <summary>"سفير خادم الحرمين الشريفين": the title of whose officer this is, when the role names one.</summary>
    public string? GenitiveTitle { get; init; }

    /// <summary>
    /// "مدير الجامعة"، "رئيس النادي": the head noun (normalised, without its article) of the body or place the title
    /// refers back to, when that noun is the title's one role word.
    /// </summary>
    public string? BackReference { get; init; }

    /// <summary>The phrase follows the name after a comma ("X، رئيس بيلاروسيا").</summary>
    public bool IsApposition { get; init; }

    /// <summary>
    /// "وزير الصحة"، "نائب وزير الصحة": the normalised words that say the field of a minister's title ("الصحه"), for a
    /// minister, a deputy or an undersecretary.
    /// </summary>
    public string? MinistryField { get; init; }
}

/// <summary>An entity of one article: the mentions that corefer.</summary>
public sealed class DocEntity
{
    public DocEntity(EntityType type, GazetteerEntry? known, string key)
    {
        Type = type;
        Known = known;
        Key = key;
    }

    public EntityType Type { get; }
    public GazetteerEntry? Known { get; }

    /// <summary>Identity inside the article: the gazetteer id, or the type and name key of an unknown entity.</summary>
    public string Key { get; }

    /// <summary>Graph id, set by entity resolution.</summary>
    public string Id { get; set; } = "";

    public List<EntityMention> Mentions { get; } = [];

    /// <summary>The mention that names the entity most fully (its longest name mention).</summary>
    public EntityMention? Canonical { get; set; }

    /// <summary>Offices the article gives this person.</summary>
    public List<RolePhrase> Roles { get; } = [];

    /// <summary>Whether the article names it (a name or short name), rather than only describing or qualifying it.</summary>
    public bool IsNamed
    {
        get
        {
            foreach (var mention in Mentions)
            {
                if (mention.Kind is MentionKind.Name or MentionKind.ShortName || mention.Kind == MentionKind.Metonym && !mention.Weak)
                {
                    return true;
                }
            }
            return false;
        }
    }

    public int FirstPosition
    {
        get
        {
            var first = int.MaxValue;
            foreach (var mention in Mentions)
            {
                first = Math.Min(first, mention.Start);
            }
            return first;
        }
    }

    public override string ToString() => $"{Type}:{Key}";
}
