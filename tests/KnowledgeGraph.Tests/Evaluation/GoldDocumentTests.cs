using KnowledgeGraph.Evaluation;
using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.Reading;

namespace KnowledgeGraph.Tests.Evaluation;

public sealed class GoldDocumentTests : IDisposable
{
    private const string FullGold = """
        {
          "doc": "article.txt",
          "entities": [
            {"id": "salem", "type": "Person", "name_en": "Salem Haddad", "aliases": ["سالم الحداد", "الحداد"]},
            {"id": "tripoli", "type": "Location", "aliases": ["طرابلس"]},
            {"id": "libya", "type": "Country", "name_en": "Libya", "aliases": ["ليبيا", "الليبي"]}
          ],
          "relations": [
            {"type": "VISITED", "source": "salem", "target": "tripoli", "status": "occurred",
             "evidence": "وصل سالم الحداد إلى طرابلس", "target_alt": ["libya"]},
            {"type": "HOLDS_ROLE", "source": "salem", "target": "libya", "status": "occurred", "role": "الرئيس"},
            {"type": "MET", "source": "salem", "target": "tripoli", "status": "planned", "uncertain": true, "source_alt": ["libya"]}
          ]
        }
        """;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Load_reads_the_document_name_and_entities()
    {
        var gold = GoldDocument.Load(_temp.WriteText("gold.json", FullGold));

        Assert.Equal("article.txt", gold.Doc);
        Assert.Equal(["salem", "tripoli", "libya"], gold.Entities.Select(entity => entity.Id));
        Assert.Equal(new[] { "سالم الحداد", "الحداد" }, gold.Entities[0].Aliases);
        Assert.Equal(("Person", "Salem Haddad"), (gold.Entities[0].Type, gold.Entities[0].NameEn));
    }

    [Fact]
    public void Load_reads_an_entity_without_name_en_as_empty()
    {
        var gold = GoldDocument.Load(_temp.WriteText("gold.json", FullGold));

        Assert.Equal("", gold.Entities[1].NameEn);
    }

    [Fact]
    public void Load_reads_relations_with_their_optional_fields()
    {
        var gold = GoldDocument.Load(_temp.WriteText("gold.json", FullGold));

        var visit = gold.Relations[0];
        Assert.Equal((RelationType.Visited, "salem", "tripoli", RelationStatus.Occurred), (visit.Type, visit.Source, visit.Target, visit.Status));
        Assert.Equal("وصل سالم الحداد إلى طرابلس", visit.Evidence);
        Assert.Equal(["libya"], visit.TargetAlt);
        Assert.Empty(visit.SourceAlt);
        Assert.False(visit.Uncertain);
        Assert.Equal("الرئيس", gold.Relations[1].Role);
        Assert.Equal("", gold.Relations[1].Evidence);
        Assert.True(gold.Relations[2].Uncertain);
        Assert.Equal(RelationStatus.Planned, gold.Relations[2].Status);
        Assert.Equal(["libya"], gold.Relations[2].SourceAlt);
    }

    [Fact]
    public void Load_rejects_an_unknown_relation_type()
    {
        var path = _temp.WriteText("gold.json", """
            {"doc": "a.txt", "entities": [], "relations": [{"type": "LIKED", "source": "a", "target": "b", "status": "occurred"}]}
            """);

        Assert.Throws<FormatException>(() => GoldDocument.Load(path));
    }

    [Fact]
    public void LoadFolder_reads_every_json_file_in_name_order()
    {
        _temp.WriteText("gold/b.json", """{"doc": "b.txt", "entities": [], "relations": []}""");
        _temp.WriteText("gold/a.json", """{"doc": "a.txt", "entities": [], "relations": []}""");
        _temp.WriteText("gold/notes.md", "ملاحظات");

        var gold = GoldDocument.LoadFolder(Path.Combine(_temp.Path, "gold"));

        Assert.Equal(["a.txt", "b.txt"], gold.Select(document => document.Doc));
    }

    [Fact]
    public void Loaded_gold_scores_a_graph()
    {
        var gold = GoldDocument.Load(_temp.WriteText("gold.json", FullGold));
        var graph = Scoring.Graph(
            [
                Scoring.Predicted("p_salem", EntityType.Person, "سالم الحداد"),
                Scoring.Predicted("p_libya", EntityType.Country, "الليبي"),
            ],
            [Scoring.Predicted(RelationType.Visited, "p_salem", "p_libya")]);

        var score = Scorer.ScoreDocument(graph, gold);

        Assert.Equal(new Prf(2, 2, 3), score.EntitiesTyped);
        Assert.Equal(new Prf(1, 1, 2), score.Relations);
        Assert.Equal(["HOLDS_ROLE salem -> libya"], score.Missed.Select(line => $"{line.Type} {line.Source} -> {line.Target}"));
    }
}
