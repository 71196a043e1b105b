using System.Text.Json;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Evaluation;

public sealed record GoldEntity(string Id, string Type, string NameEn, IReadOnlyList<string> Aliases);

public sealed record GoldRelation(
    RelationType Type,
    string Source,
    string Target,
    RelationStatus Status,
    string Evidence,
    IReadOnlyList<string> SourceAlt,
    IReadOnlyList<string> TargetAlt,
    bool Uncertain,
    string? Role,
    string? Charge);

/// <summary>One hand-annotated article (shared/gold/GUIDELINES.md).</summary>
public sealed record GoldDocument(string Doc, IReadOnlyList<GoldEntity> Entities, IReadOnlyList<GoldRelation> Relations)
{
    public static GoldDocument Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = document.RootElement;
        var entities = root.GetProperty("entities").EnumerateArray().Select(item => new GoldEntity(
            item.GetProperty("id").GetString()!,
            item.GetProperty("type").GetString()!,
            item.TryGetProperty("name_en", out var name) ? name.GetString() ?? "" : "",
            item.GetProperty("aliases").EnumerateArray().Select(alias => alias.GetString()!).ToList())).ToList();
        var relations = root.GetProperty("relations").EnumerateArray().Select(item => new GoldRelation(
            RelationTypes.Parse(item.GetProperty("type").GetString()!),
            item.GetProperty("source").GetString()!,
            item.GetProperty("target").GetString()!,
            RelationStatuses.Parse(item.GetProperty("status").GetString()!),
            item.TryGetProperty("evidence", out var evidence) ? evidence.GetString() ?? "" : "",
            Strings(item, "source_alt"),
            Strings(item, "target_alt"),
            item.TryGetProperty("uncertain", out var uncertain) && uncertain.ValueKind == JsonValueKind.True,
            item.TryGetProperty("role", out var role) ? role.GetString() : null,
            item.TryGetProperty("charge", out var charge) ? charge.GetString() : null)).ToList();
        return new GoldDocument(root.GetProperty("doc").GetString()!, entities, relations);
    }

    /// <summary>Every *.json gold file of a folder, by document name.</summary>
    public static IReadOnlyList<GoldDocument> LoadFolder(string folder) =>
        Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(Load).ToList();

    private static IReadOnlyList<string> Strings(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(element => element.GetString()!).ToList()
            : [];
}
