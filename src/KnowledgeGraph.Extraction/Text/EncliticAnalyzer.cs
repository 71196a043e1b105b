namespace KnowledgeGraph.Extraction.Text;

/// <summary>Who an attached pronoun stands for.</summary>
public enum Pronoun
{
    None,
    /// <summary>ه: him / his (or it).</summary>
    ThirdMasculine,
    /// <summary>ها: her / its (a state, a body).</summary>
    ThirdFeminine,
    /// <summary>هما: the two of them.</summary>
    ThirdDual,
    /// <summary>هم، هن: them.</summary>
    ThirdPlural,
    /// <summary>نا: us / we (the speaker's side).</summary>
    FirstPlural,
}

/// <summary>A word read without an attached pronoun ("زيارته" → "زيارة" + ه).</summary>
public readonly record struct EncliticReading(string Stem, Pronoun Pronoun);

/// <summary>Removes attached object and possessive pronouns; a stem in ت may be a ta marbuta (زيارت → زيارة).</summary>
public static class EncliticAnalyzer
{
    private static readonly (string Suffix, Pronoun Pronoun)[] Suffixes =
    [
        ("هما", Pronoun.ThirdDual),
        ("هم", Pronoun.ThirdPlural),
        ("هن", Pronoun.ThirdPlural),
        ("ها", Pronoun.ThirdFeminine),
        ("نا", Pronoun.FirstPlural),
        ("ه", Pronoun.ThirdMasculine),
    ];

    /// <summary>The word itself, then each reading without a pronoun suffix (normalised text: ة is already ه).</summary>
    public static IEnumerable<EncliticReading> Analyze(string word)
    {
        yield return new EncliticReading(word, Pronoun.None);
        foreach (var (suffix, pronoun) in Suffixes)
        {
            if (word.Length - suffix.Length < 3 || !word.EndsWith(suffix, StringComparison.Ordinal))
            {
                continue;
            }
            var stem = word[..^suffix.Length];
            yield return new EncliticReading(stem, pronoun);
            if (stem[^1] == 'ت')
            {
                yield return new EncliticReading(stem[..^1] + "ه", pronoun);
            }
        }
    }
}
