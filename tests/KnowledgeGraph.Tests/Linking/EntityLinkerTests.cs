using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.Support;
using KnowledgeGraph.Tests.Text;

namespace KnowledgeGraph.Tests.Linking;

public sealed class EntityLinkerTests
{
    [Fact]
    public void A_gazetteer_place_keeps_its_name_and_gains_its_geonames_id_point_and_country()
    {
        var riyadh = Extract.Text("وصل الرئيس إلى الرياض أمس.").Entity("الرياض")!;

        Assert.Equal(("riyadh", "Riyadh"), (riyadh.Id, riyadh.Name));
        Assert.Equal(NameSource.Gazetteer, riyadh.Links.NameSource);
        Assert.Equal("108410", riyadh.Links.GeoNames);
        Assert.Equal("SA", riyadh.Links.Country);
        Assert.Equal(24.69, riyadh.Links.Point!.Value.Latitude, 1);
        Assert.Equal(46.72, riyadh.Links.Point!.Value.Longitude, 1);
    }

    [Fact]
    public void A_country_is_placed_at_its_capital_and_a_person_takes_the_country_of_the_gazetteer()
    {
        var graph = Extract.Text("استقبل الرئيس الروسي فلاديمير بوتين في موسكو وزير الخارجية السعودي فيصل بن فرحان.");

        Assert.Equal(graph.Entity("موسكو")!.Links.Point, graph.Entities.Single(entity => entity.Id == "russia").Links.Point);
        Assert.Equal("RU", graph.Entity("فلاديمير بوتين")!.Links.Country);
        Assert.Null(graph.Entity("فلاديمير بوتين")!.Links.Point);
    }

    [Fact]
    public void An_unknown_person_gets_a_transliterated_latin_name_and_the_country_of_the_office_the_article_gives()
    {
        var graph = Extract.Text("وقال وزير الخارجية اليمني سالم الحداد إن المحادثات ناجحة.");
        var person = graph.Entities.Single(entity => entity.Type == EntityType.Person);

        Assert.Equal(NameSource.Transliteration, person.Links.NameSource);
        Assert.Equal("Salem al-Haddad", person.Name);
        Assert.Equal("YE", person.Links.Country);
    }

    [Fact]
    public void Places_of_one_name_are_told_apart_by_the_countries_the_article_is_about()
    {
        var iraq = Extract.Text("وصل الوزير إلى المحمودية جنوب بغداد في العراق.").Entity("المحمودية")!;
        var egypt = Extract.Text("زار المحافظ مدينة المحمودية في محافظة البحيرة بمصر.").Entity("المحمودية")!;

        Assert.Equal((NameSource.KnowledgeBase, "IQ", "99100"), (iraq.Links.NameSource, iraq.Links.Country, iraq.Links.GeoNames));
        Assert.Equal(("EG", "360819"), (egypt.Links.Country, egypt.Links.GeoNames));
        Assert.Equal("Al Mahmudiyah", iraq.Name);
    }

    [Fact]
    public void A_place_open_data_names_has_the_id_its_name_alone_gives()
    {
        var place = Extract.Text("وصل الوزير إلى المحمودية جنوب بغداد في العراق.").Entity("المحمودية")!;

        Assert.Equal(EntityKeys.UnknownId(EntityType.Location, ArabicNormalizerTests.Normalizer.NormalizeKey("المحمودية")), place.Id);
    }

    [Fact]
    public void A_body_named_by_a_nationality_takes_that_country()
    {
        var ministry = Extract.Text("أعلنت وزارة الخارجية الكورية الجنوبية أن الوزير سيلتقي نظيره.").Entity("وزارة الخارجية الكورية الجنوبية")!;

        Assert.Equal("KR", ministry.Links.Country);
        Assert.DoesNotMatch("[\u0600-\u06FF]", ministry.Name);
    }

    [Fact]
    public void The_head_of_a_place_no_data_names_is_glossed_and_a_place_in_its_name_takes_its_english_name()
    {
        var hospital = Extract.Text("وزار الأمير مستشفى المخواه العام أمس.").Entities.Single(entity => entity.NameAr.StartsWith("مستشفى", StringComparison.Ordinal));

        Assert.Equal("Hospital of Al-Mikhwah", hospital.Name);
        Assert.Equal(NameSource.Transliteration, hospital.Links.NameSource);
    }

    [Fact]
    public void Every_entity_of_the_sample_articles_has_a_latin_name_and_says_where_it_came_from()
    {
        var graph = Cypher.PackExamples.Samples();

        Assert.All(graph.Entities, entity =>
        {
            Assert.DoesNotMatch("[\u0600-\u06FF]", entity.Name);
            Assert.NotNull(entity.Links.NameSource);
        });
    }
}
