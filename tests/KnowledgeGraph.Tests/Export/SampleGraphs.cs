using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Export;

/// <summary>Small graphs built by hand, with mention and evidence offsets that point into their article texts.</summary>
internal static class SampleGraphs
{
    public const string VisitName = "visit.txt";
    public const string VisitText = "زيارة رسمية\nوصل الرئيسُ الليبي سالم الحداد إلى طرابلس صباح الأحد، وقال الحداد إن الزيارة ناجحة.";

    public const string TalksName = "talks.json#0";
    public const string TalksText = "محادثات مرتقبة\nيلتقي سالم الحداد الوزير عمر النوري الأسبوع المقبل، واتهم النوري جهات خارجية بالتدخل.";

    public static DocumentInfo Document(string name, string text, DateOnly? date = null, string? source = null, string? url = null) =>
        new(DocumentGraphBuilder.DocumentId(text), name, text.Split('\n')[0], "ar", date, source, url);

    /// <summary>A mention of the first occurrence of a surface form in a text.</summary>
    public static Mention Mention(string document, string text, string surface, MentionKind kind = MentionKind.Name, int occurrence = 0)
    {
        var start = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            start = text.IndexOf(surface, start + 1, StringComparison.Ordinal);
        }
        Assert.True(start >= 0, $"'{surface}' is not in the text");
        return new Mention(document, start, start + surface.Length, surface, kind);
    }

    public static Evidence Evidence(string document, string text, string span, RelationStatus status,
        string? date = null, string? attributedTo = null, string? role = null, string? charge = null)
    {
        var start = text.IndexOf(span, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{span}' is not in the text");
        return new Evidence(document, start, start + span.Length, span, status, date, attributedTo, role, charge);
    }

    public static Entity Entity(string id, EntityType type, string name, string nameAr, params Mention[] mentions) =>
        Entity(id, type, name, nameAr, EntityLinks.None, mentions);

    public static Entity Entity(string id, EntityType type, string name, string nameAr, EntityLinks links, params Mention[] mentions)
    {
        var entity = new Entity(id, type, name, nameAr) { Links = links };
        entity.AddAlias(nameAr);
        foreach (var mention in mentions)
        {
            entity.Mentions.Add(mention);
            entity.AddAlias(mention.Text);
        }
        return entity;
    }

    public static Relation Relation(RelationType type, string source, string target, params Evidence[] evidence)
    {
        var relation = new Relation(type, source, target);
        relation.Evidence.AddRange(evidence);
        return relation;
    }

    /// <summary>A person named by transliteration, with his office's country.</summary>
    public static readonly EntityLinks HaddadLinks = new() { NameSource = NameSource.Transliteration, Country = "LY" };

    public static readonly EntityLinks TripoliLinks = new()
    {
        NameSource = NameSource.Gazetteer, GeoNames = "2210247", Point = new GeoPoint(32.88743, 13.18733), Country = "LY",
    };

    public static readonly EntityLinks LibyaLinks = new()
    {
        NameSource = NameSource.Gazetteer, GeoNames = "2215636", Wikidata = "Q1016", Point = new GeoPoint(32.88743, 13.18733), Country = "LY",
    };

    /// <summary>The visit article: a president, a city and his country; a visit and an office.</summary>
    public static DocumentGraph Visit() => new(
        Document(VisitName, VisitText, new DateOnly(2024, 3, 10), "وكالة الأنباء", "https://example.org/visit"),
        [
            Entity("salem_haddad", EntityType.Person, "Salem Haddad", "سالم الحداد", HaddadLinks,
                Mention(VisitName, VisitText, "الرئيسُ", MentionKind.Descriptor),
                Mention(VisitName, VisitText, "سالم الحداد"),
                Mention(VisitName, VisitText, "الحداد", MentionKind.ShortName, occurrence: 1)),
            Entity("tripoli", EntityType.Location, "Tripoli", "طرابلس", TripoliLinks, Mention(VisitName, VisitText, "طرابلس")),
            Entity("libya", EntityType.Country, "Libya", "ليبيا", LibyaLinks, Mention(VisitName, VisitText, "الليبي", MentionKind.Adjective)),
        ],
        [
            Relation(RelationType.Visited, "salem_haddad", "tripoli",
                Evidence(VisitName, VisitText, "وصل الرئيسُ الليبي سالم الحداد إلى طرابلس صباح الأحد", RelationStatus.Occurred, date: "2024-03-10")),
            Relation(RelationType.HoldsRole, "salem_haddad", "libya",
                Evidence(VisitName, VisitText, "الرئيسُ الليبي سالم الحداد", RelationStatus.Occurred, role: "الرئيس")),
        ]);

    /// <summary>The talks article: a planned meeting (attributed) and an accusation (with its charge), naming the president again.</summary>
    public static DocumentGraph Talks() => new(
        Document(TalksName, TalksText),
        [
            Entity("salem_haddad", EntityType.Person, "Salem Haddad", "سالم الحداد", HaddadLinks, Mention(TalksName, TalksText, "سالم الحداد")),
            Entity("omar_nouri", EntityType.Person, "Omar Nouri", "عمر النوري",
                Mention(TalksName, TalksText, "عمر النوري"),
                Mention(TalksName, TalksText, "النوري", MentionKind.ShortName, occurrence: 1)),
            Entity("foreign_parties", EntityType.Organization, "جهات خارجية", "جهات خارجية", new EntityLinks { NameSource = NameSource.Arabic },
                Mention(TalksName, TalksText, "جهات خارجية")),
        ],
        [
            Relation(RelationType.Met, "salem_haddad", "omar_nouri",
                Evidence(TalksName, TalksText, "يلتقي سالم الحداد الوزير عمر النوري الأسبوع المقبل", RelationStatus.Planned, attributedTo: "foreign_parties")),
            Relation(RelationType.Accused, "omar_nouri", "foreign_parties",
                Evidence(TalksName, TalksText, "واتهم النوري جهات خارجية بالتدخل", RelationStatus.Occurred, charge: "بالتدخل")),
        ]);

    public static GraphSnapshot Both()
    {
        var builder = new GraphBuilder();
        builder.Add(Visit());
        builder.Add(Talks());
        return builder.Build();
    }

    /// <summary>Asserts that two graphs hold the same documents, entities and relations, field by field and in order.</summary>
    public static void AssertSame(GraphSnapshot expected, GraphSnapshot actual)
    {
        Assert.Equal(expected.Documents, actual.Documents);
        Assert.Equal(expected.Entities.Count, actual.Entities.Count);
        for (var i = 0; i < expected.Entities.Count; i++)
        {
            var (e, a) = (expected.Entities[i], actual.Entities[i]);
            Assert.Equal((e.Id, e.Type, e.Name, e.NameAr), (a.Id, a.Type, a.Name, a.NameAr));
            Assert.Equal(e.Links, a.Links);
            Assert.Equal(e.Aliases, a.Aliases);
            Assert.Equal(e.Mentions, a.Mentions);
        }
        Assert.Equal(expected.Relations.Count, actual.Relations.Count);
        for (var i = 0; i < expected.Relations.Count; i++)
        {
            var (e, a) = (expected.Relations[i], actual.Relations[i]);
            Assert.Equal((e.Id, e.Type, e.Source, e.Target, e.Status), (a.Id, a.Type, a.Source, a.Target, a.Status));
            Assert.Equal(e.Evidence, a.Evidence);
        }
    }
}
