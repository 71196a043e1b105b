using System.Buffers;
using System.Text;

namespace KnowledgeGraph.Extraction.Text;

/// <summary>
/// Normalises Arabic text for matching: diacritics and tatweel dropped, alef, ya and ta marbuta
/// variants unified, Arabic and Persian digits made ASCII, presentation forms unfolded, Latin
/// lower-cased (all driven by <see cref="CharacterMap"/>). Keeps a map back to the original.
/// </summary>
public sealed class ArabicNormalizer
{
    private readonly CharacterMap _map;

    public ArabicNormalizer(CharacterMap map) => _map = map;

    public NormalizedText Normalize(string original)
    {
        // Sized for a character per character, grown when replacements are longer. The offset maps are kept at
        // that size (NormalizedText reads them only below the text's length), and the characters are written
        // into a pooled buffer: this runs once per article over its whole text.
        var text = ArrayPool<char>.Shared.Rent(original.Length + 1);
        var starts = new int[original.Length + 1];
        var ends = new int[original.Length + 1];
        var count = 0;

        for (var i = 0; i < original.Length; i++)
        {
            var replacement = _map[original[i]];
            if (replacement is null)
            {
                Append(original[i], i);
            }
            else if (replacement.Length == 0)
            {
                if (count > 0 && ends[count - 1] == i)
                {
                    ends[count - 1] = i + 1;
                }
            }
            else
            {
                foreach (var c in replacement)
                {
                    Append(c, i);
                }
            }
        }

        var normalized = new string(text, 0, count);
        ArrayPool<char>.Shared.Return(text);
        return new NormalizedText(original, normalized, starts, ends);

        void Append(char c, int originalIndex)
        {
            if (count == starts.Length)
            {
                Array.Resize(ref starts, starts.Length * 2);
                Array.Resize(ref ends, ends.Length * 2);
            }
            if (count == text.Length)
            {
                var larger = ArrayPool<char>.Shared.Rent(text.Length * 2);
                text.AsSpan(0, count).CopyTo(larger);
                ArrayPool<char>.Shared.Return(text);
                text = larger;
            }
            text[count] = c;
            starts[count] = originalIndex;
            ends[count] = originalIndex + 1;
            count++;
        }
    }

    /// <summary>
    /// The normalised form of a lexicon entry or a surface form: normalised characters,
    /// whitespace runs collapsed to one space, trimmed. No offset map.
    /// </summary>
    public string NormalizeKey(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var original in text)
        {
            var replacement = _map[original];
            if (replacement is null)
            {
                AppendChar(original);
            }
            else
            {
                foreach (var c in replacement)
                {
                    AppendChar(c);
                }
            }
        }
        return builder.ToString();

        void AppendChar(char c)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                return;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(c);
        }
    }
}
