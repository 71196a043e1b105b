namespace KnowledgeGraph.Worker.Ingestion;

/// <summary>Moving files out of the inbox: to processed/ once committed, to failed/ with a ".error" file saying why.</summary>
public static class InboxFiles
{
    public static string MoveToProcessed(string path, string folder) => Move(path, folder);

    public static string MoveToFailed(string path, string folder, string reason)
    {
        var target = Move(path, folder);
        File.WriteAllText(target + ".error", reason + Environment.NewLine);
        return target;
    }

    /// <summary>Whether a file in the inbox is an article file to take (not a partial upload, not hidden, not a sidecar).</summary>
    public static bool IsCandidate(string path)
    {
        var name = Path.GetFileName(path);
        return !name.StartsWith('.')
               && !name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
               && !name.EndsWith(".part", StringComparison.OrdinalIgnoreCase)
               && !name.EndsWith(Extraction.Reading.ArticleMetadata.SidecarSuffix, StringComparison.OrdinalIgnoreCase)
               && Extraction.Reading.ArticleReader.Extensions.Contains(Path.GetExtension(name));
    }

    private static string Move(string path, string folder)
    {
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, Path.GetFileName(path));
        if (File.Exists(target))
        {
            // Keep both: the same name may come in again with new text.
            target = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(path)}.{DateTime.UtcNow:yyyyMMddHHmmssfff}{Path.GetExtension(path)}");
        }
        File.Move(path, target);
        // A sidecar travels with its article.
        var sidecar = Path.ChangeExtension(path, null) + Extraction.Reading.ArticleMetadata.SidecarSuffix;
        if (File.Exists(sidecar))
        {
            File.Move(sidecar, Path.ChangeExtension(target, null) + Extraction.Reading.ArticleMetadata.SidecarSuffix, overwrite: true);
        }
        return target;
    }
}
