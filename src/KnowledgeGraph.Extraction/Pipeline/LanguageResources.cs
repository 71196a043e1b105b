using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.LanguageData;
using KnowledgeGraph.Extraction.Learning;
using KnowledgeGraph.Extraction.Linking;
using KnowledgeGraph.Extraction.Matching;
using KnowledgeGraph.Extraction.Relations;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Pipeline;

/// <summary>
/// Everything the pipeline knows, loaded once from a data source and shared (read-only) by
/// every document and thread.
/// </summary>
public sealed class LanguageResources
{
    private static readonly Lazy<LanguageResources> Embedded = new(() => Load(EmbeddedDataSource.Instance));

    private LanguageResources(IDataSource source)
    {
        Source = source;
        Normalizer = new ArabicNormalizer(CharacterMap.Load(source));
        Stopwords = WordLexicon.Load(source, "lexicon/stopwords.txt", Normalizer);
        CommonWords = WordLexicon.Load(source, "lexicon/common-words.txt", Normalizer);
        DescriptiveAdjectives = WordLexicon.Load(source, "lexicon/descriptive-adjectives.txt", Normalizer);
        NameConnectors = WordLexicon.Load(source, "lexicon/name-connectors.txt", Normalizer);
        Epithets = WordLexicon.Load(source, "lexicon/epithets.txt", Normalizer);
        var vocabulary = new PhraseVocabulary();
        GivenNames = new PhraseIndex<bool>(Normalizer, vocabulary);
        foreach (var name in DataFiles.ReadList(source, "lexicon/given-names.txt"))
        {
            GivenNames.Add(name, true);
        }
        var ambiguous = DataFiles.ReadList(source, "lexicon/ambiguous-given-names.txt").ToList();
        AmbiguousGivenNames = new WordLexicon(ambiguous, Normalizer);
        AmbiguousGivenNamesWithAlefMaqsura = new WordLexicon(ambiguous.Where(name => name.EndsWith('ى')), Normalizer);
        Gazetteer = Gazetteer.Load(source, Normalizer, vocabulary);
        KnowledgeBase = KnowledgeBase.Load(source, Normalizer, Gazetteer, vocabulary);
        Transliterator = NameTransliterator.Load(source, Normalizer);
        Transliterator.AddPlaceWords(Gazetteer.Entries.Where(entry => entry.Type is KnowledgeGraph.Model.EntityType.Country or KnowledgeGraph.Model.EntityType.Location)
            .Select(entry => (entry.NameAr, entry.NameEn)));
        Cues = CueLexicon.Load(source, Normalizer, vocabulary);
        SpeechVerbs = WordLexicon.Load(source, "cues/speech-verbs.txt", Normalizer);
        Relations = RelationLexicon.Load(source, Normalizer, vocabulary);
        WordFrequencies = WordFrequencies.Load(source, "lexicon/word-frequencies.tsv");
        _model = new Lazy<ExtractionModel?>(() => ExtractionModel.Load(source));
    }

    private readonly Lazy<ExtractionModel?> _model;

    /// <summary>The trained decisions the data holds (models/extraction.json), or null when it holds none.</summary>
    public ExtractionModel? Model => _model.Value;

    /// <summary>The data embedded in the extraction assembly.</summary>
    public static LanguageResources Default => Embedded.Value;

    public static LanguageResources Load(IDataSource source) => new(source);

    public IDataSource Source { get; }
    public ArabicNormalizer Normalizer { get; }
    public WordLexicon Stopwords { get; }
    public WordLexicon CommonWords { get; }
    public WordLexicon DescriptiveAdjectives { get; }

    /// <summary>Words that describe a person after a title's nationality, outside the office (الراحل، المتشدد).</summary>
    public WordLexicon Epithets { get; }

    /// <summary>Words that join the parts of a personal name (بن، بنت، أبو، آل، عبد).</summary>
    public WordLexicon NameConnectors { get; }

    public PhraseIndex<bool> GivenNames { get; }

    /// <summary>Given names that are also ordinary words: names only where the context says so (<see cref="Entities.WordFeatures"/>).</summary>
    public WordLexicon AmbiguousGivenNames { get; }

    /// <summary>The ambiguous given names spelled with a final ى ("منى"، "هدى"): written with ي they are other words ("مني").</summary>
    public WordLexicon AmbiguousGivenNamesWithAlefMaqsura { get; }
    public Gazetteer Gazetteer { get; }

    /// <summary>Open data (GeoNames, CLDR, Petrarch) derived by tools/kb: links of gazetteer entries, places and actors it lacks.</summary>
    public KnowledgeBase KnowledgeBase { get; }

    /// <summary>English spellings of Arabic names no gazetteer holds.</summary>
    public NameTransliterator Transliterator { get; }

    public CueLexicon Cues { get; }

    /// <summary>Verbs of saying whose subject, right after them, is often a bare name ("قال بيسكوف إن").</summary>
    public WordLexicon SpeechVerbs { get; }

    public RelationLexicon Relations { get; }

    /// <summary>How common each word is in news text; rare words are where unknown names hide.</summary>
    public WordFrequencies WordFrequencies { get; }
}
