using KnowledgeGraph.Extraction.Entities;

namespace KnowledgeGraph.Extraction.Linking;

/// <summary>
/// The countries an article is about, by ISO code, weighed by how often it mentions them or the places, people and
/// bodies the gazetteer puts in them: what tells two places of one name apart.
/// </summary>
public sealed class ArticleCountries
{
    private readonly Dictionary<string, int> _weights;

    private ArticleCountries(Dictionary<string, int> weights) => _weights = weights;

    public static ArticleCountries Empty { get; } = new(new Dictionary<string, int>(StringComparer.Ordinal));

    public static ArticleCountries Of(IEnumerable<DocEntity> entities, Func<GazetteerEntry, string?> isoOf)
    {
        var weights = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            if (entity.Known is { } known && isoOf(known) is { } iso)
            {
                weights[iso] = weights.GetValueOrDefault(iso) + entity.Mentions.Count;
            }
        }
        return new ArticleCountries(weights);
    }

    public bool IsEmpty => _weights.Count == 0;

    /// <summary>How much the article is about the country (0 when it never touches it).</summary>
    public int Weight(string iso) => _weights.GetValueOrDefault(iso);
}
