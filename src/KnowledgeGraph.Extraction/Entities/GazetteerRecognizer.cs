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
    private readonly NameWords _nameWords;

    public GazetteerRecognizer(LanguageResources resources, NameWords nameWords)
    {
        _gazetteer = resources.Gazetteer;
        _nameWords = nameWords;
    }

    public void Process(Doc doc)
    {
        var table = MentionTable.For(doc);
        var tokens = doc.Tokens;
        var words = _nameWords.For(doc);
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
            if (PartOfLongerLineage(form, match.FirstToken, match.EndToken, tokens, words))
            {
                continue;
            }
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

    /// <summary>
    /// A form a lineage goes on after is part of another name. The gazetteer lists a known person's lineages, so a
    /// lineage past the listed ones is someone else's ("الأمير محمد بن فهد بن محمد بن عبدالرحمن" is not the known
    /// محمد بن فهد; "الأمير تركي بن عبدالله الفيصل بن عبدالعزيز" is not the known تركي بن عبدالله); and a one-word
    /// nationality adjective before بن is a given name ("الأمير تركي بن بدر").
    /// </summary>
    private static bool PartOfLongerLineage(GazetteerForm form, int first, int end, IReadOnlyList<Text.Token> tokens, WordFeatures words)
    {
        if (form.Entry.Type != EntityType.Person && !(form.Kind == GazetteerFormKind.Adjective && end - first == 1))
        {
            return false;
        }
        var connector = end;
        // "تركي بن عبدالله الفيصل بن عبدالعزيز": one family word may stand between the known form and the lineage.
        if (form.Entry.Type == EntityType.Person && connector + 1 < tokens.Count && !tokens[connector].LineBreakBefore
            && !IsLineageConnector(tokens[connector]) && words.IsNameWord(connector, first: false) && !words.IsCommon(connector))
        {
            connector++;
        }
        return connector + 1 < tokens.Count && IsLineageConnector(tokens[connector]) && !tokens[connector].LineBreakBefore
               && !tokens[connector + 1].LineBreakBefore && words.IsNameWord(connector + 1, first: false);
    }

    /// <summary>"بن"، "بنت"، "ابن"، "ابنة": the words that name a father (not أبو or آل, which may follow a name as a byname).</summary>
    private static bool IsLineageConnector(Text.Token token) => token.Text is "بن" or "بنت" or "ابن" or "ابنة";

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
