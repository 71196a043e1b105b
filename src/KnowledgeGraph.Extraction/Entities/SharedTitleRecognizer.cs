using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// "وزير الخارجية الأميركي جون كيري، والروسي سيرجي لافروف، والسعودي عادل الجبير"، "الرئيسين الأمريكي باراك أوباما
/// والكوبي راوول كاسترو": after a person whose title is qualified by a nationality, و with another nationality and a
/// name gives that person the same title in the other country. The name is the recognisers' or, when none found it,
/// the name words after the nationality.
/// </summary>
public sealed class SharedTitleRecognizer : IPipelineComponent
{
    private readonly NameWords _nameWords;
    private readonly NameRunReader _runs;

    public SharedTitleRecognizer(LanguageResources resources, NameWords nameWords)
    {
        _nameWords = nameWords;
        _runs = new NameRunReader(resources);
    }

    public void Process(Doc doc)
    {
        var table = MentionTable.For(doc);
        var words = _nameWords.For(doc);
        var titled = doc.Mentions
            .Where(mention => mention is { Type: EntityType.Person, Nested: false, Role: { Title.IsOffice: true, Target.Type: EntityType.Country } })
            .ToList();
        foreach (var first in titled)
        {
            var person = first;
            while (Next(doc, table, words, person) is { } next)
            {
                person = next;
            }
        }
    }

    /// <summary>The person after و and a nationality that follow <paramref name="person"/>, given its title there.</summary>
    private EntityMention? Next(Doc doc, MentionTable table, WordFeatures words, EntityMention person)
    {
        var tokens = doc.Tokens;
        var role = person.Role!;
        var k = person.EndToken;
        if (k < tokens.Count && tokens[k].Text is "،" or ",")
        {
            k++;
        }
        if (k >= tokens.Count || tokens[k].LineBreakBefore || tokens[k].Kind != TokenKind.Word || tokens[k].Text[0] != 'و'
            || table.StartingAt(k, mention => mention is { Type: EntityType.Country, Kind: MentionKind.Adjective } && mention.Start > tokens[k].Start
                                               && mention.EndToken == k + 1) is not { } nationality)
        {
            return null;
        }
        var name = NameAfter(doc, table, words, nationality.EndToken);
        if (name is null || name.Role is not null)
        {
            return null;
        }
        name.Role = new RolePhrase
        {
            FirstToken = k,
            LeadingToken = k,
            EndToken = k + 1,
            Start = nationality.Start,
            End = nationality.End,
            Title = role.Title,
            RoleText = role.RoleText,
            MinistryField = role.MinistryField,
            RoleKey = role.RoleKey,
            Target = nationality,
        };
        return name;
    }

    private EntityMention? NameAfter(Doc doc, MentionTable table, WordFeatures words, int index)
    {
        if (index >= doc.Tokens.Count || doc.Tokens[index].LineBreakBefore)
        {
            return null;
        }
        if (table.StartingAt(index, mention => mention is { Type: EntityType.Person, Kind: MentionKind.Name, Nested: false }) is { } known)
        {
            return known;
        }
        if (table.Covering(index) is not null || words.IsStopword(index))
        {
            return null;
        }
        // The construction expects a name here, so its first word may also be an ordinary word ("سامية").
        var (end, prefix) = _runs.NameRun(doc, table, words, index, allowConjunction: false, forceFirst: true);
        if (prefix != 0 || end - index < 2)
        {
            return null;
        }
        var person = NameRunReader.Person(doc, index, end, MentionSource.Title, 0);
        table.Add(person);
        return person;
    }
}
