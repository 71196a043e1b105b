using KnowledgeGraph.Extraction.LanguageData;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Learning;

/// <summary>
/// The learned decisions the pipeline applies: one classifier per relation type (and, when
/// trained, for mentions). Loaded from a model file (Data/models/extraction.json ships with the
/// program; `kg train` writes new ones).
/// </summary>
public sealed class ExtractionModel
{
    public const string DataPath = "models/extraction.json";

    private readonly IReadOnlyDictionary<string, Classifier> _classifiers;

    public ExtractionModel(ModelFile file, string origin)
    {
        File = file;
        Origin = origin;
        _classifiers = file.ToClassifiers(origin);
    }

    /// <summary>A model straight from training, not (yet) written to a file.</summary>
    public ExtractionModel(IEnumerable<Classifier> classifiers, string origin)
    {
        Origin = origin;
        _classifiers = classifiers.ToDictionary(classifier => classifier.Name, StringComparer.Ordinal);
        File = new ModelFile { Classifiers = _classifiers.Values.Select(ModelFile.FromClassifier).ToList() };
    }

    public ModelFile File { get; }

    public IEnumerable<Classifier> Classifiers => _classifiers.Values;
    public string Origin { get; }

    public static string RelationKey(RelationType type) => "relation:" + type.ToWire();

    public Classifier? ForRelation(RelationType type) => _classifiers.GetValueOrDefault(RelationKey(type));

    public bool HasRelationClassifiers => _classifiers.Keys.Any(name => name.StartsWith("relation:", StringComparison.Ordinal));

    public Classifier? this[string name] => _classifiers.GetValueOrDefault(name);

    /// <summary>The model a data source holds, or null when it holds none.</summary>
    public static ExtractionModel? Load(IDataSource source)
    {
        if (!source.Exists(DataPath))
        {
            return null;
        }
        using var reader = source.Open(DataPath);
        var origin = $"{DataPath} ({source.Description})";
        return new ExtractionModel(ModelFile.Read(reader, origin), origin);
    }

    public static ExtractionModel LoadFile(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        return new ExtractionModel(ModelFile.Read(reader, path), path);
    }
}
