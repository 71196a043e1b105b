namespace KnowledgeGraph.Extraction.Segments;

/// <summary>
/// Cuts a long text into consecutive segments of at most <see cref="MaxCharacters"/> characters: at the last
/// line break in the second half of the window, else after the last sentence end there, else at the last space,
/// else (one unbroken word) at the limit. Short texts are one segment.
/// </summary>
public sealed class ArticleSegmenter
{
    public ArticleSegmenter(int maxCharacters)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCharacters, 2);
        MaxCharacters = maxCharacters;
    }

    public int MaxCharacters { get; }

    /// <summary>The segments as (start, length) ranges that cover the text exactly, in order.</summary>
    public IReadOnlyList<Range> Split(string text)
    {
        var segments = new List<Range>();
        var start = 0;
        while (text.Length - start > MaxCharacters)
        {
            var end = CutPoint(text, start);
            segments.Add(start..end);
            start = end;
        }
        segments.Add(start..text.Length);
        return segments;
    }

    private int CutPoint(string text, int start)
    {
        var limit = start + MaxCharacters;
        var floor = start + MaxCharacters / 2;
        var window = text.AsSpan(floor, limit - floor);
        if (window.LastIndexOf('\n') is >= 0 and var lineBreak)
        {
            return floor + lineBreak + 1;
        }
        for (var i = window.Length - 2; i >= 0; i--)
        {
            if (window[i] is '.' or '!' or '?' or '؟' or '…' && char.IsWhiteSpace(window[i + 1]))
            {
                return floor + i + 1;
            }
        }
        for (var i = window.Length - 1; i >= 0; i--)
        {
            if (char.IsWhiteSpace(window[i]))
            {
                return floor + i + 1;
            }
        }
        // Never between the halves of a surrogate pair.
        return char.IsLowSurrogate(text[limit]) ? limit - 1 : limit;
    }
}
