using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.LanguageData;

/// <summary>The language data folder of the source tree (what the extraction assembly embeds).</summary>
internal static class DataFolder
{
    public static string Path => System.IO.Path.Combine(SharedData.RepositoryRoot, "src", "KnowledgeGraph.Extraction", "Data");

    /// <summary>The data files (.tsv and .txt) as paths relative to the data folder, with '/' separators.</summary>
    public static IReadOnlyList<string> Files() =>
        Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".tsv", StringComparison.Ordinal) || file.EndsWith(".txt", StringComparison.Ordinal))
            .Select(file => System.IO.Path.GetRelativePath(Path, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Appends lines to a data file of a copied folder, starting on a new line.</summary>
    public static void AppendLines(string root, string relativePath, params string[] lines)
    {
        var path = System.IO.Path.Combine(root, relativePath);
        var existing = File.ReadAllText(path);
        var prefix = existing.Length > 0 && !existing.EndsWith('\n') ? "\n" : "";
        File.AppendAllText(path, prefix + string.Join("\n", lines) + "\n");
    }
}
