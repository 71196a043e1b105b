using KnowledgeGraph.Extraction.Linking;
using KnowledgeGraph.Extraction.Matching;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// Finds the names of places and actors open data knows (kb/places.tsv, kb/actors.tsv), proclitics allowed on the
/// first word, where no other recogniser proposed anything: the hand-made data and the cues read a span first
/// ("ليغيسي تولو" is a person although تولو is a town). Such a mention says what type of entity the name is, not
/// which one: it is keyed by its name like any other unknown entity (its id is what the name alone would give),
/// and linking picks the place or actor. With a learned mention decision it is one more proposal to judge, with no
/// more weight than a generated extent (<see cref="Decision.MentionDecision"/>).
/// <para>
/// Open-data names are also family names and parts of longer names, so a form is left alone, in the whole article,
/// where the article writes it as part of another name: after a given name, a name connector or a title ("علي
/// الأحمدي"، "اللواء الأحمدي"), or followed by a further name word no recogniser claimed ("وست بروميتش ألبيون", not
/// "حصيبة وجويبة"). A
/// place name right after a verb of saying ("وأضاف الأحمدي") is a speaker, not a place.
/// </para>
/// </summary>
public sealed class KnowledgeBaseRecognizer : IPipelineComponent
{
    private readonly LanguageResources _resources;
    private readonly KnowledgeBase _knowledgeBase;
    private readonly NameWords _nameWords;

    public KnowledgeBaseRecognizer(LanguageResources resources, NameWords nameWords)
    {
        _resources = resources;
        _knowledgeBase = resources.KnowledgeBase;
        _nameWords = nameWords;
    }

    public void Process(Doc doc)
    {
        var table = MentionTable.For(doc);
        var words = _nameWords.For(doc);
        var tokens = doc.Tokens;
        var found = new List<(PhraseMatch<KnowledgeBaseForm> Match, string Key)>();
        var otherNames = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (_knowledgeBase.Forms.Match(tokens, i) is not { } match)
            {
                continue;
            }
            var key = doc.Normalized.Text[match.Start..match.End];
            if (PartOfAnotherName(doc, words, table, match))
            {
                otherNames.Add(key);
            }
            else if (!Claimed(table, match.FirstToken, match.EndToken))
            {
                found.Add((match, key));
            }
            i = match.EndToken - 1;
        }
        foreach (var (match, key) in found)
        {
            if (otherNames.Contains(key))
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
                NameKey = key,
                NameStart = match.Start,
                NameEnd = match.End,
            });
        }
    }

    private bool PartOfAnotherName(Doc doc, WordFeatures words, MentionTable table, PhraseMatch<KnowledgeBaseForm> match)
    {
        var tokens = doc.Tokens;
        var first = match.FirstToken;
        // A proclitic on the first word ("وتينيسي") starts a new phrase; a bare first word may continue the one before.
        var bare = match.Start == tokens[first].Start;
        if (bare && first > 0 && !tokens[first].LineBreakBefore && tokens[first - 1].Kind == TokenKind.Word)
        {
            var previous = first - 1;
            if (words.IsConnector(previous) || EndsGivenName(words, previous) || EndsTitle(tokens, words, previous)
                || match.Value.Type == EntityType.Location && words.IsSpeechVerb(previous))
            {
                return true;
            }
        }
        // "وجويبة" after "حصيبة" is a second name (و: and), not more of the first.
        var next = match.EndToken;
        return next < tokens.Count && !tokens[next].LineBreakBefore && table.Covering(next) is null && words.IsNameWord(next, first: false)
               && words.FrequencyLevel(next) <= Candidates.MentionCandidateGenerator.UncommonLevel
               && !(tokens[next].Text.Length > 3 && tokens[next].Text[0] == 'و');
    }

    /// <summary>Whether a given name ends at this token ("علي"، "عبد الله").</summary>
    private static bool EndsGivenName(WordFeatures words, int index)
    {
        for (var start = Math.Max(0, index - 2); start <= index; start++)
        {
            if (words.GivenNameLength(start) is var length and > 0 && start + length == index + 1)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a title phrase ends at this token ("اللواء"، "وزير الخارجية").</summary>
    private bool EndsTitle(IReadOnlyList<Token> tokens, WordFeatures words, int index)
    {
        for (var start = Math.Max(0, index - 3); start <= index; start++)
        {
            if (words.StartsTitle(start) && _resources.Cues.Titles.Match(tokens, start) is { } title && title.EndToken == index + 1)
            {
                return true;
            }
        }
        return false;
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
