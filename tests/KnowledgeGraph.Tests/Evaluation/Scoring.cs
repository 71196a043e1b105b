using KnowledgeGraph.Evaluation;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Evaluation;

/// <summary>Builders for small predicted graphs and gold documents.</summary>
internal static class Scoring
{
    public const string Doc = "article.txt";
    public const string OtherDoc = "other.txt";

    /// <summary>A predicted entity whose only surface forms are its mentions in <see cref="Doc"/> (no names, no aliases).</summary>
    public static Entity Predicted(string id, EntityType type, params string[] mentions) =>
        PredictedIn(Doc, id, type, mentions);

    public static Entity PredictedIn(string document, string id, EntityType type, params string[] mentions)
    {
        var entity = new Entity(id, type, "", "");
        var offset = 0;
        foreach (var text in mentions)
        {
            entity.Mentions.Add(new Mention(document, offset, offset + text.Length, text));
            offset += text.Length + 1;
        }
        return entity;
    }

    public static GoldEntity Gold(string id, string type, params string[] aliases) => new(id, type, id, aliases);

    public static Relation Predicted(RelationType type, string source, string target, RelationStatus status = RelationStatus.Occurred, string document = Doc)
    {
        var relation = new Relation(type, source, target);
        relation.Evidence.Add(new Evidence(document, 0, 5, "دليل ما", status));
        return relation;
    }

    public static GoldRelation Gold(
        RelationType type, string source, string target, RelationStatus status = RelationStatus.Occurred,
        string[]? sourceAlt = null, string[]? targetAlt = null, bool uncertain = false) =>
        new(type, source, target, status, "نص الدليل", sourceAlt ?? [], targetAlt ?? [], uncertain, null, null);

    public static GraphSnapshot Graph(IEnumerable<Entity> entities, IEnumerable<Relation>? relations = null) =>
        new([], entities.ToList(), (relations ?? []).ToList());

    public static GoldDocument GoldDoc(IEnumerable<GoldEntity> entities, IEnumerable<GoldRelation>? relations = null) =>
        new(Doc, entities.ToList(), (relations ?? []).ToList());

    public static DocumentScore Score(GraphSnapshot graph, GoldDocument gold) => Scorer.ScoreDocument(graph, gold);
}
