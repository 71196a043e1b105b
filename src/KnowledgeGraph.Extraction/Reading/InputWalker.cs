namespace KnowledgeGraph.Extraction.Reading;

/// <summary>An input file and the name its articles are known by: its path relative to the input root, with "/".</summary>
public sealed record InputFile(string Path, string Name);

/// <summary>
/// A folder the walk did not read: one it could not open (<paramref name="Failed"/>), or one it had read already
/// under another path (a symbolic link back into the tree, or the same folder given twice), which is not a failure.
/// </summary>
public sealed record InputNotice(string Path, string Reason, bool Failed);

/// <summary>The input files behind the paths given, and what the walk skipped.</summary>
public sealed record InputSet(string Root, IReadOnlyList<InputFile> Files, IReadOnlyList<InputNotice> Notices);

/// <summary>
/// Expands files and folders into input files. Folders are walked recursively, each real folder once (symbolic
/// links are followed, but a link to a folder already walked, a loop, is skipped and reported); a folder that
/// cannot be listed is reported and the walk goes on. Names are relative to the input root: the folder given,
/// the folder of the file given, or when several paths are given the deepest folder that holds them all.
/// </summary>
public sealed class InputWalker
{
    private readonly Func<DirectoryInfo, IEnumerable<FileSystemInfo>> _list;

    public InputWalker()
        : this(folder => folder.EnumerateFileSystemInfos())
    {
    }

    /// <param name="list">Lists a folder's entries (tests replace it to simulate a folder that cannot be read).</param>
    public InputWalker(Func<DirectoryInfo, IEnumerable<FileSystemInfo>> list) => _list = list;

    public static InputSet Expand(IEnumerable<string> paths) => new InputWalker().Walk(paths);

    public InputSet Walk(IEnumerable<string> paths)
    {
        var given = paths.ToList();
        var root = CommonRoot(given);
        var files = new List<InputFile>();
        var notices = new List<InputNotice>();
        var walked = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in given)
        {
            var full = Path.GetFullPath(path);
            if (Directory.Exists(full))
            {
                var found = new List<InputFile>();
                WalkFolder(full, root, found, notices, walked);
                files.AddRange(found.OrderBy(file => file.Path, StringComparer.Ordinal));
            }
            else
            {
                // A file, or a path that does not exist: the reader says which.
                files.Add(new InputFile(path, File.Exists(full) ? NameOf(root, full) : path));
            }
        }
        return new InputSet(root, files, notices);
    }

    private void WalkFolder(string top, string root, List<InputFile> files, List<InputNotice> notices, Dictionary<string, string> walked)
    {
        var pending = new Stack<string>();
        pending.Push(top);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            var real = RealPath.Of(folder);
            if (walked.TryGetValue(real, out var first))
            {
                notices.Add(new InputNotice(folder, first == folder ? "given twice; read once" : $"is the folder {first}, already read (a symbolic link loop or alias)", Failed: false));
                continue;
            }
            walked.Add(real, folder);
            List<FileSystemInfo> entries;
            try
            {
                entries = _list(new DirectoryInfo(folder)).ToList();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                notices.Add(new InputNotice(folder, $"folder cannot be read: {exception.Message}", Failed: true));
                continue;
            }
            // Pushed in reverse so that folders are walked in ordinal order.
            foreach (var entry in entries.OrderByDescending(entry => entry.Name, StringComparer.Ordinal))
            {
                if (entry is DirectoryInfo || entry.LinkTarget is not null && Directory.Exists(entry.FullName))
                {
                    pending.Push(entry.FullName);
                }
                else if (ArticleReader.Extensions.Contains(Path.GetExtension(entry.Name)) && !ArticleReader.IsSidecar(entry.Name))
                {
                    files.Add(new InputFile(entry.FullName, NameOf(root, entry.FullName)));
                }
            }
        }
    }

    private static string NameOf(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    /// <summary>The deepest folder holding every existing path given (a folder itself, a file by its folder).</summary>
    private static string CommonRoot(IReadOnlyList<string> paths)
    {
        var folders = paths.Select(Path.GetFullPath)
            .Where(path => Directory.Exists(path) || File.Exists(path))
            .Select(path => Path.TrimEndingDirectorySeparator(Directory.Exists(path) ? path : Path.GetDirectoryName(path)!))
            .ToList();
        if (folders.Count == 0)
        {
            return Directory.GetCurrentDirectory();
        }
        var common = folders[0];
        foreach (var folder in folders.Skip(1))
        {
            while (!IsWithin(folder, common))
            {
                common = Path.GetDirectoryName(common) ?? common;
                if (Path.GetPathRoot(common) == common)
                {
                    break;
                }
            }
        }
        return common;
    }

    private static bool IsWithin(string path, string folder) =>
        path == folder || path.StartsWith(Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
