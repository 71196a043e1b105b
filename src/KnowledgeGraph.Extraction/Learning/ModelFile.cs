using System.Text.Json;
using System.Text.Json.Serialization;

namespace KnowledgeGraph.Extraction.Learning;

/// <summary>
/// A trained model as a data file: the classifiers, what they were trained on and how, so that a
/// model in the repository says where it came from. JSON, one classifier per decision.
/// </summary>
public sealed class ModelFile
{
    public const string CurrentFormat = "knowledgegraph-model/1";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string Format { get; init; } = CurrentFormat;
    public string Description { get; init; } = "";
    public string Trainer { get; init; } = "";
    public string Created { get; init; } = "";

    /// <summary>The annotated articles the model was trained on (folder/name).</summary>
    public List<string> TrainedOn { get; init; } = [];

    /// <summary>Cross-validated scores measured when the model was trained, by name.</summary>
    public Dictionary<string, double> Scores { get; init; } = [];

    public List<ClassifierData> Classifiers { get; init; } = [];

    public sealed class ClassifierData
    {
        public string Name { get; init; } = "";
        public double Threshold { get; init; }
        public double? RuleThreshold { get; init; }
        public double Bias { get; init; }
        public List<string> Features { get; init; } = [];
        public List<TreeData> Trees { get; init; } = [];
    }

    public sealed class TreeData
    {
        public double Weight { get; init; } = 1;
        public int[] Feature { get; init; } = [];
        public float[] Threshold { get; init; } = [];
        public int[] Left { get; init; } = [];
        public int[] Right { get; init; } = [];
        public double[] Leaf { get; init; } = [];
    }

    public static ModelFile Read(TextReader reader, string origin)
    {
        ModelFile? file;
        try
        {
            file = JsonSerializer.Deserialize<ModelFile>(reader.ReadToEnd(), Options);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{origin}: not a model file ({exception.Message})", exception);
        }
        if (file is null || file.Format != CurrentFormat)
        {
            throw new InvalidDataException($"{origin}: expected a model of format '{CurrentFormat}', found '{file?.Format}'");
        }
        return file;
    }

    public void Write(TextWriter writer) => writer.Write(JsonSerializer.Serialize(this, Options));

    public IReadOnlyDictionary<string, Classifier> ToClassifiers(string origin)
    {
        var result = new Dictionary<string, Classifier>(StringComparer.Ordinal);
        foreach (var data in Classifiers)
        {
            try
            {
                var trees = data.Trees.Select(tree => new TreeEnsemble.Tree(tree.Weight, tree.Feature, tree.Threshold, tree.Left, tree.Right, tree.Leaf)).ToList();
                result[data.Name] = new Classifier(data.Name, new FeatureSpace(data.Features), new TreeEnsemble(data.Bias, trees), data.Threshold, data.RuleThreshold);
            }
            catch (InvalidDataException exception)
            {
                throw new InvalidDataException($"{origin}: classifier '{data.Name}': {exception.Message}", exception);
            }
        }
        return result;
    }

    public static ClassifierData FromClassifier(Classifier classifier) => new()
    {
        Name = classifier.Name,
        Threshold = classifier.Threshold,
        RuleThreshold = classifier.RuleThreshold,
        Bias = classifier.Ensemble.Bias,
        Features = classifier.Features.Names.ToList(),
        Trees = classifier.Ensemble.Trees.Select(tree => new TreeData
        {
            Weight = tree.Weight, Feature = tree.Feature, Threshold = tree.Threshold, Left = tree.Left, Right = tree.Right, Leaf = tree.Leaf,
        }).ToList(),
    };
}
