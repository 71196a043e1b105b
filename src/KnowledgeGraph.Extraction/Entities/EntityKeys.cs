using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// Identity of entities no gazetteer lists. Transliterated names vary in their long vowels and
/// in how they write g, k, t and s (خاسان / خسان, جونغ / جونج, شويغو / شويجو), so names are
/// compared by a consonant skeleton, and an unknown entity's id is derived from its type and
/// skeleton alone: the same in every run, on every machine, whichever spelling came first.
/// </summary>
public static class EntityKeys
{
    private const int MaxIdLength = 60;

    /// <summary>The consonant skeleton of a normalised name: variant letters folded, inner long vowels and spaces dropped.</summary>
    public static string Skeleton(string normalizedName)
    {
        var builder = new StringBuilder(normalizedName.Length);
        var atWordStart = true;
        foreach (var raw in normalizedName)
        {
            if (raw == ' ' || raw == '-')
            {
                atWordStart = true;
                continue;
            }
            var c = Fold(raw);
            var isVowel = c is 'ا' or 'و' or 'ي';
            if (c == '\0' || (isVowel && !atWordStart))
            {
                atWordStart = false;
                continue;
            }
            if (builder.Length > 0 && builder[^1] == c)
            {
                atWordStart = false;
                continue;
            }
            builder.Append(c);
            atWordStart = false;
        }
        return builder.ToString();
    }

    /// <summary>The graph id of an unknown entity: its type and the transliterated skeleton of its name key.</summary>
    public static string UnknownId(EntityType type, string nameKey)
    {
        // A descriptive key carries its country after '@' ("وزارة الخارجية@south_korea").
        var at = nameKey.LastIndexOf('@');
        var name = at >= 0 ? nameKey[..at] : nameKey;
        var suffix = at >= 0 ? "_" + nameKey[(at + 1)..] : "";
        var latin = Transliterate(Skeleton(name));
        if (latin.Length == 0)
        {
            latin = "x";
        }
        var id = $"{type.ToWire().ToLowerInvariant()}_{latin}{suffix}";
        if (id.Length > MaxIdLength)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..8];
            id = id[..(MaxIdLength - 9)] + "_" + hash;
        }
        return id;
    }

    private static char Fold(char c) => c switch
    {
        'غ' => 'ج',
        'ق' => 'ك',
        'ط' => 'ت',
        'ص' or 'ث' => 'س',
        'ذ' or 'ظ' => 'ز',
        'ض' => 'د',
        'ح' or 'ة' => 'ه',
        'ى' => 'ي',
        'ؤ' => 'و',
        'ئ' => 'ي',
        'ء' or 'ع' or '.' or '\'' or '"' => '\0',
        _ => c,
    };

    private static string Transliterate(string skeleton)
    {
        var builder = new StringBuilder(skeleton.Length * 2);
        foreach (var c in skeleton)
        {
            var latin = c switch
            {
                'ا' => "a", 'ب' => "b", 'ت' => "t", 'ج' => "g", 'خ' => "kh", 'د' => "d", 'ر' => "r",
                'ز' => "z", 'س' => "s", 'ش' => "sh", 'ف' => "f", 'ك' => "k", 'ل' => "l", 'م' => "m", 'ن' => "n",
                'ه' => "h", 'و' => "w", 'ي' => "y",
                _ when char.IsAsciiLetterOrDigit(c) => char.ToLowerInvariant(c).ToString(),
                _ => "",
            };
            builder.Append(latin);
        }
        return builder.ToString();
    }
}
