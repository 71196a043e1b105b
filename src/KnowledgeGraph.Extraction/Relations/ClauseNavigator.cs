using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// Token and clause navigation over one document: the preposition that introduces a mention,
/// the adverbials and inserted relative clauses to step over, whether a verb opens its clause,
/// clause edges and the evidence span they give.
/// </summary>
public sealed class ClauseNavigator
{
    private static readonly HashSet<string> PrepositionWords = new(StringComparer.Ordinal)
    {
        "في", "الي", "من", "علي", "عن", "مع", "ضد", "عبر", "نحو", "حول", "بين", "خلال", "لدي", "عند", "قرب", "داخل",
        "بشان", "حتي", "منذ", "تجاه", "ازاء", "امام", "خلف", "مثل", "دون", "بدون", "وسط", "برفقه", "رفقه", "بعد", "قبل",
        "وفق", "وفقا", "بحسب", "حسب", "لصالح", "علي", "فيما", "كما", "نقلا", "ضمن", "بجانب", "جانب", "الى",
    };

    private readonly RelationContext _c;

    public ClauseNavigator(RelationContext context) => _c = context;

    private Doc Doc => _c.Doc;
    private IReadOnlyList<Token> Tokens => _c.Tokens;
    private ArgumentWords Words => _c.Words;

    /// <summary>The preposition that introduces a mention: a proclitic (ب، ل، ك) or the word before it; null when none.</summary>
    public string? PrepositionOf(EntityMention mention)
    {
        var token = Tokens[mention.FirstToken];
        if (mention.Start > token.Start)
        {
            var prefix = Doc.Normalized.Text[token.Start..mention.Start];
            foreach (var c in prefix)
            {
                if (c is 'ب' or 'ل' or 'ك')
                {
                    return c.ToString();
                }
            }
        }
        // "للسعودية"، "للحكومة": ل fused with the article; the mention keeps the whole word, so the clitic is inside it.
        else if (token.Text.StartsWith("لل", StringComparison.Ordinal) && token.Readings.Any(reading => reading.ArticleRestored))
        {
            return "ل";
        }
        return PrepositionBefore(mention.FirstToken);
    }

    public string? PrepositionBefore(int index)
    {
        if (index == 0 || Tokens[index].LineBreakBefore)
        {
            return null;
        }
        var previous = Tokens[index - 1];
        if (previous.Kind != TokenKind.Word)
        {
            return null;
        }
        var text = previous.Text;
        if (PrepositionWords.Contains(text))
        {
            return text;
        }
        if (text.Length > 2 && text[0] is 'و' or 'ف' && PrepositionWords.Contains(text[1..]))
        {
            return text[1..];
        }
        return null;
    }

    public bool IsPrepositionWord(Token token) =>
        token.Kind == TokenKind.Word && (PrepositionWords.Contains(token.Text) || token.Text.Length > 2 && token.Text[0] is 'و' && PrepositionWords.Contains(token.Text[1..]));

    /// <summary>Skips adverbs, dates and time words after a verb: "نفت كوريا الشمالية مراراً وتكراراً"، "وصل ... اليوم الثلاثاء".</summary>
    public int SkipAdverbials(int index, int max = 4, bool vehicles = false)
    {
        var skipped = 0;
        while (index < Tokens.Count && skipped < max && !Tokens[index].LineBreakBefore)
        {
            var token = Tokens[index];
            var isAdverb = token.Kind == TokenKind.Number
                           || Words.ClassOf(token.Text) is ArgumentWordClass.Adverb
                           || (vehicles && Words.ClassOf(token.Text) is ArgumentWordClass.Vehicle)
                           || _c.Resources.Relations.Calendar.Match(Tokens, index) is not null;
            if (!isAdverb)
            {
                break;
            }
            var calendar = _c.Resources.Relations.Calendar.Match(Tokens, index);
            index = calendar?.EndToken ?? index + 1;
            skipped++;
        }
        return index;
    }

    /// <summary>
    /// "أجرى X مباحثات، أمس، مع Y": a time set off by commas does not end the clause; returns the token after
    /// the second comma, or <paramref name="index"/> when no such time starts there.
    /// </summary>
    public int SkipParentheticalTime(int index)
    {
        if (index >= Tokens.Count || Tokens[index].Text is not ("،" or ","))
        {
            return index;
        }
        var afterTime = SkipAdverbials(index + 1);
        return afterTime > index + 1 && afterTime < Tokens.Count && Tokens[afterTime].Text is "،" or "," && !Tokens[afterTime].LineBreakBefore
            ? afterTime + 1
            : index;
    }

    /// <summary>"يزور كيم، الذي نادراً ما يسافر للخارج، الشرق الأقصى": an inserted relative clause does not separate a verb from its object.</summary>
    public int SkipRelativeClause(int from)
    {
        if (from + 1 >= Tokens.Count || Tokens[from].Text is not ("،" or ",") || !Words.Is(Tokens[from + 1], ArgumentWordClass.Relative))
        {
            return from;
        }
        var sentence = Doc.SentenceOf(from);
        for (var k = from + 2; k < Math.Min(sentence.EndToken, from + 14); k++)
        {
            if (Tokens[k].Text is "،" or ",")
            {
                return k + 1;
            }
        }
        return from;
    }

    /// <summary>
    /// A verb that opens its clause ("ونفت"، "، حذر"، "بينما نفت") has its subject after it (VSO); one
    /// that does not may have it before ("أن كيم غادر").
    /// </summary>
    public bool OpensClause(int verb)
    {
        var token = Tokens[verb];
        if (token.LineBreakBefore || verb == Doc.SentenceOf(verb).FirstToken || token.Text.Length > 3 && token.Text[0] is 'و' or 'ف')
        {
            return true;
        }
        var previous = Tokens[verb - 1];
        return IsClauseBreak(previous) || previous.Kind == TokenKind.Word && Words.ClassOf(previous.Text) is ArgumentWordClass.Clause;
    }

    /// <summary>The clause around a token: from after the previous comma, semicolon or colon to before the next.</summary>
    public (int First, int End) Clause(int index)
    {
        var sentence = Doc.SentenceOf(index);
        var first = index;
        while (first > sentence.FirstToken && !IsClauseBreak(Tokens[first - 1]))
        {
            first--;
        }
        var end = index + 1;
        while (end < sentence.EndToken && !IsClauseBreak(Tokens[end]))
        {
            end++;
        }
        return (first, end);
    }

    public static bool IsClauseBreak(Token token) => token.Kind == TokenKind.Punctuation && token.Text is "،" or "," or "؛" or ";" or ":" or "(" or ")";

    /// <summary>The evidence: from the clause of the leftmost token to the clause of the rightmost, in normalised offsets.</summary>
    public (int Start, int End) Evidence(int firstToken, int lastToken)
    {
        var (first, _) = Clause(firstToken);
        var (_, end) = Clause(lastToken);
        while (end > first + 1 && Tokens[end - 1].Kind == TokenKind.Punctuation && Tokens[end - 1].Text is "،" or "," or "؛")
        {
            end--;
        }
        return (Tokens[first].Start, Tokens[end - 1].End);
    }
}
