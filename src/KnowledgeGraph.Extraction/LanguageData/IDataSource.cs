using System.Reflection;

namespace KnowledgeGraph.Extraction.LanguageData;

/// <summary>Where the language data files come from: the copies embedded in this assembly, or a folder.</summary>
public interface IDataSource
{
    /// <summary>A description for error messages ("embedded data", "folder /x/Data").</summary>
    string Description { get; }

    /// <summary>Opens a data file by its path relative to the data root ("gazetteer/countries.tsv").</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    TextReader Open(string relativePath);

    bool Exists(string relativePath);
}

public sealed class EmbeddedDataSource : IDataSource
{
    private const string Prefix = "KnowledgeGraph.Data/";
    private readonly Assembly _assembly = typeof(EmbeddedDataSource).Assembly;

    public static EmbeddedDataSource Instance { get; } = new();

    public string Description => "embedded data";

    public TextReader Open(string relativePath)
    {
        var stream = _assembly.GetManifestResourceStream(Prefix + relativePath)
            ?? throw new FileNotFoundException($"Language data file '{relativePath}' is not embedded in {_assembly.GetName().Name}.");
        return new StreamReader(stream, System.Text.Encoding.UTF8);
    }

    public bool Exists(string relativePath) => _assembly.GetManifestResourceInfo(Prefix + relativePath) is not null;
}

public sealed class DirectoryDataSource : IDataSource
{
    private readonly string _root;

    public DirectoryDataSource(string root)
    {
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"Language data folder '{root}' does not exist.");
        }
        _root = Path.GetFullPath(root);
    }

    public string Description => $"folder {_root}";

    public TextReader Open(string relativePath)
    {
        var path = Path.Combine(_root, relativePath);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Language data file '{relativePath}' is missing from {_root}.", path);
        }
        return new StreamReader(path, System.Text.Encoding.UTF8);
    }

    public bool Exists(string relativePath) => File.Exists(Path.Combine(_root, relativePath));
}
