using System.Globalization;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// Dates in the text, normalised: "11 سبتمبر/أيلول 2023" → 2023-09-11, "أبريل 2019" → 2019-04,
/// "عام 2019" → 2019, and relative days ("أمس"، "غدا"، "الثلاثاء") resolved against the article's
/// date when it is known. Also finds the article's own date in its header when the input gave none.
/// </summary>
public sealed class DateResolver
{
    private const int HeaderCharacters = 400;

    private readonly RelationLexicon _lexicon;

    public DateResolver(LanguageResources resources) => _lexicon = resources.Relations;

    /// <summary>The publication date from a header line ("تم النشر: 2023/09/11"), or the first full date near the top.</summary>
    public DateOnly? FindArticleDate(Doc doc)
    {
        var tokens = doc.Tokens;
        for (var i = 0; i < tokens.Count && tokens[i].Start < HeaderCharacters; i++)
        {
            if (NumericDate(tokens, i) is { } numeric)
            {
                return numeric.Date;
            }
            if (DayMonthYear(tokens, i) is { } written)
            {
                return written.Date;
            }
        }
        return null;
    }

    /// <summary>The date nearest to a trigger within [first, end) tokens, as an ISO string (day, month or year precision).</summary>
    public string? DateWithin(Doc doc, int first, int end, int anchor, bool planned)
    {
        var tokens = doc.Tokens;
        string? best = null;
        var bestDistance = int.MaxValue;
        for (var i = first; i < end; i++)
        {
            var (value, length) = DateAt(doc, i, planned);
            if (value is null)
            {
                continue;
            }
            var distance = Math.Abs(i - anchor);
            if (distance < bestDistance)
            {
                best = value;
                bestDistance = distance;
            }
            i += Math.Max(0, length - 1);
        }
        return best;
    }

    private (string? Value, int Length) DateAt(Doc doc, int i, bool planned)
    {
        var tokens = doc.Tokens;
        if (NumericDate(tokens, i) is { } numeric)
        {
            return (numeric.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), numeric.Length);
        }
        if (DayMonthYear(tokens, i) is { } full)
        {
            return (full.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), full.Length);
        }
        if (_lexicon.Calendar.Match(tokens, i) is not { } word)
        {
            if (tokens[i].Text is "عام" or "العام" or "سنة" && i + 1 < tokens.Count && Year(tokens[i + 1]) is { } bareYear)
            {
                return (bareYear.ToString(CultureInfo.InvariantCulture), 2);
            }
            return (null, 0);
        }
        var info = word.Value;
        var reference = doc.Date;
        switch (info.Kind)
        {
            case CalendarKind.Month:
            {
                // "يوليو/تموز 2023", "أبريل 2019", "31 يوليو": month, an optional alias after a slash, an optional year.
                var end = SkipMonthAlias(tokens, word.EndToken);
                var year = end < tokens.Count ? Year(tokens[end]) : null;
                var day = i > 0 && tokens[i - 1].Kind == TokenKind.Number && int.TryParse(tokens[i - 1].Text, out var d) && d is >= 1 and <= 31 ? d : (int?)null;
                year ??= reference?.Year;
                if (year is null)
                {
                    return (null, 0);
                }
                if (day is { } dayOfMonth && DateOnly.TryParseExact($"{year:D4}-{info.Value:D2}-{dayOfMonth:D2}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return (date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), end - i + 1);
                }
                return ($"{year:D4}-{info.Value:D2}", end - i + 1);
            }
            case CalendarKind.Weekday when reference is { } today:
            {
                var current = (int)today.DayOfWeek == 0 ? 7 : (int)today.DayOfWeek;
                var offset = info.Value - current;
                // A bare weekday is this week's: the one ahead when the text speaks of what is planned, else the one just past.
                if (planned && offset < 0)
                {
                    offset += 7;
                }
                else if (!planned && offset > 0)
                {
                    offset -= 7;
                }
                return (today.AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), word.TokenCount);
            }
            case CalendarKind.RelativeDay when reference is { } today:
                return (today.AddDays(info.Value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), word.TokenCount);
            case CalendarKind.RelativeMonth when reference is { } today:
                return (today.AddMonths(info.Value).ToString("yyyy-MM", CultureInfo.InvariantCulture), word.TokenCount);
            case CalendarKind.RelativeYear when reference is { } today:
                return (today.AddYears(info.Value).Year.ToString(CultureInfo.InvariantCulture), word.TokenCount);
            default:
                return (null, 0);
        }
    }

    /// <summary>"2023/09/11" or "11/09/2023" (also with - or .).</summary>
    private static (DateOnly Date, int Length)? NumericDate(IReadOnlyList<Token> tokens, int i)
    {
        if (i + 4 >= tokens.Count || tokens[i].Kind != TokenKind.Number)
        {
            return null;
        }
        var separator = tokens[i + 1].Text;
        if (separator is not ("/" or "-" or ".") || tokens[i + 3].Text != separator
            || tokens[i + 2].Kind != TokenKind.Number || tokens[i + 4].Kind != TokenKind.Number)
        {
            return null;
        }
        var parts = new[] { tokens[i].Text, tokens[i + 2].Text, tokens[i + 4].Text };
        var text = parts[0].Length == 4 ? $"{parts[0]}-{parts[1].PadLeft(2, '0')}-{parts[2].PadLeft(2, '0')}"
            : parts[2].Length == 4 ? $"{parts[2]}-{parts[1].PadLeft(2, '0')}-{parts[0].PadLeft(2, '0')}"
            : null;
        return text is not null && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (date, 5)
            : null;
    }

    /// <summary>"11 سبتمبر/أيلول 2023".</summary>
    private (DateOnly Date, int Length)? DayMonthYear(IReadOnlyList<Token> tokens, int i)
    {
        if (tokens[i].Kind != TokenKind.Number || !int.TryParse(tokens[i].Text, out var day) || day is < 1 or > 31 || i + 2 >= tokens.Count)
        {
            return null;
        }
        if (_lexicon.Calendar.Match(tokens, i + 1) is not { Value.Kind: CalendarKind.Month } month)
        {
            return null;
        }
        var end = SkipMonthAlias(tokens, month.EndToken);
        if (end >= tokens.Count || Year(tokens[end]) is not { } year)
        {
            return null;
        }
        return DateOnly.TryParseExact($"{year:D4}-{month.Value.Value:D2}-{day:D2}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (date, end - i + 1)
            : null;
    }

    /// <summary>"سبتمبر/أيلول": skips the slash and the second month name.</summary>
    private int SkipMonthAlias(IReadOnlyList<Token> tokens, int index)
    {
        if (index + 1 < tokens.Count && tokens[index].Text == "/" && _lexicon.Calendar.Match(tokens, index + 1) is { Value.Kind: CalendarKind.Month } alias)
        {
            return alias.EndToken;
        }
        return index;
    }

    private static int? Year(Token token) =>
        token.Kind == TokenKind.Number && token.Text.Length == 4 && int.TryParse(token.Text, out var year) && year is > 1800 and < 2200 ? year : null;
}
