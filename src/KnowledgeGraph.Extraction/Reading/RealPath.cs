using System.Runtime.InteropServices;

namespace KnowledgeGraph.Extraction.Reading;

/// <summary>A path with every symbolic link resolved: the identity of a folder however it is reached.</summary>
internal static class RealPath
{
    public static string Of(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            var resolved = RealPathNative(path, IntPtr.Zero);
            if (resolved != IntPtr.Zero)
            {
                try
                {
                    return Marshal.PtrToStringUTF8(resolved) ?? path;
                }
                finally
                {
                    Free(resolved);
                }
            }
        }
        var full = Path.GetFullPath(path);
        return new DirectoryInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
    }

    [DllImport("libc", EntryPoint = "realpath", SetLastError = true)]
    private static extern IntPtr RealPathNative([MarshalAs(UnmanagedType.LPUTF8Str)] string path, IntPtr resolved);

    [DllImport("libc", EntryPoint = "free")]
    private static extern void Free(IntPtr pointer);
}
