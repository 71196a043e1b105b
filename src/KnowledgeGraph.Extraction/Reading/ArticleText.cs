using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Extraction.Reading;

/// <summary>What makes a text an article worth extracting, and the cleaning JSON text gets before it is used.</summary>
public static class ArticleText
{
    /// <summary>
    /// JSON strings may hold any code point: control characters other than tab and line breaks, unpaired surrogates
    /// and the non-characters U+FFFE/U+FFFF are removed (no store or export format carries them faithfully).
    /// </summary>
    public static string Clean(string text)
    {
        var index = FirstUnwanted(text);
        if (index < 0)
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, index);
        for (var i = index; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (!IsUnwanted(c))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    /// <summary>Why the article is not worth extracting (empty, or no Arabic letter in it), or null.</summary>
    public static string? SkipReason(string body, string text)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return "is empty (no text to extract)";
        }
        return text.Any(IsArabicLetter) ? null : "has no Arabic letters (not an Arabic article)";
    }

    /// <summary>Why an article of this many UTF-8 bytes is set aside, or null when it is within the limit.</summary>
    public static string? TooLarge(long bytes, long maxBytes) =>
        bytes > maxBytes
            ? string.Create(CultureInfo.InvariantCulture, $"is {bytes / 1_000_000.0:0.0} MB, more than the {maxBytes / 1_000_000.0:0.#} MB one article may be (Reading__MaxArticleBytes)")
            : null;

    public static bool IsArabicLetter(char c) =>
        c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\u08A0' and <= '\u08FF' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF'
        && char.IsLetter(c);

    private static int FirstUnwanted(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (IsUnwanted(c))
            {
                return i;
            }
        }
        return -1;
    }

    private static bool IsUnwanted(char c) =>
        char.IsControl(c) && c is not ('\t' or '\n' or '\r') || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF';
}
