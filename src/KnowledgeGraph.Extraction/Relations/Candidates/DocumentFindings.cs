using KnowledgeGraph.Extraction.Entities;

namespace KnowledgeGraph.Extraction.Relations.Candidates;

/// <summary>
/// What the frame families share while reading one document: the candidates found so far, and
/// what a later trigger looks back at.
/// </summary>
internal sealed class DocumentFindings
{
    public DocumentFindings(RelationContext context) => Candidates = new CandidateSink(context);

    public CandidateSink Candidates { get; }

    /// <summary>Accusations in reading order, for the party a denial answers.</summary>
    public List<(int Position, DocEntity Accuser)> Accusers { get; } = [];

    /// <summary>The last reception or meeting, for those who attended it ("حضر الاستقبال").</summary>
    public Gathering? LastGathering { get; set; }

    /// <summary>Where the last meeting or reception took place: the place named, and the city of a site ("بقصر السلام بجدة").</summary>
    public IReadOnlyList<EntityMention> LastMeetingPlaces { get; set; } = [];

    /// <summary>Speakers: persons who are subjects of verbs of saying, by sentence.</summary>
    public Dictionary<int, DocEntity> SpeakerBySentence { get; } = [];
}

/// <summary>
/// A reception or meeting the text has reported: the named people who took part (a host with no
/// named guest alone), the guest received (whose side later attendees may be on), and the sentence.
/// </summary>
internal sealed record Gathering(IReadOnlyList<DocEntity> Participants, DocEntity? Guest, int Sentence)
{
    /// <summary>The gathering of the people these mentions name, each once.</summary>
    public static Gathering Of(IEnumerable<EntityMention> people, DocEntity? guest, int sentence) =>
        new(people.Select(person => person.Entity!).Distinct().ToList(), guest, sentence);
}
