using KnowledgeGraph.Extraction.LanguageData;
using KnowledgeGraph.Extraction.Matching;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>An office a known person holds, as knowledge for resolving descriptors (never output by itself).</summary>
public sealed record KnownRole(string Title, string TargetId);

/// <summary>A known entity from the gazetteer files.</summary>
public sealed record GazetteerEntry(
    string Id,
    EntityType Type,
    string NameEn,
    string NameAr,
    string Kind,
    string? Country,
    string? Capital,
    IReadOnlyList<KnownRole> Roles);

public enum GazetteerFormKind
{
    /// <summary>A full name or variant that identifies the entity on its own.</summary>
    Name,
    /// <summary>Part of a name, valid once the article names the entity in full.</summary>
    ShortForm,
    /// <summary>A nationality adjective or demonym (الروسي، الكورية الشمالية، الروس).</summary>
    Adjective,
}

/// <param name="After">For an adjective that is also a common word: the normalised words it must directly follow to name the country.</param>
public sealed record GazetteerForm(GazetteerEntry Entry, GazetteerFormKind Kind, bool Definite = true, IReadOnlySet<string>? After = null)
{
    /// <summary>Whether the form names its entity at this token, given the word before it.</summary>
    public bool FitsAfter(string? previousWord) => After is null || previousWord is not null && After.Contains(previousWord);
}

/// <summary>
/// Known entities (Data/gazetteer/*.tsv) and every surface form that names them: names and
/// variants, anchored short forms, nationality adjectives, and the phrases for a state's
/// government built from them ("الحكومة الروسية").
/// </summary>
public sealed class Gazetteer
{
    public static readonly IReadOnlyList<(string File, EntityType Type)> Files =
    [
        ("gazetteer/countries.tsv", EntityType.Country),
        ("gazetteer/organizations.tsv", EntityType.Organization),
        ("gazetteer/people.tsv", EntityType.Person),
        ("gazetteer/places.tsv", EntityType.Location),
        ("gazetteer/events.tsv", EntityType.Event),
    ];

    /// <summary>Heads of the phrases that stand for a state's government, followed by its adjective.</summary>
    public const string GovernmentHeadsFile = "cues/government-heads.txt";

    /// <summary>Nationality adjectives that are also common words, with the words they must follow.</summary>
    public const string ContextualAdjectivesFile = "gazetteer/contextual-adjectives.tsv";

    private readonly Dictionary<string, GazetteerEntry> _entries = new(StringComparer.Ordinal);

    private readonly ArabicNormalizer _normalizer;

    private Gazetteer(ArabicNormalizer normalizer, PhraseVocabulary? vocabulary)
    {
        _normalizer = normalizer;
        Forms = new PhraseIndex<GazetteerForm>(normalizer, vocabulary);
    }

    public PhraseIndex<GazetteerForm> Forms { get; }

    public IReadOnlyCollection<GazetteerEntry> Entries => _entries.Values;

    public GazetteerEntry? Find(string id) => _entries.GetValueOrDefault(id);

    // Built on first use; two threads building it at once build the same table.
    private Dictionary<string, string?>? _countryOfTitle;

    /// <summary>
    /// The one country whose known office holders carry this title ("خادم الحرمين الشريفين" → saudi_arabia), or null
    /// when none or several do ("الملك").
    /// </summary>
    public string? CountryOfTitle(string title)
    {
        var byTitle = _countryOfTitle ??= BuildCountriesOfTitles();
        return byTitle.GetValueOrDefault(_normalizer.NormalizeKey(title));
    }

