using KnowledgeGraph.Extraction.Linking;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// Finds the names of places and actors open data knows (kb/places.tsv, kb/actors.tsv), proclitics allowed on the
/// first word, where no other recogniser proposed anything: the hand-made data and the cues read a span first
/// ("ليغيسي تولو" is a person although تولو is a town). Such a mention says what type of entity the name is, not
/// which one: it is keyed by its name like any other unknown entity (its id is what the name alone would give),
/// and linking picks the place or actor.
/// </summary>
public sealed class KnowledgeBaseRecognizer : IPipelineComponent
{
    private readonly KnowledgeBase _knowledgeBase;

    public KnowledgeBaseRecognizer(LanguageResources resources) => _knowledgeBase = resources.KnowledgeBase;

    public void Process(Doc doc)
    {
        var table = MentionTable.For(doc);
        var tokens = doc.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (_knowledgeBase.Forms.Match(tokens, i) is not { } match || Claimed(table, match.FirstToken, match.EndToken))
            {
                continue;
            }
            table.Add(new EntityMention
            {
                FirstToken = match.FirstToken,
                EndToken = match.EndToken,
                Start = match.Start,
                End = match.End,
                Type = match.Value.Type,
                Kind = MentionKind.Name,
                Source = MentionSource.KnowledgeBase,
                NameKey = doc.Normalized.Text[match.Start..match.End],
                NameStart = match.Start,
                NameEnd = match.End,
            });
            i = match.EndToken - 1;
        }
    }

    private static bool Claimed(MentionTable table, int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            if (table.Covering(t) is not null)
            {
                return true;
            }
        }
        return false;
    }
}
