namespace KnowledgeGraph.Evaluation;

/// <summary>
/// Pairs predicted entities with gold entities as shared/spec/scoring.md defines: two can match
/// when they share a normalised surface form; pairs are taken one to one, greedily, most shared
/// forms first, ties broken by the longest shared form.
/// </summary>
public static class EntityMatcher
{
    /// <summary>
    /// Predicted entity id to gold entity id. A predicted entity's forms are already expanded
    /// (<see cref="SurfaceForms.Expand"/>); gold aliases are expanded here.
    /// </summary>
    public static Dictionary<string, string> Match(IReadOnlyDictionary<string, HashSet<string>> predictedForms, GoldDocument gold)
    {
        // A form stands for itself and for its variants without a proclitic; two forms are shared when
        // those sets meet. Shared forms are counted once per gold form, not once per variant.
        var goldForms = gold.Entities.ToDictionary(
            entity => entity.Id,
            entity => entity.Aliases.Select(alias => (Form: SurfaceForms.Normalize(alias), Variants: SurfaceForms.Expand(alias).ToList()))
                .Where(item => item.Form.Length > 0)
                .DistinctBy(item => item.Form)
                .ToList());

        var pairs = new List<(string Predicted, string Gold, int Shared, int Longest)>();
        foreach (var (predictedId, forms) in predictedForms)
        {
            foreach (var (goldId, goldSet) in goldForms)
            {
                var shared = goldSet.Where(item => item.Variants.Any(forms.Contains)).Select(item => item.Form).ToList();
                if (shared.Count > 0)
                {
                    pairs.Add((predictedId, goldId, shared.Count, shared.Max(form => form.Length)));
                }
            }
        }
        var toGold = new Dictionary<string, string>(StringComparer.Ordinal);
        var goldTaken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pair in pairs.OrderByDescending(pair => pair.Shared).ThenByDescending(pair => pair.Longest)
                     .ThenBy(pair => pair.Predicted, StringComparer.Ordinal).ThenBy(pair => pair.Gold, StringComparer.Ordinal))
        {
            if (!toGold.ContainsKey(pair.Predicted) && goldTaken.Add(pair.Gold))
            {
                toGold[pair.Predicted] = pair.Gold;
            }
        }
        return toGold;
    }
}
