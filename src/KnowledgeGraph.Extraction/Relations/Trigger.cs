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
/// Finds trigger words (Data/relations/triggers.tsv) as whole words, with their clitics: an
/// optional و/ف, the future prefix س on a verb, ب/ل/ك on a noun (لل for ل + ال), and an attached
/// pronoun (ه، ها، هما، هم، نا; a noun in ة takes them after ت: "زيارته", one in اء after ائ or اؤ: "لقائه"). Every written form is
/// expanded once into a table, so finding triggers is one lookup per token. Whole words only, so
/// "زار" is never found inside "وزارة".
/// </summary>
public sealed class TriggerFinder
{
    private static readonly (string Suffix, Pronoun Pronoun)[] Pronouns =
    [
        ("", Pronoun.None), ("ه", Pronoun.ThirdMasculine), ("ها", Pronoun.ThirdFeminine), ("هما", Pronoun.ThirdDual),
        ("هم", Pronoun.ThirdPlural), ("هن", Pronoun.ThirdPlural), ("نا", Pronoun.FirstPlural),
    ];

    private readonly Dictionary<string, List<Surface>> _surfaces = new(StringComparer.Ordinal);

    public TriggerFinder(LanguageResources resources)
    {
        foreach (var (tokens, info) in resources.Relations.TriggerPhrases)
        {
            foreach (var surface in Expand(tokens[0], info))
            {
                // With its clitics a form can spell another word: و + زار + ه is "وزارة" (ministry), ف + يصل is
                // "فيصل" (a name). Such a spelling is that word, not the trigger.
                if (surface.Text != tokens[0] && IsWordOfItsOwn(resources, surface.Text))
                {
                    continue;
                }
                if (!_surfaces.TryGetValue(surface.Text, out var list))
                {
                    list = [];
                    _surfaces.Add(surface.Text, list);
                }
                list.Add(surface with { Rest = tokens[1..] });
            }
        }
    }

    public List<Trigger> Find(Doc doc)
    {
        var tokens = doc.Tokens;
        var triggers = new List<Trigger>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || !_surfaces.TryGetValue(tokens[i].Text, out var candidates))
            {
                continue;
            }
            Trigger? best = null;
            foreach (var surface in candidates)
            {
                if (!Fits(tokens, i, surface.Rest))
                {
                    continue;
                }
                var end = i + 1 + surface.Rest.Length;
                var candidate = new Trigger(surface.Info, i, end, tokens[i].Start + surface.PrefixLength, tokens[end - 1].End,
                    surface.Future, surface.Preposition == 'ل', surface.Preposition != '\0', surface.Pronoun);
                // A longer trigger wins, then one without an attached pronoun, then a form listed with its
                // preposition ("بحضور": attendance) over the same letters read as a preposition and a noun.
                if (best is null || candidate.EndToken > best.EndToken
                    || candidate.EndToken == best.EndToken && candidate.Pronoun == Pronoun.None && best.Pronoun != Pronoun.None
                    || candidate.EndToken == best.EndToken && candidate.Pronoun == best.Pronoun && best.WithPreposition && !candidate.WithPreposition)
                {
                    best = candidate;
                }
            }
            if (best is not null && !IsExpression(tokens, best))
            {
                triggers.Add(best);
                i = best.EndToken - 1;
            }
        }
        return triggers;
    }

    private static bool IsWordOfItsOwn(LanguageResources resources, string surface) =>
        resources.GivenNames.StartsWith(surface)
        || resources.Cues.OrganizationHeads.StartsWith(surface)
        || resources.Cues.PlaceHeads.StartsWith(surface)
        || resources.Gazetteer.Forms.StartsWith(surface);

    /// <summary>"عبر عن" is "expressed", not "crossed".</summary>
    private static bool IsExpression(IReadOnlyList<Token> tokens, Trigger trigger) =>
        trigger.Info.Form == "عبر" && trigger.EndToken < tokens.Count && tokens[trigger.EndToken].Text == "عن";

    private static bool Fits(IReadOnlyList<Token> tokens, int index, string[] rest)
    {
        if (index + rest.Length >= tokens.Count)
        {
            return rest.Length == 0;
        }
        for (var k = 0; k < rest.Length; k++)
        {
            var token = tokens[index + 1 + k];
            if (token.LineBreakBefore || !string.Equals(token.Text, rest[k], StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Every written form of a trigger's first word, with what its clitics mean.</summary>
    private static IEnumerable<Surface> Expand(string form, TriggerInfo info)
    {
        var verb = info.Tense != TriggerTense.Noun;
        var imperfect = verb && form[0] is 'ي' or 'ت' or 'ن' or 'ا';
        foreach (var conjunction in new[] { "", "و", "ف" })
        {
            var prefixes = new List<(string Text, bool Future, char Preposition)> { ("", false, '\0') };
            if (imperfect)
            {
                prefixes.Add(("س", true, '\0'));
            }
            if (!verb)
            {
                prefixes.Add(("ب", false, 'ب'));
                prefixes.Add(("ك", false, 'ك'));
                prefixes.Add(("ل", false, 'ل'));
            }
            foreach (var (prefix, future, preposition) in prefixes)
            {
                // ل before ال is written لل: "للقاء".
                var body = preposition == 'ل' && form.StartsWith("ال", StringComparison.Ordinal) ? "ل" + form[1..] : form;
                if (prefix.Length == 0 && TakesAccusativeAlef(form, verb))
                {
                    yield return new Surface(conjunction + form + "ا", info, conjunction.Length, false, '\0', Pronoun.None, []);
                }
                foreach (var (suffix, pronoun) in Pronouns)
                {
                    if (suffix.Length > 0 && form.StartsWith("ال", StringComparison.Ordinal))
                    {
                        continue; // no attached pronoun on a definite noun
                    }
                    var stem = suffix.Length > 0 && body.EndsWith('ه') && !verb ? body[..^1] + "ت" : body;
                    var prefixLength = conjunction.Length + (preposition == 'ل' && body != form ? 0 : prefix.Length);
                    yield return new Surface(conjunction + prefix + stem + suffix, info, prefixLength, future, preposition, pronoun, []);
                    // "لقائه"، "لقاؤه": before a pronoun a final hamza after alef sits on ya or waw.
                    if (suffix.Length > 0 && !verb && body.EndsWith("اء", StringComparison.Ordinal))
                    {
                        yield return new Surface(conjunction + prefix + body[..^1] + "ئ" + suffix, info, prefixLength, future, preposition, pronoun, []);
                        yield return new Surface(conjunction + prefix + body[..^1] + "ؤ" + suffix, info, prefixLength, future, preposition, pronoun, []);
                    }
                }
            }
        }
    }

    /// <summary>
    /// An indefinite noun as an object is written with the alef of its accusative ending ("عقد اجتماعاً"، "أجرى
    /// اتصالاً"); a noun in ة (ه in the normalised form), ء or ا, or a feminine plural in ات, is not.
    /// </summary>
    private static bool TakesAccusativeAlef(string form, bool verb) =>
        !verb && !form.StartsWith("ال", StringComparison.Ordinal) && form[^1] is not ('ه' or 'ء' or 'ا')
        && !form.EndsWith("ات", StringComparison.Ordinal);

    private sealed record Surface(string Text, TriggerInfo Info, int PrefixLength, bool Future, char Preposition, Pronoun Pronoun, string[] Rest);
}
