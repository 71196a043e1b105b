namespace KnowledgeGraph.Extraction.Text;

/// <summary>
/// Text normalised for matching, with a map from every normalised character back to the
/// span of the original text it came from. Deleted characters (diacritics, tatweel) are
/// folded into the span of the character before them, so a mapped span covers whole letters
/// with their marks.
/// </summary>
public sealed class NormalizedText
{
    private readonly int[] _originalStart;
    private readonly int[] _originalEnd;

    internal NormalizedText(string original, string text, int[] originalStart, int[] originalEnd)
    {
        Original = original;
        Text = text;
        _originalStart = originalStart;
        _originalEnd = originalEnd;
    }

    public string Original { get; }
    public string Text { get; }
    public int Length => Text.Length;

    public char this[int index] => Text[index];

    /// <summary>Maps a normalised span [start, end) to the original span it came from.</summary>
    public (int Start, int End) ToOriginal(int start, int end)
    {
        if (start < 0 || end > Text.Length || start > end)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"[{start}, {end}) is outside [0, {Text.Length}].");
        }
        if (start == end)
        {
            var at = start < Text.Length ? _originalStart[start] : Original.Length;
            return (at, at);
        }
        return (_originalStart[start], _originalEnd[end - 1]);
    }

    /// <summary>The original text behind a normalised span.</summary>
    public string OriginalSlice(int start, int end)
    {
        var (originalStart, originalEnd) = ToOriginal(start, end);
        return Original[originalStart..originalEnd];
    }
}
