using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// "وزارتا التعليم والصحة"، "وزارتي الداخلية والدفاع": the dual of a head noun with two fields joined by و names two
/// bodies, each the head with one field ("وزارة التعليم" and "وزارة الصحة"). The first mention is the dual with its
/// field, the second the field alone.
/// </summary>
public sealed class DualHeadRecognizer : IPipelineComponent
{
    private static readonly string[] DualEndings = ["تا", "تي", "تان", "تين"];

    private readonly LanguageResources _resources;

    public DualHeadRecognizer(LanguageResources resources) => _resources = resources;

    public void Process(Doc doc)
    {
        var table = MentionTable.For(doc);
        var tokens = doc.Tokens;
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            // The two fields first: they are cheap to check, and the dual's singular is a string built and looked up.
            if (tokens[i].Kind != TokenKind.Word || !IsField(table, tokens, i + 1, conjoined: false) || !IsField(table, tokens, i + 2, conjoined: true)
                || SingularHead(tokens[i].Text) is not var (head, prefix))
            {
                continue;
            }
            var first = tokens[i + 1].Text;
            var second = tokens[i + 2].Text[1..];
            table.Add(Body(doc, i, i + 2, tokens[i].Start + prefix, $"{head} {first}"));
            table.Add(Body(doc, i + 2, i + 3, tokens[i + 2].Start + 1, $"{head} {second}"));
            i += 2;
        }
    }

    /// <summary>The singular head a dual stands for ("وزارتا" → "وزاره"), when it heads descriptive names, and the و before it.</summary>
    private (string Head, int Prefix)? SingularHead(string word)
    {
        for (var prefix = 0; prefix <= (word[0] == 'و' ? 1 : 0); prefix++)
        {
            var stem = word[prefix..];
            foreach (var ending in DualEndings)
            {
                if (stem.Length > ending.Length + 2 && stem.EndsWith(ending, StringComparison.Ordinal)
                    && _resources.Cues.OrganizationHeads.Lookup(stem[..^ending.Length] + "ه") is [{ Takes: HeadRequirement.Descriptive }, ..])
                {
                    return (stem[..^ending.Length] + "ه", prefix);
                }
            }
        }
        return null;
    }

    /// <summary>A field: a definite word ("التعليم"), with و for the second ("والصحة"), that no mention holds.</summary>
    private static bool IsField(MentionTable table, IReadOnlyList<Token> tokens, int index, bool conjoined) =>
        tokens[index].Kind == TokenKind.Word && !tokens[index].LineBreakBefore && table.Covering(index) is null
        && tokens[index].Text.StartsWith(conjoined ? "وال" : "ال", StringComparison.Ordinal) && tokens[index].Text.Length > (conjoined ? 5 : 4);

    private static EntityMention Body(Doc doc, int first, int end, int start, string key) =>
        EntityMention.Unlisted(doc, first, end, start, EntityType.Organization, MentionSource.Head, key);
}
