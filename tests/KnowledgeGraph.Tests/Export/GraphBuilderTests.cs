using KnowledgeGraph.Export.Json;
using KnowledgeGraph.Model;
using static KnowledgeGraph.Tests.Export.SampleGraphs;

namespace KnowledgeGraph.Tests.Export;

/// <summary>How document graphs merge into one graph (the semantics every store shares).</summary>
public sealed class GraphBuilderTests
{
    private static GraphSnapshot Build(params DocumentGraph[] graphs)
    {
        var builder = new GraphBuilder();
        foreach (var graph in graphs)
        {
            builder.Add(graph);
        }
        return builder.Build();
    }

    private static DocumentGraph Graph(string name, string text, IReadOnlyList<Entity> entities, IReadOnlyList<Relation> relations) =>
        new(Document(name, text), entities, relations);

    [Fact]
    public void Adding_the_same_document_twice_changes_nothing()
    {
        var once = Build(Visit(), Talks());
        var twice = Build(Visit(), Talks(), Visit());

        Assert.Equal(JsonGraphWriter.ToJson(once), JsonGraphWriter.ToJson(twice));
    }

    [Fact]
    public void Adding_the_same_document_twice_counts_it_once()
    {
        var builder = new GraphBuilder();
        builder.Add(Visit());
        builder.Add(Visit());

        Assert.Equal(1, builder.DocumentCount);
        Assert.Single(builder.Build().Documents);
    }

    [Fact]
    public void Edited_version_replaces_that_documents_mentions_and_evidence()
    {
        const string edited = "زيارة رسمية\nوصل سالم الحداد أمس إلى طرابلس.";
        var editedVisit = Graph(VisitName, edited,
            [
                Entity("salem_haddad", EntityType.Person, "Salem Haddad", "سالم الحداد", Mention(VisitName, edited, "سالم الحداد")),
                Entity("tripoli", EntityType.Location, "Tripoli", "طرابلس", Mention(VisitName, edited, "طرابلس")),
            ],
            [Relation(RelationType.Visited, "salem_haddad", "tripoli", Evidence(VisitName, edited, "وصل سالم الحداد أمس إلى طرابلس", RelationStatus.Occurred))]);

        var graph = Build(Visit(), Talks(), editedVisit);

        var document = Assert.Single(graph.Documents, document => document.Name == VisitName);
        Assert.Equal(KnowledgeGraph.Extraction.Pipeline.DocumentGraphBuilder.DocumentId(edited), document.Id);
        var haddad = Assert.Single(graph.Entities, entity => entity.Id == "salem_haddad");
        Assert.Equal(
            [Mention(TalksName, TalksText, "سالم الحداد"), Mention(VisitName, edited, "سالم الحداد")],
            haddad.Mentions);
        var visit = Assert.Single(graph.Relations, relation => relation.Id == "salem_haddad-VISITED-tripoli");
        Assert.Equal("وصل سالم الحداد أمس إلى طرابلس", Assert.Single(visit.Evidence).Text);
    }

    [Fact]
    public void Edited_version_drops_what_only_the_old_version_said()
    {
        const string edited = "زيارة رسمية\nوصل سالم الحداد أمس.";
        var editedVisit = Graph(VisitName, edited,
            [Entity("salem_haddad", EntityType.Person, "Salem Haddad", "سالم الحداد", Mention(VisitName, edited, "سالم الحداد"))],
            []);

        var graph = Build(Visit(), Talks(), editedVisit);

        Assert.DoesNotContain(graph.Entities, entity => entity.Id is "tripoli" or "libya");
        Assert.DoesNotContain(graph.Relations, relation => relation.Type is RelationType.Visited or RelationType.HoldsRole);
    }

    [Fact]
    public void Edited_version_keeps_the_other_documents_contributions()
    {
        const string edited = "زيارة رسمية\nوصل سالم الحداد أمس.";
        var editedVisit = Graph(VisitName, edited,
            [Entity("salem_haddad", EntityType.Person, "Salem Haddad", "سالم الحداد", Mention(VisitName, edited, "سالم الحداد"))],
            []);
        var before = Build(Talks());

        var graph = Build(Visit(), Talks(), editedVisit);

        Assert.Equal(
            before.Relations.SelectMany(relation => relation.Evidence),
            graph.Relations.SelectMany(relation => relation.Evidence));
        Assert.Equal(
            before.Entities.Single(entity => entity.Id == "omar_nouri").Mentions,
            graph.Entities.Single(entity => entity.Id == "omar_nouri").Mentions);
    }

    [Fact]
    public void Two_documents_naming_one_entity_give_one_entity_with_mentions_from_both()
    {
        var graph = Build(Visit(), Talks());

        var haddad = Assert.Single(graph.Entities, entity => entity.Id == "salem_haddad");
        Assert.Equal([TalksName, VisitName], haddad.Mentions.Select(mention => mention.Document).Distinct());
        Assert.Equal(4, haddad.Mentions.Count);
    }

    [Fact]
    public void Aliases_of_one_entity_are_merged_without_duplicates()
    {
        var graph = Build(Visit(), Talks());

        var haddad = graph.Entities.Single(entity => entity.Id == "salem_haddad");
        Assert.Equal(["سالم الحداد", "الرئيسُ", "الحداد"], haddad.Aliases);
    }

