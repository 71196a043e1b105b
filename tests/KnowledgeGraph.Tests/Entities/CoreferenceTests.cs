using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Entities;

public sealed class CoreferenceTests
{
    [Fact]
    public void A_surname_later_in_the_article_is_the_same_person()
    {
        var graph = Extract.Text("خبر\nوصل وزير الخارجية البرازيلي ماورو فييرا إلى الرياض.\nوقال فييرا إن العلاقات متينة.");
        var person = Assert.Single(graph.Entities, entity => entity.Type == EntityType.Person);
        Assert.Equal(2, person.Mentions.Count(mention => mention.Text is "ماورو فييرا" or "فييرا"));
    }

    [Fact]
    public void A_short_form_of_a_known_person_counts_only_once_the_article_names_him()
    {
        var named = Extract.Text("خبر\nالتقى الرئيس السوري بشار الأسد وفدا برلمانيا.\nوقال الأسد إن الحوار مستمر.");
        Assert.Equal(2, named.Entities.Single(entity => entity.Id == "bashar_al_assad").Mentions.Count(mention => mention.Kind is MentionKind.Name or MentionKind.ShortName));

        var unnamed = Extract.Text("خبر\nوشوهد الأسد في حديقة الحيوان.");
        Assert.DoesNotContain(unnamed.Entities, entity => entity.Id == "bashar_al_assad");
    }

    [Fact]
    public void A_descriptor_the_article_ties_to_a_person_refers_to_him()
    {
        var graph = Extract.Text("خبر\nوقال ويليام روتو، رئيس كينيا، إن الاقتصاد تحسن.\nوأكد الرئيس الكيني أن الانتخابات ستجري في موعدها.");
        var ruto = graph.Entity("ويليام روتو")!;
        Assert.Contains(ruto.Mentions, mention => mention.Text == "الرئيس الكيني" && mention.Kind == MentionKind.Descriptor);
    }

    [Fact]
    public void The_kingdom_alone_is_the_kingdom_the_article_names()
    {
        var graph = Extract.Text("أعلنت السعودية عن مبادرة جديدة. وقال مسؤول إن المملكة ستستضيف القمة في الرياض.");
        var saudi = graph.Entities.Single(entity => entity.Id == "saudi_arabia");
        Assert.Contains(saudi.Mentions, mention => mention.Text == "المملكة");
    }

    [Fact]
    public void The_kingdom_alone_is_the_home_state_of_the_press_when_no_kingdom_is_named()
    {
        var graph = Extract.Text("وأكد وزير الخارجية الأستاذ فهد بن ناصر الدوسري أن المملكة ستستضيف القمة العام المقبل.");
        var home = graph.Entities.Single(entity => entity.Type == EntityType.Country);
        Assert.Equal("saudi_arabia", home.Id);
        Assert.Contains(home.Mentions, mention => mention.Text == "المملكة");
    }

    [Fact]
    public void The_kingdom_alone_is_the_kingdom_named_even_when_the_home_state_is_another()
    {
        var graph = Extract.Text("وصل الوفد إلى الأردن أمس. وقال مسؤول إن المملكة ستستضيف القمة.");
        var jordan = graph.Entities.Single(entity => entity.Id == "jordan");
        Assert.Contains(jordan.Mentions, mention => mention.Text == "المملكة");
        Assert.DoesNotContain(graph.Entities, entity => entity.Id == "saudi_arabia");
    }

    [Fact]
    public void A_capital_acting_as_its_government_is_also_a_mention_of_the_state()
    {
        var graph = Extract.Text("وأعلنت نيروبي رفضها للقرار.");
        var kenya = graph.Entities.Single(entity => entity.Id == "kenya");
        Assert.Contains(kenya.Mentions, mention => mention.Text == "نيروبي" && mention.Kind == MentionKind.Metonym);
        Assert.Contains(graph.Entities, entity => entity.Id == "nairobi");
    }

    [Fact]
    public void A_capital_introduced_as_a_place_does_not_stand_for_the_state()
    {
        var graph = Extract.Text("ووصل الوفد إلى نيروبي مساء أمس.");
        Assert.DoesNotContain(graph.Entities, entity => entity.Id == "kenya");
    }

    [Fact]
    public void Spelling_variants_of_an_unknown_place_get_one_id_across_articles()
    {
        var first = Extract.Text("وتوقف القطار في محطة كاراسوك صباح الاثنين.", name: "a.txt");
        var second = Extract.Text("وعبر القطار محطة كرسوك عند الفجر.", name: "b.txt");
        var a = first.Entities.Single(entity => entity.Type == EntityType.Location);
        var b = second.Entities.Single(entity => entity.Type == EntityType.Location);
        Assert.Equal(a.Id, b.Id);
    }

    [Fact]
    public void Spelling_variants_of_a_known_place_get_its_gazetteer_id()
    {
        var first = Extract.Text("وغادر الوفد بيونغ يانغ صباحا.", name: "a.txt");
        var second = Extract.Text("وغادر الوفد بيونغيانغ صباحا.", name: "b.txt");
        Assert.Equal("pyongyang", first.Entities.Single(entity => entity.Type == EntityType.Location).Id);
        Assert.Equal("pyongyang", second.Entities.Single(entity => entity.Type == EntityType.Location).Id);
    }

    [Fact]
    public void Ids_are_the_same_in_every_run()
    {
        var text = "وقال المتحدث باسم وزارة الخارجية الكينية كيبروتو موانغي إن الوفد سيزور كمبالا.";
        var first = Extract.Text(text).Entities.Select(entity => entity.Id).Order().ToList();
        var second = Extract.Text(text).Entities.Select(entity => entity.Id).Order().ToList();
        Assert.Equal(first, second);
        Assert.All(first, id => Assert.Matches("^[a-z0-9_]+$", id));
    }

    [Fact]
    public void A_bare_title_with_a_nationality_refers_to_the_one_person_named_with_an_office_of_that_kind_there()
    {
        var graph = Extract.Text("خبر\nوصل وزير الدفاع الإيطالي ماريو بيانكي إلى بغداد أمس.\nوأجرى الوزير الإيطالي لقاءات مع رئيس الوزراء كمال الحسن.");
        Assert.NotNull(graph.Relation(RelationType.Met, "ماريو بيانكي", "كمال الحسن"));
    }

    [Fact]
    public void A_bare_title_with_a_nationality_refers_to_no_one_when_two_people_fit()
    {
        var graph = Extract.Text("خبر\nوصل وزير الدفاع الإيطالي ماريو بيانكي ووزير الخارجية الإيطالي جوزيبي كونتي إلى بغداد أمس.\nوأجرى الوزير الإيطالي لقاءات مع رئيس الوزراء كمال الحسن.");
        Assert.Null(graph.Relation(RelationType.Met, "ماريو بيانكي", "كمال الحسن"));
        Assert.Null(graph.Relation(RelationType.Met, "جوزيبي كونتي", "كمال الحسن"));
    }
}
