using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations.Candidates;

/// <summary>
/// Each token of a document as one letter of a coarse shape, so that what stands between or
/// around two mentions can be read as a short pattern ("T o H p": a title, an organisation, an
/// honorific, a person). Letters: T office title, H honorific or occupation, p/l/c/o/e a person,
/// place, country, organisation or event mention (one letter a mention), V a relation trigger,
/// R a preposition, P a comma or other clause break, Q a quote, S a full stop, N a number,
/// W any other word.
/// </summary>
public sealed class TokenShapes
{
    private readonly char[] _letters;
    private readonly int[] _mentionStart;

    public TokenShapes(Doc doc, RelationContext context)
    {
        var tokens = doc.Tokens;
        _letters = new char[tokens.Count];
        _mentionStart = new int[tokens.Count];
        var titles = context.Resources.Cues.Titles;
        var triggers = new HashSet<int>(doc.Triggers.Select(trigger => trigger.FirstToken));
        for (var i = 0; i < tokens.Count; i++)
        {
            _mentionStart[i] = -1;
            var token = tokens[i];
            _letters[i] = token.Kind switch
            {
                TokenKind.Number => 'N',
                TokenKind.Punctuation when ClauseNavigator.IsClauseBreak(token) => 'P',
                TokenKind.Punctuation when token.Text is "." or "؟" or "!" => 'S',
                TokenKind.Punctuation when token.Text is "\"" or "«" or "»" or "”" or "“" or "'" => 'Q',
                TokenKind.Punctuation => 'P',
                _ when triggers.Contains(i) => 'V',
                _ when context.Features.StartsTitle(i) && titles.Match(tokens, i) is { } title => title.Value.IsOffice ? 'T' : 'H',
                _ when context.Clauses.IsPrepositionWord(token) => 'R',
                _ => 'W',
            };
        }
        foreach (var mention in doc.Mentions)
        {
            if (mention.Entity is null || mention.Nested)
            {
                continue;
            }
            var letter = Letter(mention.Entity.Type);
            for (var i = mention.FirstToken; i < mention.EndToken; i++)
            {
                _letters[i] = letter;
                _mentionStart[i] = mention.FirstToken;
            }
        }
    }

    public char this[int token] => _letters[token];

    private static readonly Dictionary<char, string> LetterStrings = "TpplceVRPQSNWHo".Distinct().ToDictionary(letter => letter, letter => letter.ToString());

    /// <summary>The token's letter as a string (made once per letter).</summary>
    public string LetterAt(int token) => LetterStrings.TryGetValue(_letters[token], out var text) ? text : _letters[token].ToString();

    /// <summary>The pattern of tokens [first, end): runs of one letter written once, a mention one letter; null when longer than <paramref name="max"/>.</summary>
    public string? Pattern(int first, int end, int max = 8)
    {
        Span<char> pattern = stackalloc char[MaxPatternLength];
        return Pattern(first, end, pattern, max) is var length and >= 0 ? new string(pattern[..length]) : null;
    }

    /// <summary>The most letters a <see cref="Pattern(int, int, Span{char}, int)"/> buffer needs.</summary>
    public const int MaxPatternLength = 32;

    /// <summary><see cref="Pattern(int, int, int)"/> written into a buffer of <see cref="MaxPatternLength"/> letters (no string made); its length, or -1 when longer than <paramref name="max"/>.</summary>
    public int Pattern(int first, int end, Span<char> pattern, int max = 8)
    {
        if (end - first > 3 * max || max >= pattern.Length)
        {
            return -1;
        }
        var length = 0;
        for (var i = Math.Max(0, first); i < Math.Min(end, _letters.Length); i++)
        {
            var letter = _letters[i];
            var sameMention = i > first && _mentionStart[i] >= 0 && _mentionStart[i] == _mentionStart[i - 1];
            if (sameMention || length > 0 && pattern[length - 1] == letter && letter is 'W' or 'H' or 'T' or 'P')
            {
                continue;
            }
            pattern[length++] = letter;
            if (length > max)
            {
                return -1;
            }
        }
        return length;
    }

    private static char Letter(EntityType type) => type switch
    {
        EntityType.Person => 'p',
        EntityType.Location => 'l',
        EntityType.Country => 'c',
        EntityType.Organization => 'o',
        _ => 'e',
    };
}
