namespace KnowledgeGraph.Model;

/// <summary>A span of one document that supports a relation, with what that document reports.</summary>
/// <param name="Document">The document's name.</param>
/// <param name="Start">UTF-16 offset into the document text, inclusive.</param>
/// <param name="End">UTF-16 offset, exclusive.</param>
/// <param name="Text">Exactly the document text in [Start, End).</param>
/// <param name="Status">Whether this document reports the relation as occurred or planned.</param>
/// <param name="Date">Normalised date (yyyy-MM-dd, or yyyy-MM, or yyyy) the text gives, when it gives one.</param>
/// <param name="AttributedTo">Id of the entity (outlet or official) this document cites for the claim.</param>
/// <param name="Role">HOLDS_ROLE: the title as written.</param>
/// <param name="Charge">ACCUSED: what the accusation is about, as written.</param>
public sealed record Evidence(
    string Document,
    int Start,
    int End,
    string Text,
    RelationStatus Status,
    string? Date = null,
    string? AttributedTo = null,
    string? Role = null,
    string? Charge = null);
