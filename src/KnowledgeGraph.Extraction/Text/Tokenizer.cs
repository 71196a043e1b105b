namespace KnowledgeGraph.Extraction.Text;

/// <summary>Splits normalised text into words, numbers and punctuation, keeping offsets.</summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        var i = 0;
        var space = false;
        var lineBreak = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                lineBreak |= c is '\n' or '\r' or '\u2028' or '\u2029';
                i++;
                continue;
            }

            var start = i;
            TokenKind kind;
            if (CharClass.IsArabicLetter(c))
            {
                while (i < text.Length && CharClass.IsArabicLetter(text[i]))
                {
                    i++;
                }
                kind = TokenKind.Word;
            }
            else if (CharClass.IsLatinLetter(c))
            {
                while (i < text.Length && (CharClass.IsLatinLetter(text[i]) || char.IsAsciiDigit(text[i])))
                {
                    i++;
                }
                kind = TokenKind.Latin;
            }
            else if (char.IsAsciiDigit(c))
            {
                i++;
                while (i < text.Length
                       && (char.IsAsciiDigit(text[i])
                           || (text[i] is '.' or ',' or '٫' or '٬' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
                {
                    i++;
                }
                kind = TokenKind.Number;
            }
            else
            {
                i += char.IsHighSurrogate(c) && i + 1 < text.Length ? 2 : 1;
                kind = TokenKind.Punctuation;
            }

            tokens.Add(new Token(tokens.Count, start, i, kind, text[start..i], space, lineBreak));
            space = false;
            lineBreak = false;
        }
        return tokens;
    }
}

public static class CharClass
{
    /// <summary>Arabic letters left after normalisation (diacritics and tatweel are gone by then).</summary>
    public static bool IsArabicLetter(char c) =>
        c is (>= '\u0621' and <= '\u063A') or (>= '\u0641' and <= '\u064A') or (>= '\u066E' and <= '\u06D3') or (>= '\u06FA' and <= '\u06FF');

    public static bool IsLatinLetter(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') || (c is >= '\u00C0' and < '\u0250' && char.IsLetter(c));
}