    private Dictionary<string, string?> BuildCountriesOfTitles()
    {
        var countries = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var entry in _entries.Values)
        {
            foreach (var role in entry.Roles)
            {
                var country = Find(role.TargetId) is { Type: EntityType.Country } target ? target.Id : Find(role.TargetId)?.Country;
                var key = _normalizer.NormalizeKey(role.Title);
                countries[key] = countries.TryGetValue(key, out var existing) && existing != country ? null : country;
            }
        }
        return countries;
    }

    public static Gazetteer Load(IDataSource source, ArabicNormalizer normalizer, PhraseVocabulary? vocabulary = null)
    {
        var gazetteer = new Gazetteer(normalizer, vocabulary);
        var governmentHeads = DataFiles.ReadList(source, GovernmentHeadsFile).ToList();
        foreach (var (file, type) in Files)
        {
            foreach (var row in DataFiles.ReadTable(source, file).Rows)
            {
                var entry = new GazetteerEntry(
                    row.Required("id"),
                    type,
                    row.Required("name_en"),
                    row.Required("name_ar"),
                    row["kind"],
                    NullIfEmpty(row["country"]),
                    NullIfEmpty(row["capital"]),
                    row.List("roles").Select(item => ParseRole(item, row.Where)).ToList());
                if (!gazetteer._entries.TryAdd(entry.Id, entry))
                {
                    throw new InvalidDataException($"{row.Where}: id '{entry.Id}' is already used by another gazetteer entry.");
                }
                gazetteer.Forms.Add(entry.NameAr, new GazetteerForm(entry, GazetteerFormKind.Name));
                foreach (var variant in row.List("variants"))
                {
                    gazetteer.Forms.Add(variant, new GazetteerForm(entry, GazetteerFormKind.Name));
                }
                foreach (var shortForm in row.List("short_forms"))
                {
                    gazetteer.Forms.Add(shortForm, new GazetteerForm(entry, GazetteerFormKind.ShortForm));
                }
                foreach (var adjective in row.List("adjectives"))
                {
                    var definite = string.Join(' ', adjective.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => "ال" + word));
                    gazetteer.Forms.Add(definite, new GazetteerForm(entry, GazetteerFormKind.Adjective));
                    gazetteer.Forms.Add(adjective, new GazetteerForm(entry, GazetteerFormKind.Adjective, Definite: false));
                    foreach (var head in governmentHeads)
                    {
                        gazetteer.Forms.Add($"{head} {definite}", new GazetteerForm(entry, GazetteerFormKind.Name));
                    }
                }
            }
        }
        foreach (var row in DataFiles.ReadTable(source, ContextualAdjectivesFile).Rows)
        {
            var country = gazetteer.Find(row.Required("country"))
                ?? throw new InvalidDataException($"{row.Where}: country '{row["country"]}' is not in the gazetteer.");
            var after = row.List("after").Select(normalizer.NormalizeKey).ToHashSet(StringComparer.Ordinal);
            if (after.Count == 0)
            {
                throw new InvalidDataException($"{row.Where}: a contextual adjective needs the words it follows.");
            }
            foreach (var adjective in row.List("adjectives"))
            {
                gazetteer.Forms.Add("ال" + adjective, new GazetteerForm(country, GazetteerFormKind.Adjective, After: after));
                foreach (var head in governmentHeads)
                {
                    gazetteer.Forms.Add($"{head} ال{adjective}", new GazetteerForm(country, GazetteerFormKind.Name));
                }
            }
        }
        gazetteer.CheckReferences();
        return gazetteer;
    }

    private void CheckReferences()
    {
        foreach (var entry in _entries.Values)
        {
            foreach (var reference in new[] { entry.Country, entry.Capital }.OfType<string>().Concat(entry.Roles.Select(role => role.TargetId)))
            {
                if (!_entries.ContainsKey(reference))
                {
                    throw new InvalidDataException($"Gazetteer entry '{entry.Id}' refers to '{reference}', which no gazetteer file defines.");
                }
            }
        }
    }

    private static KnownRole ParseRole(string item, string where)
    {
        var at = item.LastIndexOf('@');
        if (at <= 0 || at == item.Length - 1)
        {
            throw new InvalidDataException($"{where}: role '{item}' is not of the form title@target_id.");
        }
        return new KnownRole(item[..at].Trim(), item[(at + 1)..].Trim());
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
