using System.Text;

namespace KnowledgeGraph.Evaluation;

/// <summary>
/// Surface-form normalisation exactly as shared/spec/scoring.md defines it (independent of the
/// extractor's own normalisation, so the scorer does not grade the extractor by its own rules).
/// </summary>
public static class SurfaceForms
{
    /// <summary>NFKC; diacritics and tatweel dropped; alef, ya, ta marbuta folded; quotes, brackets, punctuation dropped; spaces collapsed.</summary>
    public static string Normalize(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        var space = false;
        foreach (var c in folded)
        {
            if (c is >= '\u064B' and <= '\u0652' or '\u0670' or '\u0640')
            {
                continue;
            }
            var mapped = c switch
            {
                'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
                'ى' => 'ي',
                'ة' => 'ه',
                _ => c,
            };
            if (char.IsWhiteSpace(mapped))
            {
                space = builder.Length > 0;
                continue;
            }
            if (char.IsPunctuation(mapped) || char.IsSymbol(mapped))
            {
                continue;
            }
            if (space)
            {
                builder.Append(' ');
                space = false;
            }
            builder.Append(mapped);
        }
        return builder.ToString().Trim();
    }

    /// <summary>
    /// The normalised form and what it also stands for: without one leading proclitic (و or ف,
    /// optionally followed by ب ل ك, or ب ل ك alone) when at least three letters remain, and a
    /// form starting with لل also with ال in its place.
    /// </summary>
    public static IEnumerable<string> Expand(string text)
    {
        var form = Normalize(text);
        if (form.Length == 0)
        {
            yield break;
        }
        yield return form;
        foreach (var stripped in WithoutProclitic(form))
        {
            yield return stripped;
        }
        if (form.StartsWith("لل", StringComparison.Ordinal) && form.Length > 2)
        {
            yield return "ال" + form[2..];
        }
    }

    private static IEnumerable<string> WithoutProclitic(string form)
    {
        if (form[0] is 'و' or 'ف')
        {
            if (LettersIn(form[1..]) >= 3)
            {
                yield return form[1..];
            }
            if (form.Length > 1 && form[1] is 'ب' or 'ل' or 'ك' && LettersIn(form[2..]) >= 3)
            {
                yield return form[2..];
            }
        }
        else if (form[0] is 'ب' or 'ل' or 'ك' && LettersIn(form[1..]) >= 3)
        {
            yield return form[1..];
        }
    }

    private static int LettersIn(string text) => text.Count(char.IsLetter);
}
