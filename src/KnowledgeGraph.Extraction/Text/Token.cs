namespace KnowledgeGraph.Extraction.Text;

public enum TokenKind
{
    /// <summary>A run of Arabic letters.</summary>
    Word,
    /// <summary>A run of Latin letters and digits that starts with a letter.</summary>
    Latin,
    /// <summary>Digits, with decimal or thousands separators between digits.</summary>
    Number,
    /// <summary>Any other visible character, one per token.</summary>
    Punctuation,
}

/// <summary>A token of the normalised text; offsets index <see cref="NormalizedText.Text"/>.</summary>
/// <param name="Index">Position in the document's token list.</param>
/// <param name="Text">The normalised characters of the token.</param>
/// <param name="SpaceBefore">Whitespace separates it from the previous token.</param>
/// <param name="LineBreakBefore">A line break separates it from the previous token (or it is the first).</param>
public sealed record Token(int Index, int Start, int End, TokenKind Kind, string Text, bool SpaceBefore, bool LineBreakBefore)
{
    private CliticAnalysis[]? _readings;

    public bool IsWord => Kind is TokenKind.Word or TokenKind.Latin;

    /// <summary>Whether <see cref="PhraseStarts"/> has been worked out.</summary>
    public bool PhraseStartsKnown { get; private set; }

    /// <summary>
    /// The phrases of the language data starting with each of its readings, null when none does (kept here by
    /// <see cref="Matching.PhraseVocabulary.Starts"/>).
    /// </summary>
    public Matching.PhraseStarts?[]? PhraseStarts { get; private set; }

    public void SetPhraseStarts(Matching.PhraseStarts?[]? starts)
    {
        PhraseStarts = starts;
        PhraseStartsKnown = true;
    }

    /// <summary>The token's proclitic readings (<see cref="CliticAnalyzer.Analyze"/>), computed once.</summary>
    public CliticAnalysis[] Readings =>
        _readings ??= Kind == TokenKind.Word ? CliticAnalyzer.Analyze(Text) : [new CliticAnalysis(0, Text, false)];

    public bool IsPunctuation(char c) => Kind == TokenKind.Punctuation && Text[0] == c;

    public override string ToString() => Text;
}
