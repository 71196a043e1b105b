using KnowledgeGraph.Extraction.Learning;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Learning;

public sealed class ModelFileTests
{
    private static ModelFile Sample()
    {
        var tree = new TreeEnsemble.Tree(1, [0], [0.5f], [~0], [~1], [-2.0, 2.0]);
        var classifier = new Classifier(ExtractionModel.RelationKey(RelationType.Visited), new FeatureSpace(["trigger:VISITED"]),
            new TreeEnsemble(0.1, [tree]), threshold: 0.3, ruleThreshold: -1);
        return new ModelFile { Trainer = "test", TrainedOn = ["dev/a.txt"], Classifiers = [ModelFile.FromClassifier(classifier)] };
    }

    [Fact]
    public void A_written_model_reads_back_with_the_same_decisions()
    {
        var writer = new StringWriter();
        Sample().Write(writer);
        var model = new ExtractionModel(ModelFile.Read(new StringReader(writer.ToString()), "test"), "test");
        var classifier = model.ForRelation(RelationType.Visited)!;
        var bag = new FeatureBag();
        bag.Add("trigger:VISITED");
        Assert.Equal(2.1, classifier.Score(bag), 6);
        Assert.Equal(0.3, classifier.Threshold);
        Assert.Equal(-1, classifier.RuleThreshold);
        Assert.Equal(["dev/a.txt"], model.File.TrainedOn);
        Assert.Null(model.ForRelation(RelationType.Met));
    }

    [Theory]
    [InlineData("{\"format\": \"other/9\"}", "expected a model of format")]
    [InlineData("not json", "not a model file")]
    [InlineData("{\"format\": \"knowledgegraph-model/1\", \"classifiers\": [{\"name\": \"x\", \"features\": [], \"trees\": [{\"feature\": [3], \"threshold\": [0], \"left\": [-1], \"right\": [-2], \"leaf\": [0, 1]}]}]}", "classifier 'x'")]
    public void A_broken_model_file_is_refused_with_its_name(string json, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => new ExtractionModel(ModelFile.Read(new StringReader(json), "my-model.json"), "my-model.json"));
        Assert.Contains("my-model.json", error.Message);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void The_shipped_model_loads_and_says_what_it_was_trained_on()
    {
        var model = LanguageResources.Default.Model;
        Assert.NotNull(model);
        Assert.NotEmpty(model.File.TrainedOn);
        Assert.NotNull(model.ForRelation(RelationType.HoldsRole));
        Assert.NotNull(model["mention"]);
        Assert.NotNull(model["entity"]);
        Assert.Contains("LightGBM", model.File.Trainer);
    }
}
