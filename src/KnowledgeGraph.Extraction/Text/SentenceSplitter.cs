namespace KnowledgeGraph.Extraction.Text;

/// <summary>
/// Splits a token stream into sentences: at line breaks, and after . ! ? ؟ … that end a
/// clause. A full stop does not end a sentence after a one-letter token (an initial, "م.")
/// or when the next token follows without a space ("واي.تي.إن").
/// </summary>
public static class SentenceSplitter
{
    public static List<Sentence> Split(IReadOnlyList<Token> tokens)
    {
        var sentences = new List<Sentence>();
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > first && tokens[i].LineBreakBefore)
            {
                Add(first, i);
                first = i;
            }
            if (EndsSentence(tokens, i))
            {
                var end = i + 1;
                // Closing quotes and brackets belong to the sentence they close.
                while (end < tokens.Count && !tokens[end].SpaceBefore && IsCloser(tokens[end]))
                {
                    end++;
                }
                Add(first, end);
                first = end;
                i = end - 1;
            }
        }
        if (first < tokens.Count)
        {
            Add(first, tokens.Count);
        }
        return sentences;

        void Add(int from, int to)
        {
            if (to > from)
            {
                sentences.Add(new Sentence(sentences.Count, tokens[from].Start, tokens[to - 1].End, from, to));
            }
        }
    }

    private static bool EndsSentence(IReadOnlyList<Token> tokens, int i)
    {
        var token = tokens[i];
        if (token.Kind != TokenKind.Punctuation)
        {
            return false;
        }
        switch (token.Text[0])
        {
            case '!' or '?' or '؟' or '…':
                return true;
            case '.':
                var next = i + 1 < tokens.Count ? tokens[i + 1] : null;
                if (next is not null && !next.SpaceBefore && next.IsWord)
                {
                    return false; // "واي.تي.إن", "u.s"
                }
                var previous = i > 0 ? tokens[i - 1] : null;
                if (previous is { IsWord: true } && previous.Text.Length == 1 && !token.SpaceBefore)
                {
                    return false; // an initial
                }
                return next is null || next.SpaceBefore || next.Kind == TokenKind.Punctuation;
            default:
                return false;
        }
    }

    private static bool IsCloser(Token token) =>
        token.Kind == TokenKind.Punctuation && token.Text[0] is '"' or '»' or '”' or '’' or ')' or ']' or '\'';
}
