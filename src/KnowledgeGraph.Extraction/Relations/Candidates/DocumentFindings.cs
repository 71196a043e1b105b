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

    /// <summary>The host, guest and position of the last reception or meeting, for "حضر الاستقبال".</summary>
    public (DocEntity Host, DocEntity Guest, int Position)? LastReception { get; set; }

    /// <summary>Where the last meeting or reception took place.</summary>
    public EntityMention? LastMeetingPlace { get; set; }

    /// <summary>Speakers: persons who are subjects of verbs of saying, by sentence.</summary>
    public Dictionary<int, DocEntity> SpeakerBySentence { get; } = [];
}
