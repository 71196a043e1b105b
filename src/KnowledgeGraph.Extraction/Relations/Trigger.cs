using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>A trigger word found in the text, with what its clitics say.</summary>
public sealed record Trigger(
    TriggerInfo Info,
    int FirstToken,
    int EndToken,
    int Start,
    int End,
    bool Future,
    bool Purpose,
    bool WithPreposition,
    Pronoun Pronoun)
{
    public bool IsVerb => Info.Tense != TriggerTense.Noun;
}

/// <summary>
/// Finds trigger words: each token is read without و/ف, without the future prefix س, without
/// ب/ل before a noun, and without an attached pronoun, and looked up (Data/relations/triggers.tsv).
/// Whole words only, so "زار" is never found inside "وزارة".
/// </summary>
public sealed class TriggerFinder
{
    private readonly RelationLexicon _lexicon;

    public TriggerFinder(LanguageResources resources) => _lexicon = resources.Relations;

    public List<Trigger> Find(Doc doc)
    {
        var tokens = doc.Tokens;
        var triggers = new List<Trigger>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }
            if (FindAt(tokens, i) is { } trigger && !IsExpression(tokens, trigger))
            {
                triggers.Add(trigger);
                i = trigger.EndToken - 1;
            }
        }
        return triggers;
    }

    private Trigger? FindAt(IReadOnlyList<Token> tokens, int index)
    {
        var token = tokens[index];
        Trigger? best = null;
        foreach (var (stem, prefixLength, future, preposition) in Readings(token.Text))
        {
            foreach (var enclitic in EncliticAnalyzer.Analyze(stem))
            {
                if (_lexicon.Triggers.MatchStem(tokens, index, enclitic.Stem) is not { } match)
                {
                    continue;
                }
                foreach (var info in match.Values)
                {
                    // Verbs take no preposition and nouns no future prefix.
                    if (info.Tense == TriggerTense.Noun ? future : preposition != '\0')
                    {
                        continue;
                    }
                    var candidate = new Trigger(info, index, match.EndToken, token.Start + prefixLength, tokens[match.EndToken - 1].End,
                        future, preposition == 'ل', preposition != '\0', enclitic.Pronoun);
                    if (best is null || candidate.EndToken > best.EndToken || (candidate.EndToken == best.EndToken && candidate.Pronoun == Pronoun.None && best.Pronoun != Pronoun.None))
                    {
                        best = candidate;
                    }
                }
            }
        }
        return best;
    }

    /// <summary>"عبر عن" is "expressed", not "crossed".</summary>
    private static bool IsExpression(IReadOnlyList<Token> tokens, Trigger trigger) =>
        trigger.Info.Form == "عبر" && trigger.EndToken < tokens.Count && tokens[trigger.EndToken].Text == "عن";

    /// <summary>Readings of a word's proclitics: conjunction, future prefix (verbs), preposition (nouns).</summary>
    private static IEnumerable<(string Stem, int PrefixLength, bool Future, char Preposition)> Readings(string word)
    {
        yield return (word, 0, false, '\0');
        var start = 0;
        if (word.Length > 3 && word[0] is 'و' or 'ف')
        {
            start = 1;
            yield return (word[1..], 1, false, '\0');
        }
        var rest = word[start..];
        if (rest.Length > 3 && rest[0] == 'س' && rest[1] is 'ي' or 'ت' or 'ن' or 'ا')
        {
            yield return (rest[1..], start, true, '\0');
        }
        if (rest.Length > 3 && rest[0] is 'ب' or 'ل' or 'ك')
        {
            if (rest[0] == 'ل' && rest[1] == 'ل')
            {
                yield return ("ال" + rest[2..], start, false, 'ل');
            }
            yield return (rest[1..], start + 1, false, rest[0]);
        }
    }
}
