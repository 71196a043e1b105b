using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Reading;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Support;

/// <summary>
/// Shared pipelines over the built-in language data, and helpers to run them on a few sentences.
/// <see cref="Text"/> and <see cref="Analyze"/> run the hand-written rules alone: the tests that use
/// them pin what the rules (the candidate generators of the learned decisions) find, whatever a
/// retrained model decides. <see cref="Learned"/> and <see cref="Pipeline"/> are the product: rules
/// and the shipped model.
/// </summary>
public static class Extract
{
    private static readonly Lazy<ExtractionPipeline> SharedPipeline = new(() => new ExtractionPipeline(LanguageResources.Default));
    private static readonly Lazy<ExtractionPipeline> SharedRules = new(() => new ExtractionPipeline(LanguageResources.Default, model: null));

    /// <summary>The product's pipeline: the rules and the shipped model.</summary>
    public static ExtractionPipeline Pipeline => SharedPipeline.Value;

    /// <summary>The rules alone.</summary>
    public static ExtractionPipeline Rules => SharedRules.Value;

    /// <summary>Extracts by the rules alone from a text whose first line is a headline ("خبر" is added when the text has one line).</summary>
    public static DocumentGraph Text(string body, string name = "test.txt", DateOnly? date = null) =>
        Rules.Extract(Article.FromText(name, WithHeadline(body), date));

    public static Doc Analyze(string body, DateOnly? date = null) =>
        Rules.Analyze(Article.FromText("test.txt", WithHeadline(body), date));

    /// <summary>Extracts with the rules and the shipped model, as `kg extract` does.</summary>
    public static DocumentGraph Learned(string body, string name = "test.txt", DateOnly? date = null) =>
        Pipeline.Extract(Article.FromText(name, WithHeadline(body), date));

    private static string WithHeadline(string body) => body.Contains('\n') ? body : "خبر\n" + body;

    /// <summary>The entity whose Arabic name or an alias equals the given form.</summary>
    public static Entity? Entity(this DocumentGraph graph, string form) =>
        graph.Entities.FirstOrDefault(entity => entity.NameAr == form || entity.Aliases.Contains(form) || entity.Mentions.Any(mention => mention.Text == form));

    /// <summary>The relation of a type between the entities named by two forms, in either order for MET.</summary>
    public static Relation? Relation(this DocumentGraph graph, RelationType type, string source, string target)
    {
        var from = graph.Entity(source);
        var to = graph.Entity(target);
        if (from is null || to is null)
        {
            return null;
        }
        var key = RelationKey.Create(type, from.Id, to.Id);
        return graph.Relations.FirstOrDefault(relation => relation.Id == key.Id);
    }

    public static string Describe(this DocumentGraph graph) =>
        string.Join("\n", graph.Relations.Select(relation =>
            $"{relation.Type.ToWire()} {Name(graph, relation.Source)} -> {Name(graph, relation.Target)} ({relation.Status.ToWire()})"))
        + "\nentities: " + string.Join("، ", graph.Entities.Select(entity => $"{entity.NameAr}:{entity.Type}"));

    private static string Name(DocumentGraph graph, string id) => graph.Entities.FirstOrDefault(entity => entity.Id == id)?.NameAr ?? id;
}
