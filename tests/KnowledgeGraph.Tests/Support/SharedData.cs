namespace KnowledgeGraph.Tests.Support;

/// <summary>
/// Locates the shared folder beside the repository (../shared): the seed articles, their gold
/// annotations and the corpus. Set KG_SHARED_DIR to use another place. Tests that need it are
/// skipped, saying why, when it is absent (a fresh clone without it).
/// </summary>
public static class SharedData
{
    public const string Missing = "../shared is not beside the repository (set KG_SHARED_DIR to its path): the seed articles, gold annotations and corpus are not available.";

    private static readonly Lazy<string?> Root = new(Find);

    public static string? Directory => Root.Value;

    public static bool Exists => Root.Value is not null;

    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([Root.Value ?? throw new InvalidOperationException(Missing), .. parts]);

    public static string SeedTexts => Path("seeds");
    public static string SeedGold => Path("gold", "seeds");
    public static string Corpus => Path("corpora", "saudinewsnet");

    /// <summary>The repository root: the folder holding KnowledgeGraph.sln above the test assembly.</summary>
    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "KnowledgeGraph.sln")))
            {
                directory = directory.Parent;
            }
            return directory?.FullName ?? throw new InvalidOperationException("KnowledgeGraph.sln not found above " + AppContext.BaseDirectory);
        }
    }

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("KG_SHARED_DIR") is { Length: > 0 } configured)
        {
            return System.IO.Directory.Exists(configured) ? System.IO.Path.GetFullPath(configured) : null;
        }
        var candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryRoot, "..", "shared"));
        return System.IO.Directory.Exists(System.IO.Path.Combine(candidate, "seeds")) ? candidate : null;
    }
}

/// <summary>A fact that needs ../shared: skipped, with the reason, when it is not there.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute([System.Runtime.CompilerServices.CallerMemberName] string test = "") =>
        SkipReason.Apply(this, test, SharedData.Exists ? null : SharedData.Missing);
}

/// <summary>A theory that needs ../shared: skipped, with the reason, when it is not there.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute([System.Runtime.CompilerServices.CallerMemberName] string test = "") =>
        SkipReason.Apply(this, test, SharedData.Exists ? null : SharedData.Missing);
}
