using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Matching;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Linking;

/// <summary>
/// The English gloss of the head noun a body's, place's or event's name starts with (the name_en of cues/*-heads.tsv:
/// "مستشفى" → Hospital), and the words after it: what an English name of the entity is composed from.
/// </summary>
public sealed class HeadGlosses
{
    private readonly IReadOnlyList<PhraseIndex<HeadInfo>> _heads;
    private readonly ArabicNormalizer _normalizer;

    public HeadGlosses(CueLexicon cues, ArabicNormalizer normalizer)
    {
        _heads = [cues.OrganizationHeads, cues.PlaceHeads, cues.EventHeads];
        _normalizer = normalizer;
    }

    /// <summary>The gloss of the longest head the name starts with, and the rest of the name as written; null when none.</summary>
    public (string Gloss, string Remainder)? Split(string nameAr)
    {
        var words = nameAr.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var tokens = Tokenizer.Tokenize(_normalizer.NormalizeKey(nameAr));
        if (tokens.Count == 0)
        {
            return null;
        }
        (int Length, string Gloss)? best = null;
        foreach (var heads in _heads)
        {
            if (heads.Match(tokens, 0, allowClitics: false) is { } match && match.Values.FirstOrDefault(head => head.NameEn.Length > 0) is { } head
                && (best is null || match.TokenCount > best.Value.Length))
            {
                best = (match.TokenCount, head.NameEn);
            }
        }
        // The head's tokens are its words when the name has no punctuation inside it.
        if (best is not { } found || found.Length > words.Length || tokens.Count != words.Length)
        {
            return null;
        }
        var gloss = char.ToUpperInvariant(found.Gloss[0]) + found.Gloss[1..];
        return (gloss, string.Join(' ', words.Skip(found.Length)));
    }
}
