using System.Text;
using KnowledgeGraph.Extraction.LanguageData;

namespace KnowledgeGraph.Extraction.Linking;

/// <summary>
/// Letter-by-letter transliteration of one Arabic word (lexicon/transliteration-letters.tsv): the last resort for a
/// name word no table holds. Arabic does not write short vowels; an "a" after a first consonant followed by another
/// ("سمير" → Samir) and و/ي read as w/y next to a vowel are the only guesses made.
/// </summary>
public sealed class LetterTransliterator
{
    public const string File = "lexicon/transliteration-letters.tsv";

    private readonly Dictionary<char, Letter> _letters;

    private LetterTransliterator(Dictionary<char, Letter> letters) => _letters = letters;

    private sealed record Letter(string Latin, string? Initial, string? Medial, string? Final, bool Vowel);

    public static LetterTransliterator Load(IDataSource source)
    {
        var letters = new Dictionary<char, Letter>();
        foreach (var row in DataFiles.ReadTable(source, File).Rows)
        {
            var letter = row.Required("letter");
            if (letter.Length != 1 || !letters.TryAdd(letter[0], new Letter(
                    row.Required("latin"), Optional(row["initial"]), Optional(row["medial"]), Optional(row["final"]), row["vowel"] == "a")))
            {
                throw new InvalidDataException($"{row.Where}: '{letter}' is not one letter, or is listed twice.");
            }
        }
        return new LetterTransliterator(letters);
    }

    /// <summary>The word in Latin letters, capitalised; "" when it holds no letter the table knows.</summary>
    public string Transliterate(string word)
    {
        var letters = word.Where(_letters.ContainsKey).Select(c => _letters[c]).ToArray();
        var sounds = new (string Text, bool Vowel)[letters.Length];
        for (var i = 0; i < letters.Length; i++)
        {
            var letter = letters[i];
            var last = i == letters.Length - 1;
            var text = i == 0 ? letter.Initial ?? letter.Latin : last ? letter.Final ?? letter.Latin : letter.Medial ?? letter.Latin;
            var vowel = letter.Vowel;
            // A medial و or ي beside a vowel is a consonant ("نوال": Nawal, not Nual).
            if (i > 0 && !last && letter is { Vowel: true, Initial: { } consonant } && consonant != letter.Latin
                && (letters[i - 1].Vowel || letters[i + 1].Vowel))
            {
                (text, vowel) = (consonant, false);
            }
            sounds[i] = (text, vowel);
        }
        var latin = new StringBuilder(letters.Length * 2);
        for (var i = 0; i < sounds.Length; i++)
        {
            latin.Append(sounds[i].Text);
            if (i == 0 && sounds.Length > 2 && !sounds[0].Vowel && !sounds[1].Vowel)
            {
                latin.Append('a');
            }
        }
        var result = latin.ToString().Replace("''", "'", StringComparison.Ordinal).Trim('\'');
        return result.Length == 0 ? "" : char.ToUpperInvariant(result[0]) + result[1..];
    }

    private static string? Optional(string value) => value.Length == 0 ? null : value;
}
