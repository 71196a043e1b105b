namespace KnowledgeGraph.Model;

/// <summary>An ingested article as the graph records it.</summary>
/// <param name="Id">SHA-256 (lower-case hex) of the article's normalised text: changes when the text changes.</param>
/// <param name="Name">The article's stable name (its file name, or file#index for article arrays): the key an edited version replaces.</param>
/// <param name="Title">First line or headline.</param>
/// <param name="Language">ISO 639-1 code of the text ("ar").</param>
/// <param name="Date">Publication date when known; relative dates in the text are resolved against it.</param>
/// <param name="Source">The outlet the article came from, when the input says.</param>
/// <param name="Url">Where the article was published, when the input says.</param>
public sealed record DocumentInfo(
    string Id,
    string Name,
    string Title,
    string Language,
    DateOnly? Date = null,
    string? Source = null,
    string? Url = null);
