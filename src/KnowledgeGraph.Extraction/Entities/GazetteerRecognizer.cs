using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// Finds every gazetteer form in the text, longest first, proclitics allowed on the first word:
/// names and variants, anchored short forms, and nationality adjectives.
/// </summary>
public sealed class GazetteerRecognizer : IPipelineComponent
{
    private readonly Gazetteer _gazetteer;

    public GazetteerRecognizer(LanguageResources resources) => _gazetteer = resources.Gazetteer;

    public void Process(Doc doc)
    {
        var table = MentionTable.For(doc);
        var tokens = doc.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (_gazetteer.Forms.Match(tokens, i) is not { } match)
            {
                continue;
            }
            var fitting = match.Values;
            if (HasContext(fitting))
            {
                var previous = match.FirstToken > 0 && !tokens[match.FirstToken].LineBreakBefore ? tokens[match.FirstToken - 1].Text : null;
                fitting = fitting.Where(candidate => candidate.FitsAfter(previous)).ToList();
                if (fitting.Count == 0)
                {
                    continue;
                }
            }
            var form = Choose(fitting);
            table.Add(new EntityMention
            {
                FirstToken = match.FirstToken,
                EndToken = match.EndToken,
                Start = match.Start,
                End = match.End,
                Type = form.Entry.Type,
                Kind = form.Kind switch
                {
                    GazetteerFormKind.ShortForm => MentionKind.ShortName,
                    GazetteerFormKind.Adjective => MentionKind.Adjective,
                    _ => MentionKind.Name,
                },
                Source = MentionSource.Gazetteer,
                Known = form.Entry,
                NeedsAnchor = form.Kind == GazetteerFormKind.ShortForm,
                NameStart = match.Start,
                NameEnd = match.End,
            });
            // No skipping past the match: a name inside a longer one ("روسيا" in "أقصى شرق روسيا") is
            // found too, and mention resolution keeps it nested when it is an entity of its own.
        }
    }

    private static bool HasContext(IReadOnlyList<GazetteerForm> forms)
    {
        foreach (var form in forms)
        {
            if (form.After is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>An ambiguous form: a name beats a short form beats an adjective; then states beat cities.</summary>
    private static GazetteerForm Choose(IReadOnlyList<GazetteerForm> forms)
    {
        if (forms.Count == 1)
        {
            return forms[0];
        }
        return forms
            .OrderBy(form => form.Kind)
            .ThenBy(form => form.Definite ? 0 : 1)
            .ThenBy(form => TypeRank(form.Entry.Type))
            .First();
    }

    private static int TypeRank(EntityType type) => type switch
    {
        EntityType.Country => 0,
        EntityType.Person => 1,
        EntityType.Organization => 2,
        EntityType.Location => 3,
        _ => 4,
    };
}
