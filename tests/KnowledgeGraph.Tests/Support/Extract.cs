using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Reading;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Support;

/// <summary>One shared pipeline over the built-in language data, and helpers to run it on a few sentences.</summary>
public static class Extract
{
    private static readonly Lazy<ExtractionPipeline> SharedPipeline = new(() => new ExtractionPipeline(LanguageResources.Default));

    public static ExtractionPipeline Pipeline => SharedPipeline.Value;

    /// <summary>Extracts from a text whose first line is a headline ("عنوان" is added when the text has one line).</summary>
    public static DocumentGraph Text(string body, string name = "test.txt", DateOnly? date = null)
    {
        var text = body.Contains('\n') ? body : "خبر\n" + body;
        return Pipeline.Extract(Article.FromText(name, text, date));
    }

    public static Doc Analyze(string body, DateOnly? date = null)
    {
        var text = body.Contains('\n') ? body : "خبر\n" + body;
        return Pipeline.Analyze(Article.FromText("test.txt", text, date));
    }

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
