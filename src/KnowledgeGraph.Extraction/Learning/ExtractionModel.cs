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

    // Each relation type's classifier by the type's number: asked for every relation candidate of every article.
    private readonly Classifier?[] _byRelation;

    public ExtractionModel(ModelFile file, string origin)
    {
        File = file;
        Origin = origin;
        _classifiers = file.ToClassifiers(origin);
        _byRelation = ByRelation(_classifiers);
    }

    /// <summary>A model straight from training, not (yet) written to a file.</summary>
    public ExtractionModel(IEnumerable<Classifier> classifiers, string origin)
    {
        Origin = origin;
        _classifiers = classifiers.ToDictionary(classifier => classifier.Name, StringComparer.Ordinal);
        File = new ModelFile { Classifiers = _classifiers.Values.Select(ModelFile.FromClassifier).ToList() };
        _byRelation = ByRelation(_classifiers);
    }

    private static Classifier?[] ByRelation(IReadOnlyDictionary<string, Classifier> classifiers)
    {
        var byRelation = new Classifier?[RelationTypes.All.Max(type => (int)type) + 1];
        foreach (var type in RelationTypes.All)
        {
            byRelation[(int)type] = classifiers.GetValueOrDefault(RelationKey(type));
        }
        return byRelation;
    }

    public ModelFile File { get; }

    public IEnumerable<Classifier> Classifiers => _classifiers.Values;
    public string Origin { get; }

    public static string RelationKey(RelationType type) => "relation:" + type.ToWire();

    public Classifier? ForRelation(RelationType type) => _byRelation[(int)type];

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
