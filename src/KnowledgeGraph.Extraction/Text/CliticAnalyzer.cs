namespace KnowledgeGraph.Extraction.Text;

/// <summary>One reading of a word with its proclitics removed.</summary>
/// <param name="PrefixLength">Characters of the token before the stem's span starts.</param>
/// <param name="Stem">What is looked up: the token without its proclitics.</param>
/// <param name="ArticleRestored">
/// The stem is the لل spelling read as ل + ال: the stem carries ال again ("للولايات" → "الولايات")
/// and its span keeps the ل, since ال is not in the text.
/// </param>
public readonly record struct CliticAnalysis(int PrefixLength, string Stem, bool ArticleRestored);

/// <summary>
/// Proclitic analysis of Arabic words: an optional conjunction (و، ف), then an optional
/// preposition (ب، ل، ك), with ل + ال written لل. Readings are listed from the whole word
/// to the most stripped, so callers that take the first match prefer fewer clitics.
/// </summary>
public static class CliticAnalyzer
{
    /// <summary>The shortest stem a reading may leave.</summary>
    public const int MinimumStem = 2;

    public static CliticAnalysis[] Analyze(string word)
    {
        var conjunction = word.Length - 1 >= MinimumStem && word[0] is 'و' or 'ف';
        // Sized exactly: every word token keeps its readings, and most have only the whole word. An array, so that
        // the callers' loops over a token's readings allocate no enumerator.
        var readings = new CliticAnalysis[1 + PrepositionReadings(word, 0) + (conjunction ? 1 + PrepositionReadings(word, 1) : 0)];
        readings[0] = new CliticAnalysis(0, word, false);
        var count = AddPrepositionReadings(word, 0, readings, 1);
        if (conjunction)
        {
            readings[count++] = new CliticAnalysis(1, word[1..], false);
            AddPrepositionReadings(word, 1, readings, count);
        }
        return readings;
    }

    /// <summary>How many readings <see cref="AddPrepositionReadings"/> adds.</summary>
    private static int PrepositionReadings(string word, int at)
    {
        if (word.Length - at - 1 < MinimumStem || word[at] is not ('ب' or 'ل' or 'ك'))
        {
            return 0;
        }
        return word[at] == 'ل' && word[at + 1] == 'ل' && word.Length - at - 2 >= MinimumStem ? 2 : 1;
    }

    /// <summary>Writes the readings with a preposition at <paramref name="at"/> from <paramref name="count"/> on; returns the new count.</summary>
    private static int AddPrepositionReadings(string word, int at, CliticAnalysis[] readings, int count)
    {
        if (word.Length - at - 1 < MinimumStem || word[at] is not ('ب' or 'ل' or 'ك'))
        {
            return count;
        }
        if (word[at] == 'ل' && word[at + 1] == 'ل' && word.Length - at - 2 >= MinimumStem)
        {
            readings[count++] = new CliticAnalysis(at, "ال" + word[(at + 2)..], true);
        }
        readings[count++] = new CliticAnalysis(at + 1, word[(at + 1)..], false);
        return count;
    }

    /// <summary>The word without a leading definite article, or null when it has none.</summary>
    public static string? WithoutArticle(string stem) =>
        stem.Length - 2 >= MinimumStem && stem.StartsWith("ال", StringComparison.Ordinal) ? stem[2..] : null;

    /// <summary>
    /// The word without its conjunction and future prefix س, for verb lookups ("وسيلتقي" → "يلتقي").
    /// Returns the readings of a verb: itself, without و/ف, and without س before an imperfect prefix.
    /// </summary>
    public static IEnumerable<(string Stem, bool Future)> VerbReadings(string word)
    {
        yield return (word, false);
        var rest = word;
        if (rest.Length - 1 >= MinimumStem && rest[0] is 'و' or 'ف')
        {
            rest = rest[1..];
            yield return (rest, false);
        }
        if (rest.Length - 1 > MinimumStem && rest[0] == 'س' && rest[1] is 'ي' or 'ت' or 'ن' or 'ا')
        {
            yield return (rest[1..], true);
        }
    }
}
