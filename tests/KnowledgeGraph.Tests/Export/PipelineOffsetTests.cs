using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Export;

/// <summary>Offsets of a graph the pipeline produced: every text is the slice [start, end) of its article.</summary>
public sealed class PipelineOffsetTests
{
    private static readonly Dictionary<string, string> TextByName =
        JsonRoundTripTests.Articles.ToDictionary(article => article.Name, article => article.Text);

    [Fact]
    public void Every_mention_text_is_its_slice_of_the_article()
    {
        var graph = JsonRoundTripTests.PipelineGraph();
        var mentions = graph.Entities.SelectMany(entity => entity.Mentions).ToList();

        Assert.NotEmpty(mentions);
        Assert.All(mentions, mention => Assert.Equal(TextByName[mention.Document][mention.Start..mention.End], mention.Text));
    }

    [Fact]
    public void Every_evidence_text_is_its_slice_of_the_article()
    {
        var graph = JsonRoundTripTests.PipelineGraph();
        var evidence = graph.Relations.SelectMany(relation => relation.Evidence).ToList();

        Assert.NotEmpty(evidence);
        Assert.All(evidence, item => Assert.Equal(TextByName[item.Document][item.Start..item.End], item.Text));
    }

    [Fact]
    public void Mention_of_a_word_with_a_tatweel_keeps_the_tatweel()
    {
        var graph = Extract.Text(JsonRoundTripTests.Articles[0].Text, JsonRoundTripTests.Articles[0].Name);

        Assert.Contains(graph.Entities.SelectMany(entity => entity.Mentions), mention => mention.Text == "القاهـرة");
    }

    [Fact]
    public void Mentions_and_evidence_name_their_document()
    {
        var (name, text) = JsonRoundTripTests.Articles[1];
        var graph = Extract.Text(text, name);

        Assert.Equal(name, graph.Document.Name);
        Assert.All(graph.Entities.SelectMany(entity => entity.Mentions), mention => Assert.Equal(name, mention.Document));
        Assert.All(graph.Relations.SelectMany(relation => relation.Evidence), evidence => Assert.Equal(name, evidence.Document));
    }

    [Fact]
    public void Document_of_a_pipeline_graph_has_title_language_and_text_hash()
    {
        var (name, text) = JsonRoundTripTests.Articles[0];
        var graph = Extract.Text(text, name);

        Assert.Equal("زيارة إلى مصر", graph.Document.Title);
        Assert.Equal("ar", graph.Document.Language);
        Assert.Equal(KnowledgeGraph.Extraction.Pipeline.DocumentGraphBuilder.DocumentId(text), graph.Document.Id);
    }

    [Fact]
    public void Relations_of_a_pipeline_graph_join_entities_it_exports()
    {
        var graph = JsonRoundTripTests.PipelineGraph();
        var ids = graph.Entities.Select(entity => entity.Id).ToHashSet(StringComparer.Ordinal);

        Assert.All(graph.Relations, relation =>
        {
            Assert.Contains(relation.Source, ids);
            Assert.Contains(relation.Target, ids);
            Assert.NotEqual(relation.Source, relation.Target);
        });
    }
}
