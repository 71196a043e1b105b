namespace KnowledgeGraph.Model;

/// <summary>How a mention refers to its entity.</summary>
public enum MentionKind
{
    /// <summary>A proper name, in full or as a listed variant.</summary>
    Name,
    /// <summary>Part of a name already given in full in the article ("كيم", "جونغ أون").</summary>
    ShortName,
    /// <summary>A title tied to the entity by the article ("الزعيم الكوري الشمالي").</summary>
    Descriptor,
    /// <summary>A capital standing for its government ("واشنطن حذرت").</summary>
    Metonym,
    /// <summary>A nationality adjective that a relation needed as its argument ("الروسي").</summary>
    Adjective,
}

/// <summary>One place in one document where an entity is referred to.</summary>
/// <param name="Document">The document's name.</param>
/// <param name="Start">UTF-16 offset into the document text (BOM removed), inclusive.</param>
/// <param name="End">UTF-16 offset, exclusive.</param>
/// <param name="Text">Exactly the document text in [Start, End).</param>
public sealed record Mention(string Document, int Start, int End, string Text, MentionKind Kind = MentionKind.Name);

public static class MentionKinds
{
    public static string ToWire(MentionKind kind) => kind switch
    {
        MentionKind.ShortName => "short",
        MentionKind.Descriptor => "descriptor",
        MentionKind.Metonym => "metonym",
        MentionKind.Adjective => "adjective",
        _ => "name",
    };

    public static MentionKind Parse(string? text) => text switch
    {
        "short" => MentionKind.ShortName,
        "descriptor" => MentionKind.Descriptor,
        "metonym" => MentionKind.Metonym,
        "adjective" => MentionKind.Adjective,
        _ => MentionKind.Name,
    };
}
