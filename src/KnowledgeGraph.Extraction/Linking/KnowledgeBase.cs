using System.Globalization;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.LanguageData;
using KnowledgeGraph.Extraction.Matching;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Linking;

/// <summary>Open-data facts about a hand-made gazetteer entry (kb/links.tsv).</summary>
public sealed record GazetteerLink(string? GeoNames, string? Wikidata, string? Country, GeoPoint? Point);

/// <summary>A city or region of open data the gazetteer does not hold (kb/places.tsv).</summary>
public sealed record KnownPlace(string? GeoNames, string Kind, string Country, string NameEn, GeoPoint? Point, long Population);

/// <summary>A person or body of Petrarch's actor dictionary (kb/actors.tsv).</summary>
public sealed record KnownActor(EntityType Type, string? Country);

/// <summary>What a knowledge-base form names when found in text: an entity of this type, identity left to linking.</summary>
public sealed record KnowledgeBaseForm(EntityType Type);

/// <summary>
/// The knowledge-base files tools/kb/build.py derives from open data (GeoNames, Unicode CLDR, Petrarch): links of the
/// gazetteer's entries, places and actors it does not hold, and the forms of those that are safe to look for in text.
/// </summary>
public sealed class KnowledgeBase
{
    public const string LinksFile = "kb/links.tsv";
    public const string PlacesFile = "kb/places.tsv";
    public const string ActorsFile = "kb/actors.tsv";

    private readonly Dictionary<string, GazetteerLink> _links = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<KnownPlace>> _places = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KnownActor> _actors = new(StringComparer.Ordinal);
    private readonly ArabicNormalizer _normalizer;

    private KnowledgeBase(ArabicNormalizer normalizer, PhraseVocabulary? vocabulary)
    {
        _normalizer = normalizer;
        Forms = new PhraseIndex<KnowledgeBaseForm>(normalizer, vocabulary);
    }

    /// <summary>Names of places and actors safe to look for in text.</summary>
    public PhraseIndex<KnowledgeBaseForm> Forms { get; }

    public int PlaceCount { get; private set; }

    public int ActorCount => _actors.Count;

    /// <summary>Loads the three files; the Arabic names links.tsv adds to gazetteer entries become names of those entries.</summary>
    public static KnowledgeBase Load(IDataSource source, ArabicNormalizer normalizer, Gazetteer gazetteer, PhraseVocabulary? vocabulary = null)
    {
        var kb = new KnowledgeBase(normalizer, vocabulary);
        kb.LoadLinks(source, gazetteer);
        kb.LoadPlaces(source);
        kb.LoadActors(source);
        return kb;
    }

    public GazetteerLink? LinkOf(string gazetteerId) => _links.GetValueOrDefault(gazetteerId);

    /// <summary>The places of a name (normalised), in file order.</summary>
    public IReadOnlyList<KnownPlace> PlacesNamed(string name) =>
        _places.TryGetValue(_normalizer.NormalizeKey(name), out var places) ? places : [];

    public KnownActor? ActorNamed(string name) => _actors.GetValueOrDefault(_normalizer.NormalizeKey(name));

    private void LoadLinks(IDataSource source, Gazetteer gazetteer)
    {
        foreach (var row in DataFiles.ReadTable(source, LinksFile).Rows)
        {
            var id = row.Required("id");
            var entry = gazetteer.Find(id) ?? throw new InvalidDataException($"{row.Where}: '{id}' is no gazetteer entry.");
            _links[id] = new GazetteerLink(Optional(row["geonames"]), Optional(row["wikidata"]), Optional(row["country"]), Point(row));
            foreach (var name in row.List("names_ar"))
            {
                if (gazetteer.Forms.Lookup(name).Count == 0)
                {
                    gazetteer.Forms.Add(name, new GazetteerForm(entry, GazetteerFormKind.Name));
                }
            }
        }
    }

    private void LoadPlaces(IDataSource source)
    {
        foreach (var row in DataFiles.ReadTable(source, PlacesFile).Rows)
        {
            var population = row["population"].Length > 0 ? long.Parse(row["population"], CultureInfo.InvariantCulture) : 0;
            var place = new KnownPlace(Optional(row["geonames"]), row.Required("kind"), row.Required("country"), row.Required("name_en"), Point(row), population);
            PlaceCount++;
            foreach (var form in row.List("forms"))
            {
                AddPlace(form, place);
                Forms.Add(form, new KnowledgeBaseForm(EntityType.Location));
            }
            foreach (var form in row.List("link_only"))
            {
                AddPlace(form, place);
            }
        }
    }

    private void AddPlace(string form, KnownPlace place)
    {
        var key = _normalizer.NormalizeKey(form);
        if (!_places.TryGetValue(key, out var places))
        {
            places = [];
            _places.Add(key, places);
        }
        places.Add(place);
    }

    private void LoadActors(IDataSource source)
    {
        foreach (var row in DataFiles.ReadTable(source, ActorsFile).Rows)
        {
            var actor = new KnownActor(EntityTypes.Parse(row.Required("type")), Optional(row["country"]));
            foreach (var form in row.List("variants").Prepend(row.Required("name_ar")))
            {
                _actors.TryAdd(_normalizer.NormalizeKey(form), actor);
                Forms.Add(form, new KnowledgeBaseForm(actor.Type));
            }
        }
    }

    private static GeoPoint? Point(TsvRow row)
    {
        if (row["latitude"].Length == 0 || row["longitude"].Length == 0)
        {
            return null;
        }
        var latitude = double.Parse(row["latitude"], CultureInfo.InvariantCulture);
        var longitude = double.Parse(row["longitude"], CultureInfo.InvariantCulture);
        return GeoPoint.IsValid(latitude, longitude) ? new GeoPoint(latitude, longitude) : throw new InvalidDataException($"{row.Where}: no point on earth.");
    }

    private static string? Optional(string value) => value.Length == 0 ? null : value;
}
