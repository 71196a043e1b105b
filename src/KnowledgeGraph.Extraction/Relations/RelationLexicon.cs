using KnowledgeGraph.Extraction.LanguageData;
using KnowledgeGraph.Extraction.Matching;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>Where a trigger's arguments are (Data/relations/triggers.tsv explains each).</summary>
public enum Frame
{
    Visit,
    Travel,
    Arrive,
    Presence,
    Pass,
    Tour,
    Meet,
    Receive,
    Shake,
    Accompany,
    Escort,
    Delegation,
    Join,
    Accuse,
    Deny,
    Warn,
    Attend,
    Participate,
    Speak,
}

public enum TriggerTense
{
    Past,
    Present,
    Noun,
}

public sealed record TriggerInfo(RelationType Relation, Frame Frame, TriggerTense Tense, string Form);

public enum ModalityEffect
{
    Planned,
    Negated,
    Neutral,
}

public sealed record ModalityCue(string Cue, ModalityEffect Effect, bool Before);

public sealed record AttributionCue(string Cue, bool IsVerb);

public enum CalendarKind
{
    Weekday,
    Month,
    RelativeDay,
    RelativeWeek,
    RelativeMonth,
    RelativeYear,
    /// <summary>A stretch of time no date follows from, placed before (−1) or after (+1) the article: "الأيام المقبلة".</summary>
    Period,
}

public sealed record CalendarWord(string Word, CalendarKind Kind, int Value);

/// <summary>The relation cues (Data/relations/*.tsv, Data/time/calendar.tsv).</summary>
public sealed class RelationLexicon
{
    private readonly ArabicNormalizer _normalizer;

    private RelationLexicon(ArabicNormalizer normalizer, PhraseVocabulary? vocabulary)
    {
        _normalizer = normalizer;
        Modality = new PhraseIndex<ModalityCue>(normalizer, vocabulary);
        Attribution = new PhraseIndex<AttributionCue>(normalizer, vocabulary);
        Calendar = new PhraseIndex<CalendarWord>(normalizer, vocabulary);
    }

    /// <summary>Trigger phrases as normalised words, for <see cref="TriggerFinder"/>.</summary>
    public List<(string[] Tokens, TriggerInfo Info)> TriggerPhrases { get; } = [];
    public PhraseIndex<ModalityCue> Modality { get; }
    public PhraseIndex<AttributionCue> Attribution { get; }
    public PhraseIndex<CalendarWord> Calendar { get; }
    public ArgumentWords ArgumentWords { get; private set; } = null!;

    public static RelationLexicon Load(IDataSource source, ArabicNormalizer normalizer, PhraseVocabulary? vocabulary = null)
    {
        var lexicon = new RelationLexicon(normalizer, vocabulary);
        foreach (var row in DataFiles.ReadTable(source, "relations/triggers.tsv").Rows)
        {
            var relation = RelationTypes.Parse(row.Required("relation"));
            var frame = ParseEnum<Frame>(row.Required("frame"), row.Where);
            var tense = ParseEnum<TriggerTense>(row.Required("tense"), row.Where);
            foreach (var form in row.List("forms"))
            {
                var tokens = Tokenizer.Tokenize(normalizer.NormalizeKey(form)).Select(token => token.Text).ToArray();
                if (tokens.Length > 0)
                {
                    lexicon.TriggerPhrases.Add((tokens, new TriggerInfo(relation, frame, tense, tokens[0])));
                }
            }
        }
        foreach (var row in DataFiles.ReadTable(source, "relations/modality.tsv").Rows)
        {
            lexicon.Modality.Add(row.Required("cue"), new ModalityCue(
                row.Required("cue"), ParseEnum<ModalityEffect>(row.Required("effect"), row.Where), row.Required("scope") == "before"));
        }
        foreach (var row in DataFiles.ReadTable(source, "relations/attribution.tsv").Rows)
        {
            lexicon.Attribution.Add(row.Required("cue"), new AttributionCue(row.Required("cue"), row.Required("kind") == "verb"));
        }
        foreach (var row in DataFiles.ReadTable(source, "time/calendar.tsv").Rows)
        {
            var kind = ParseEnum<CalendarKind>(row.Required("kind"), row.Where);
            if (!int.TryParse(row.Required("value"), out var value))
            {
                throw new InvalidDataException($"{row.Where}: value '{row["value"]}' is not a number.");
            }
            lexicon.Calendar.Add(row.Required("word"), new CalendarWord(row.Required("word"), kind, value));
        }
        lexicon.ArgumentWords = ArgumentWords.Load(source, normalizer);
        return lexicon;
    }

    private static T ParseEnum<T>(string text, string where) where T : struct, Enum =>
        Enum.TryParse<T>(text.Replace("-", "").Replace("_", ""), ignoreCase: true, out var value)
            ? value
            : throw new InvalidDataException($"{where}: '{text}' is not one of {string.Join(", ", Enum.GetNames<T>())}.");
}
