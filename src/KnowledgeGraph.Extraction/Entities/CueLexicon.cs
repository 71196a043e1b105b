using KnowledgeGraph.Extraction.LanguageData;
using KnowledgeGraph.Extraction.Matching;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Entities;

public enum TitleClass
{
    Leader,
    Royal,
    Nobility,
    Government,
    Minister,
    Official,
    Diplomat,
    Spokesperson,
    Governor,
    Military,
    Religious,
    Judicial,
    Executive,
    Occupation,
    Honorific,
    Modifier,
    Postmodifier,
    Counterpart,
}

public enum GrammaticalNumber
{
    Singular,
    Dual,
    Plural,
}

/// <summary>A title from Data/cues/person-titles.tsv.</summary>
/// <param name="Form">As written in the data.</param>
/// <param name="Singular">The form reported in a role (the singular of a dual or plural).</param>
public sealed record TitleInfo(string Form, string Singular, TitleClass Class, GrammaticalNumber Number, bool Feminine)
{
    /// <summary>Titles that are offices someone holds in a state or a body (HOLDS_ROLE), unlike honorifics and occupations.</summary>
    public bool IsOffice => Class is not (TitleClass.Honorific or TitleClass.Occupation or TitleClass.Modifier or TitleClass.Postmodifier or TitleClass.Counterpart);
}

public enum HeadRequirement
{
    Descriptive,
    /// <summary>Descriptive words, or the person the event is named after ("كأس خادم الحرمين الشريفين"، "دوري عبداللطيف جميل").</summary>
    Eponym,
    Name,
    Any,
    Nationality,
    /// <summary>The head names a state's body on its own ("النيابة العامة"، "المحكمة العليا"); a nationality, a place or a لل-complement may follow.</summary>
    Complete,
}

/// <summary>Whether a place head belongs to the name it introduces (Data/cues/place-heads.tsv).</summary>
public enum HeadTransparency
{
    /// <summary>The head is part of the name ("مطار بيونغ يانغ الدولي").</summary>
    None,
    /// <summary>Part of the name unless only a bare name follows ("محطة خاسان" is خاسان).</summary>
    Bare,
    /// <summary>Never part of the name, which ends after the bare name ("مدينة خاسان الحدودية").</summary>
    Always,
}

/// <summary>A head noun of an organisation, place or event name.</summary>
public sealed record HeadInfo(string Head, string NameEn, string Kind, HeadRequirement Takes, HeadTransparency Transparency, bool Definite)
{
    public int WordCount { get; } = Head.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}

/// <summary>The cue words that introduce names no list holds (Data/cues).</summary>
public sealed class CueLexicon
{
    private CueLexicon(ArabicNormalizer normalizer, PhraseVocabulary? vocabulary)
    {
        Titles = new PhraseIndex<TitleInfo>(normalizer, vocabulary);
        OrganizationHeads = new PhraseIndex<HeadInfo>(normalizer, vocabulary);
        PlaceHeads = new PhraseIndex<HeadInfo>(normalizer, vocabulary);
        EventHeads = new PhraseIndex<HeadInfo>(normalizer, vocabulary);
        StateNouns = new PhraseIndex<StateNoun>(normalizer, vocabulary);
    }

    public PhraseIndex<TitleInfo> Titles { get; }
    public PhraseIndex<HeadInfo> OrganizationHeads { get; }
    public PhraseIndex<HeadInfo> PlaceHeads { get; }
    public PhraseIndex<HeadInfo> EventHeads { get; }

    /// <summary>"المملكة": a noun that stands for one of its states (gazetteer ids) the article names, else for the home state.</summary>
    public PhraseIndex<StateNoun> StateNouns { get; }

    public static CueLexicon Load(IDataSource source, ArabicNormalizer normalizer, PhraseVocabulary? vocabulary = null)
    {
        var cues = new CueLexicon(normalizer, vocabulary);
        foreach (var row in DataFiles.ReadTable(source, "cues/person-titles.tsv").Rows)
        {
            var form = row.Required("form");
            var singular = row["singular"];
            var info = new TitleInfo(
                form,
                singular.Length > 0 ? singular : form,
                ParseEnum<TitleClass>(row.Required("class"), row.Where),
                ParseEnum<GrammaticalNumber>(row.Required("number"), row.Where),
                row["gender"] == "f");
            cues.Titles.Add(form, info);
        }
        foreach (var row in DataFiles.ReadTable(source, "cues/organization-heads.tsv").Rows)
        {
            cues.OrganizationHeads.Add(row.Required("head"), Head(row, HeadTransparency.None));
        }
        foreach (var row in DataFiles.ReadTable(source, "cues/place-heads.tsv").Rows)
        {
            cues.PlaceHeads.Add(row.Required("head"), Head(row, row["transparent"] switch
            {
                "yes" => HeadTransparency.Always,
                "bare" => HeadTransparency.Bare,
                _ => HeadTransparency.None,
            }));
        }
        foreach (var row in DataFiles.ReadTable(source, "cues/event-heads.tsv").Rows)
        {
            cues.EventHeads.Add(row.Required("head"), Head(row, HeadTransparency.None));
        }
        foreach (var row in DataFiles.ReadTable(source, "cues/state-nouns.tsv").Rows)
        {
            cues.StateNouns.Add(row.Required("noun"), new StateNoun(row.List("states"), row["otherwise"].Length > 0 ? row["otherwise"] : null));
        }
        return cues;
    }

    private static HeadInfo Head(TsvRow row, HeadTransparency transparency)
    {
        var head = row.Required("head");
        var takes = row["takes"].Length == 0 ? HeadRequirement.Name : ParseEnum<HeadRequirement>(row["takes"], row.Where);
        return new HeadInfo(head, row["name_en"], row["kind"], takes, transparency, head.StartsWith("ال", StringComparison.Ordinal));
    }

    private static T ParseEnum<T>(string text, string where) where T : struct, Enum =>
        Enum.TryParse<T>(text.Replace("_", ""), ignoreCase: true, out var value)
            ? value
            : throw new InvalidDataException($"{where}: '{text}' is not one of {string.Join(", ", Enum.GetNames<T>())}.");
}

/// <summary>A noun standing for a state: the states it can mean, and the one it means when the article names none.</summary>
public sealed record StateNoun(IReadOnlyList<string> States, string? Otherwise);
