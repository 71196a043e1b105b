using KnowledgeGraph.Extraction.LanguageData;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Linking;

/// <summary>
/// An Arabic name in the usual English news spelling, word by word: the word's spelling in lexicon/name-tokens.tsv
/// (voted from the transliteration lists and the gazetteer: "عبدالله" → Abdullah, "بن" → bin, "آل" → Al), the same
/// for a word after its article ("الجبير" → al-Jubeir) or after عبد ("عبدالرحمن" → Abdulrahman), else letter by
/// letter. Words already in Latin letters are kept.
/// </summary>
public sealed class NameTransliterator
{
    public const string TokensFile = "lexicon/name-tokens.tsv";

    private readonly Dictionary<string, string> _words;
    private readonly ArabicNormalizer _normalizer;
    private readonly LetterTransliterator _letters;

    private NameTransliterator(Dictionary<string, string> words, ArabicNormalizer normalizer, LetterTransliterator letters)
    {
        _words = words;
        _normalizer = normalizer;
        _letters = letters;
    }

    /// <summary>How many name words the table holds.</summary>
    public int Count => _words.Count;

    public static NameTransliterator Load(IDataSource source, ArabicNormalizer normalizer)
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        // Rows come most frequent first: a spelling that normalises like an earlier one is a rarer variant.
        foreach (var row in DataFiles.ReadTable(source, TokensFile).Rows)
        {
            words.TryAdd(normalizer.NormalizeKey(row.Required("arabic")), row.Required("english"));
        }
        return new NameTransliterator(words, normalizer, LetterTransliterator.Load(source));
    }

    /// <summary>The name in Latin letters, or "" when it has no letter to transliterate.</summary>
    public string Transliterate(string arabicName)
    {
        var words = new List<string>();
        var written = arabicName.Split([' ', '\u00A0', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < written.Length; i++)
        {
            var word = written[i];
            // "عبد الله" is one name, Abdullah, as "عبدالله" is.
            if (i + 1 < written.Length && _normalizer.NormalizeKey(word) == "عبد" && _normalizer.NormalizeKey(written[i + 1]).StartsWith("ال", StringComparison.Ordinal))
            {
                word += written[++i];
            }
            var latin = IsArabic(word) ? Word(word) : word;
            if (latin.Length > 0)
            {
                words.Add(latin);
            }
        }
        if (words.Count > 0)
        {
            // The first word is capitalised whatever it is: "Bin Laden", "Al-Assad".
            words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        }
        return string.Join(' ', words);
    }

    private string Word(string written)
    {
        // Without diacritics and tatweel the word lines up letter for letter with its normalised key.
        var word = new string(written.Where(c => c is not ('\u0640' or '\u0670' or >= '\u064B' and <= '\u065F')).ToArray());
        var key = _normalizer.NormalizeKey(word);
        if (_words.TryGetValue(key, out var known))
        {
            return known;
        }
        if (key.Length > 4 && key.StartsWith("ال", StringComparison.Ordinal))
        {
            return "al-" + Stem(key[2..], word[2..]);
        }
        if (key.Length > 5 && key.StartsWith("عبدال", StringComparison.Ordinal))
        {
            return "Abdul" + Stem(key[5..], word[5..]).ToLowerInvariant();
        }
        return _letters.Transliterate(word);
    }

    private string Stem(string key, string written) =>
        _words.TryGetValue(key, out var known) ? Capitalised(known) : _letters.Transliterate(written);

    private static string Capitalised(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    private static bool IsArabic(string word) => word.Any(c => c is >= '\u0600' and <= '\u06FF');
}
