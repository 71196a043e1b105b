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
    private readonly Dictionary<string, string> _places = new(StringComparer.Ordinal);
    private readonly ArabicNormalizer _normalizer;
    private readonly LetterTransliterator _letters;

    private NameTransliterator(Dictionary<string, string> words, ArabicNormalizer normalizer, LetterTransliterator letters)
    {
        _words = words;
        _normalizer = normalizer;
        _letters = letters;
    }

    /// <summary>
    /// One-word names of places and countries with their English names ("بيروت" → Beirut), used before the person-name
    /// table in the names of bodies, places and events ("قمة بيروت": Summit of Beirut, not of Perot).
    /// </summary>
    public void AddPlaceWords(IEnumerable<(string Arabic, string English)> places)
    {
        foreach (var (arabic, english) in places)
        {
            var key = _normalizer.NormalizeKey(arabic);
            if (!key.Contains(' '))
            {
                _places.TryAdd(key, english);
            }
        }
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
    /// <param name="initial">Whether the name starts the English text (its first word is capitalised: "Al-Assad", "Bin Laden").</param>
    /// <param name="places">Whether place words go before person-name words (not in a person's name).</param>
    public string Transliterate(string arabicName, bool initial = true, bool places = false)
    {
        var words = new List<string>();
        // Presentation forms (ﺍﻟﻘﺎﺿﻲ, as some sites still write) are the letters they draw.
        var written = arabicName.Normalize(System.Text.NormalizationForm.FormKC).Split([' ', '\u00A0', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < written.Length; i++)
        {
            var word = written[i];
            // "عبد الله" is one name, Abdullah, as "عبدالله" is.
            if (i + 1 < written.Length && _normalizer.NormalizeKey(word) == "عبد" && _normalizer.NormalizeKey(written[i + 1]).StartsWith("ال", StringComparison.Ordinal))
            {
                word += written[++i];
            }
            var latin = IsArabic(word) ? Word(word, inside: words.Count > 0 || !initial, places) : word;
            if (latin.Length > 0)
            {
                words.Add(latin);
            }
        }
        if (words.Count > 0 && initial)
        {
            // The first word is capitalised whatever it is: "Bin Laden", "Al-Assad".
            words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        }
        return string.Join(' ', words);
    }

    /// <param name="inside">Not the first word of the name: it may carry a conjunction or preposition ("والسوق" is wal-Suq,
    /// "بجدة" bi-Jeddah, "للتنمية" lil-Tanmiya), unless the table knows the whole word ("وليد" is Walid).</param>
    /// <param name="places">In a body's, place's or event's name: place words first, and a word with the article is the
    /// article and a word (البر: al-Bir, not the Turkish given name Alper).</param>
    private string Word(string written, bool inside, bool places)
    {
        // Without diacritics and tatweel the word lines up letter for letter with its normalised key.
        var word = Plain(written);
        var key = _normalizer.NormalizeKey(word);
        var definite = key.Length > 3 && key.StartsWith("ال", StringComparison.Ordinal);
        if (places && _places.TryGetValue(key, out var place))
        {
            return place;
        }
        if (!(places && definite) && _words.TryGetValue(key, out var known))
        {
            return known;
        }
        if (inside && WithClitic(key, word, places) is { } cliticised)
        {
            return cliticised;
        }
        if (definite)
        {
            return "al-" + Stem(key[2..], word[2..], places);
        }
        if (key.Length > 5 && key.StartsWith("عبدال", StringComparison.Ordinal))
        {
            return "Abdul" + Stem(key[5..], word[5..], places).ToLowerInvariant();
        }
        return _letters.Transliterate(word);
    }

    private string? WithClitic(string key, string word, bool places)
    {
        if (key.Length < 4)
        {
            return null;
        }
        if (key.StartsWith("لل", StringComparison.Ordinal) && key.Length > 4)
        {
            return "lil-" + Stem(key[2..], word[2..], places);
        }
        var clitic = key[0] switch { 'و' => "wa", 'ب' => "bi", 'ف' => "fa", 'ك' => "ka", 'ل' => "li", _ => null };
        if (clitic is null)
        {
            return null;
        }
        if (key.Length > 5 && key.AsSpan(1).StartsWith("ال", StringComparison.Ordinal))
        {
            // و، ف، ب، ك before the article: wal-, fal-, bil-, kal-.
            return clitic[..1] + (clitic == "bi" ? "il-" : "al-") + Stem(key[3..], word[3..], places);
        }
        return Known(key[1..], places) is { } known ? $"{clitic}-{known}" : null;
    }

    private string? Known(string key, bool places) =>
        places && _places.TryGetValue(key, out var place) ? place
        : _words.TryGetValue(key, out var known) ? Capitalised(known)
        : null;

    private string Stem(string key, string written, bool places) => Known(key, places) ?? _letters.Transliterate(written);

    private static string Plain(string written) =>
        new(written.Where(c => c is not ('\u0640' or '\u0670' or >= '\u064B' and <= '\u065F')).ToArray());

    private static string Capitalised(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    private static bool IsArabic(string word) => word.Any(c => c is >= '\u0600' and <= '\u06FF');
}
