using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Linking;

/// <summary>
/// An entity's English display name and its links to open data. The name is the gazetteer's, else the knowledge
/// base's (a GeoNames place), else the English the extractor composed from its cues ("South Korea Ministry of
/// Foreign Affairs"), else a transliteration of the Arabic name (a body's, place's or event's head noun glossed:
/// "Hospital of al-Makhwah"). Ids are never touched: linking only adds fields.
/// </summary>
public sealed class EntityLinker
{
    /// <summary>Below this population a place of the name in a country the article does not touch is not assumed.</summary>
    public const long ForeignPlaceMinimumPopulation = 500_000;

    private readonly Gazetteer _gazetteer;
    private readonly KnowledgeBase _knowledgeBase;
    private readonly NameTransliterator _transliterator;
    private readonly HeadGlosses _heads;

    public EntityLinker(LanguageResources resources)
    {
        _gazetteer = resources.Gazetteer;
        _knowledgeBase = resources.KnowledgeBase;
        _transliterator = resources.Transliterator;
        _heads = new HeadGlosses(resources.Cues, resources.Normalizer);
    }

    public ArticleCountries CountriesOf(Doc doc) => ArticleCountries.Of(doc.Entities, CountryOf);

    /// <summary>The ISO code of a gazetteer entry's country: its own for a country, else its country's.</summary>
    public string? CountryOf(GazetteerEntry entry) =>
        entry.Type == EntityType.Country ? _knowledgeBase.LinkOf(entry.Id)?.Country
        : entry.Country is { } country ? _knowledgeBase.LinkOf(country)?.Country
        : null;

    /// <param name="nameAr">The Arabic name the graph shows.</param>
    /// <param name="composedEn">An English name the extractor composed from its cues, if any.</param>
    public (string Name, EntityLinks Links) Link(DocEntity entity, string nameAr, string? composedEn, ArticleCountries countries)
    {
        if (entity.Known is { } known)
        {
            var link = _knowledgeBase.LinkOf(known.Id);
            return (known.NameEn, new EntityLinks
            {
                NameSource = NameSource.Gazetteer,
                GeoNames = link?.GeoNames,
                Wikidata = link?.Wikidata,
                Point = link?.Point,
                Country = CountryOf(known),
            });
        }
        if (entity.Type is EntityType.Location && Place(nameAr, countries) is { } place)
        {
            return (place.NameEn, new EntityLinks
            {
                NameSource = NameSource.KnowledgeBase,
                GeoNames = place.GeoNames,
                Point = place.Point,
                Country = place.Country,
            });
        }
        var country = entity.Type switch
        {
            EntityType.Person or EntityType.Organization => _knowledgeBase.ActorNamed(nameAr)?.Country ?? OfficeCountry(entity) ?? KeyCountry(entity),
            _ => null,
        };
        if (composedEn is not null)
        {
            return (composedEn, new EntityLinks { NameSource = NameSource.Gazetteer, Country = country });
        }
        var latin = Transliterate(entity, nameAr);
        return latin.Length > 0
            ? (latin, new EntityLinks { NameSource = NameSource.Transliteration, Country = country })
            : (nameAr, new EntityLinks { NameSource = NameSource.Arabic, Country = country });
    }

    /// <summary>A person's name transliterated; a body's, place's or event's head glossed ("Hospital of al-Makhwah").</summary>
    private string Transliterate(DocEntity entity, string nameAr)
    {
        if (entity.Type != EntityType.Person && _heads.Split(nameAr) is var (gloss, rest))
        {
            var latinRest = _transliterator.Transliterate(rest, initial: false, places: true);
            return latinRest.Length > 0 ? $"{gloss} of {latinRest}" : gloss;
        }
        return _transliterator.Transliterate(nameAr, places: entity.Type != EntityType.Person);
    }

    /// <summary>
    /// The place of this name in the country the article is most about; else the most populous one, unless the article
    /// is about other countries and the place is small (a village abroad named like a local site is not assumed).
    /// </summary>
    public KnownPlace? Place(string name, ArticleCountries countries)
    {
        var places = _knowledgeBase.PlacesNamed(name);
        if (places.Count == 0)
        {
            return null;
        }
        var best = places.OrderByDescending(place => countries.Weight(place.Country)).ThenByDescending(place => place.Population).First();
        return countries.Weight(best.Country) > 0 || countries.IsEmpty || best.Population >= ForeignPlaceMinimumPopulation ? best : null;
    }

    /// <summary>A body named by a common noun and a nationality is keyed with its country ("وزارة الخارجية@south_korea").</summary>
    private string? KeyCountry(DocEntity entity)
    {
        var key = entity.Canonical?.NameKey;
        var at = key?.LastIndexOf('@') ?? -1;
        return at > 0 && _gazetteer.Find(key![(at + 1)..]) is { } country ? CountryOf(country) : null;
    }

    /// <summary>The country of the first office the article gives a person or body ("وزير الخارجية السعودي").</summary>
    private string? OfficeCountry(DocEntity entity) =>
        entity.Roles.Select(role => role.Target?.Known).OfType<GazetteerEntry>().Select(CountryOf).FirstOrDefault(iso => iso is not null);
}
