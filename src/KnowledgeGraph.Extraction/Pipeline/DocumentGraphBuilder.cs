using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Linking;
using KnowledgeGraph.Extraction.Relations;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction.Pipeline;

/// <summary>
/// Turns an annotated document into its contribution to the graph: entities with stable ids
/// (gazetteer ids, or ids derived from the type and name skeleton of unknown ones), their
/// mentions in original offsets, and relations with their evidence. With a linker, every entity gets an English name
/// and its links to open data; without one, unknown entities keep their Arabic names.
/// </summary>
public sealed class DocumentGraphBuilder
{
    private readonly EntityLinker? _linker;

    public DocumentGraphBuilder(EntityLinker? linker = null) => _linker = linker;

    public DocumentGraph Build(Doc doc)
    {
        var info = new DocumentInfo(
            DocumentId(doc.Article.Text),
            doc.Name,
            doc.Article.Title,
            "ar",
            doc.Date,
            doc.Article.Source,
            doc.Article.Url);

        foreach (var entity in doc.Entities)
        {
            entity.Id = entity.Known?.Id ?? EntityKeys.UnknownId(entity.Type, NameKey(entity));
        }

        var usedAsArgument = new HashSet<EntityMention>();
        var related = new HashSet<DocEntity>();
        foreach (var relation in doc.Relations)
        {
            related.Add(relation.Source);
            related.Add(relation.Target);
            if (relation.SourceMention is { } source)
            {
                usedAsArgument.Add(source);
            }
            if (relation.TargetMention is { } target)
            {
                usedAsArgument.Add(target);
            }
        }

        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var countries = _linker?.CountriesOf(doc) ?? ArticleCountries.Empty;
        foreach (var docEntity in doc.Entities)
        {
            var named = docEntity.IsNamed;
            if (!named && !related.Contains(docEntity) && !IsStateReferredToByItsNoun(docEntity))
            {
                continue;
            }
            var mentions = docEntity.Mentions
                .Where(mention => mention.Kind != MentionKind.Adjective && !mention.Weak || usedAsArgument.Contains(mention) && (mention.Weak || !named))
                .ToList();
            if (mentions.Count == 0)
            {
                mentions = docEntity.Mentions.Where(mention => mention.Kind == MentionKind.Adjective).Take(1).ToList();
            }
            if (!entities.TryGetValue(docEntity.Id, out var entity))
            {
                var (name, nameAr, links) = Names(doc, docEntity, countries);
                entity = new Entity(docEntity.Id, docEntity.Type, name, nameAr) { Links = links };
                entity.AddAlias(nameAr);
                entities.Add(docEntity.Id, entity);
            }
            foreach (var mention in mentions.OrderBy(mention => mention.Start))
            {
                var (start, end) = doc.ToOriginal(mention.Start, mention.End);
                var text = doc.Article.Text[start..end];
                entity.Mentions.Add(new Mention(doc.Name, start, end, text, mention.Kind));
                // A capital standing for its state is a mention of the state, but the capital's name is not the state's.
                if (mention.Kind != MentionKind.Metonym)
                {
                    entity.AddAlias(AliasOf(text));
                    // The bare name inside a longer mention was seen too ("نوفوستي" in 'وكالة "نوفوستي" الروسية').
                    if (mention.Source == MentionSource.Head && mention.NameEnd > mention.NameStart
                        && (mention.NameStart != mention.Start || mention.NameEnd != mention.End))
                    {
                        var (nameStart, nameEnd) = doc.ToOriginal(mention.NameStart, mention.NameEnd);
                        entity.AddAlias(AliasOf(doc.Article.Text[nameStart..nameEnd].Trim()));
                    }
                }
            }
        }

        var relations = new List<Relation>();
        foreach (var candidate in doc.Relations)
        {
            if (!entities.ContainsKey(candidate.Source.Id) || !entities.ContainsKey(candidate.Target.Id) || candidate.Source.Id == candidate.Target.Id)
            {
                continue;
            }
            var relation = new Relation(candidate.Type, candidate.Source.Id, candidate.Target.Id);
            var (start, end) = doc.ToOriginal(candidate.EvidenceStart, candidate.EvidenceEnd);
            relation.Evidence.Add(new Evidence(
                doc.Name, start, end, doc.Article.Text[start..end], candidate.Status,
                candidate.Date, candidate.AttributedTo?.Id, candidate.Role, candidate.Charge));
            relations.Add(relation);
        }
        // Two candidates can meet on one id (a symmetric pair read both ways): keep one relation per id.
        var merged = relations.GroupBy(relation => relation.Id).Select(group =>
        {
            var first = group.First();
            if (group.Count() > 1 && first.Status == RelationStatus.Planned && group.FirstOrDefault(other => other.Status == RelationStatus.Occurred) is { } occurred)
            {
                return occurred;
            }
            return first;
        }).ToList();

        return new DocumentGraph(info, entities.Values.ToList(), merged);
    }

    /// <summary>SHA-256 (hex) of the article text in NFC with LF line ends: changes exactly when the text does.</summary>
    public static string DocumentId(string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Normalize(NormalizationForm.FormC);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }

    private static string NameKey(DocEntity entity) =>
        entity.Canonical?.NameKey ?? entity.Mentions.Select(mention => mention.NameKey).FirstOrDefault(key => key is not null) ?? entity.Key;

    private (string Name, string NameAr, EntityLinks Links) Names(Doc doc, DocEntity entity, ArticleCountries countries)
    {
        string nameAr;
        string? composedEn = null;
        if (entity.Known is { } known)
        {
            nameAr = known.NameAr;
        }
        else
        {
            var canonical = entity.Canonical ?? entity.Mentions[0];
            var (start, end) = doc.ToOriginal(canonical.NameStart, canonical.NameEnd);
            nameAr = AliasOf(doc.Article.Text[start..end].Trim());
            composedEn = canonical.DisplayEn;
        }
        if (_linker is null)
        {
            return (entity.Known?.NameEn ?? composedEn ?? nameAr, nameAr, EntityLinks.None);
        }
        var (name, links) = _linker.Link(entity, nameAr, composedEn, countries);
        return (name, nameAr, links);
    }

    /// <summary>"للولايات المتحدة" is written as the name with its article back: "الولايات المتحدة".</summary>
    private static string AliasOf(string text) =>
        text.StartsWith("لل", StringComparison.Ordinal) && text.Length > 3 ? "ال" + text[2..] : text;

    /// <summary>
    /// A state the article calls only by its noun ("المملكة"): not named, yet the article is about it, and
    /// readers (and annotators) list it as the state with that noun as its alias.
    /// </summary>
    private static bool IsStateReferredToByItsNoun(DocEntity entity) =>
        entity.Type == EntityType.Country && entity.Known is not null && entity.Mentions.Any(mention => mention.Kind == MentionKind.Descriptor);
}