    [Fact]
    public void Met_is_stored_once_per_pair_whatever_the_order()
    {
        const string first = "لقاء\nالتقى عمر النوري سالم الحداد.";
        const string second = "لقاء آخر\nالتقى سالم الحداد عمر النوري مجددا.";
        Entity[] People(string name, string text) =>
        [
            Entity("salem_haddad", EntityType.Person, "Salem Haddad", "سالم الحداد", Mention(name, text, "سالم الحداد")),
            Entity("omar_nouri", EntityType.Person, "Omar Nouri", "عمر النوري", Mention(name, text, "عمر النوري")),
        ];

        var graph = Build(
            Graph("a.txt", first, People("a.txt", first), [Relation(RelationType.Met, "omar_nouri", "salem_haddad", Evidence("a.txt", first, "التقى عمر النوري سالم الحداد", RelationStatus.Occurred))]),
            Graph("b.txt", second, People("b.txt", second), [Relation(RelationType.Met, "salem_haddad", "omar_nouri", Evidence("b.txt", second, "التقى سالم الحداد عمر النوري", RelationStatus.Occurred))]));

        var met = Assert.Single(graph.Relations);
        Assert.Equal("omar_nouri-MET-salem_haddad", met.Id);
        Assert.Equal(("omar_nouri", "salem_haddad"), (met.Source, met.Target));
        Assert.Equal(["a.txt", "b.txt"], met.Evidence.Select(evidence => evidence.Document));
    }

    [Fact]
    public void Met_key_is_the_same_in_both_orders()
    {
        Assert.Equal(new Relation(RelationType.Met, "b_person", "a_person").Id, new Relation(RelationType.Met, "a_person", "b_person").Id);
        Assert.Equal(RelationKey.Create(RelationType.Met, "b_person", "a_person"), RelationKey.Create(RelationType.Met, "a_person", "b_person"));
    }

    [Fact]
    public void Directed_relations_keep_their_direction()
    {
        var there = new Relation(RelationType.Accused, "b_person", "a_person");
        var back = new Relation(RelationType.Accused, "a_person", "b_person");

        Assert.NotEqual(there.Id, back.Id);
        Assert.Equal(("b_person", "a_person"), (there.Source, there.Target));
    }

    [Fact]
    public void Relation_is_occurred_as_soon_as_one_evidence_is_occurred()
    {
        const string planned = "خبر أول\nيزور سالم الحداد طرابلس الشهر المقبل.";
        const string occurred = "خبر ثان\nزار سالم الحداد طرابلس.";

        var graph = Build(
            Graph("a.txt", planned, [], [Relation(RelationType.Visited, "salem_haddad", "tripoli", Evidence("a.txt", planned, "يزور سالم الحداد طرابلس", RelationStatus.Planned))]),
            Graph("b.txt", occurred, [], [Relation(RelationType.Visited, "salem_haddad", "tripoli", Evidence("b.txt", occurred, "زار سالم الحداد طرابلس", RelationStatus.Occurred))]));

        var visit = Assert.Single(graph.Relations);
        Assert.Equal([RelationStatus.Planned, RelationStatus.Occurred], visit.Evidence.Select(evidence => evidence.Status));
        Assert.Equal(RelationStatus.Occurred, visit.Status);
    }

    [Fact]
    public void Relation_reported_only_as_planned_is_planned()
    {
        var relation = Relation(RelationType.Visited, "a", "b",
            new Evidence("a.txt", 0, 1, "س", RelationStatus.Planned),
            new Evidence("b.txt", 0, 1, "س", RelationStatus.Planned));

        Assert.Equal(RelationStatus.Planned, relation.Status);
    }

    [Fact]
    public void Relation_fields_come_from_the_first_evidence_that_gives_them()
    {
        var relation = Relation(RelationType.Accused, "a", "b",
            new Evidence("a.txt", 0, 1, "س", RelationStatus.Occurred, Date: "2024-05", AttributedTo: "agency_one"),
            new Evidence("b.txt", 0, 1, "س", RelationStatus.Occurred, Date: "2024-04-30", AttributedTo: "agency_two", Charge: "بالفساد"),
            new Evidence("c.txt", 0, 1, "س", RelationStatus.Occurred, AttributedTo: "agency_one", Charge: "بالرشوة"));

        Assert.Equal("2024-04-30", relation.Date);
        Assert.Equal("بالفساد", relation.Charge);
        Assert.Equal(["agency_one", "agency_two"], relation.AttributedTo);
    }

    [Fact]
    public void Documents_and_entities_come_out_in_ordinal_order()
    {
        var graph = Build(Visit(), Talks());

        Assert.Equal([TalksName, VisitName], graph.Documents.Select(document => document.Name));
        var ids = graph.Entities.Select(entity => entity.Id).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        var relationIds = graph.Relations.Select(relation => relation.Id).ToList();
        Assert.Equal(relationIds.Order(StringComparer.Ordinal), relationIds);
    }

    [Fact]
    public void Pipeline_graph_added_twice_changes_nothing()
    {
        var (name, text) = JsonRoundTripTests.Articles[0];
        var graph = Support.Extract.Text(text, name);

        Assert.Equal(JsonGraphWriter.ToJson(Build(graph)), JsonGraphWriter.ToJson(Build(graph, Support.Extract.Text(text, name))));
    }

    [Fact]
    public void An_entity_takes_its_names_and_links_from_the_first_document_by_name()
    {
        var first = Graph("a.txt", VisitText, [Entity("tripoli", EntityType.Location, "Tripoli", "طرابلس", TripoliLinks)], []);
        var second = Graph("b.txt", TalksText, [Entity("tripoli", EntityType.Location, "Trablus", "طرابلس", new EntityLinks { NameSource = NameSource.Transliteration })], []);

        var merged = Build(second, first).Entities.Single();

        Assert.Equal(("Tripoli", TripoliLinks), (merged.Name, merged.Links));
    }
}
