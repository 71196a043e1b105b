using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Storage.Neo4j;

/// <summary>Short articles written for these tests, run through the real extractor.</summary>
internal static class Neo4jArticles
{
    public const string PutinInChina = "زار الرئيس الروسي فلاديمير بوتين الصين أمس والتقى الرئيس الصيني شي جين بينغ في بكين.";

    /// <summary>خاسان here, خسان in <see cref="TrainInKhasan"/>: one entity, location_khsn.</summary>
    public const string KimAtKhasan = "وصل الزعيم الكوري الشمالي كيم جونغ أون إلى محطة خاسان الحدودية على متن قطاره المصفح.";

    public const string TrainInKhasan = "وأفادت وكالة إنترفاكس بأن القطار توقف في محطة خسان قبل أن يواصل طريقه إلى فلاديفوستوك.";

    public const string KimInKhasan = "زار كيم جونغ أون مدينة خسان الروسية.";

    public const string BlinkenInRiyadh = "التقى وزير الخارجية السعودي فيصل بن فرحان نظيره الأمريكي أنتوني بلينكن في الرياض.";

    /// <summary>A name written to break out of a Cypher string, were it ever pasted into one.</summary>
    public const string HostileName = "x'}) DETACH DELETE n // \"`.txt";

    public static DocumentGraph Article(string name, string body, DateOnly? date = null) => Extract.Text(body, name, date);

    /// <summary>Every string of an article: names, ids, texts, aliases, roles... (to look for in statements).</summary>
    public static IEnumerable<string> Strings(DocumentGraph graph)
    {
        var document = graph.Document;
        IEnumerable<string?> all =
        [
            document.Name, document.Id, document.Title, document.Source, document.Url,
            .. graph.Entities.SelectMany(entity => new[] { entity.Id, entity.Name, entity.NameAr }.Concat(entity.Aliases).Concat(entity.Mentions.Select(mention => mention.Text))),
            .. graph.Relations.SelectMany(relation => new[] { relation.Id, relation.Source, relation.Target }
                .Concat(relation.Evidence.SelectMany(item => new[] { item.Text, item.Date, item.AttributedTo, item.Role, item.Charge }))),
        ];
        return all.OfType<string>().Where(text => text.Length > 2).Distinct(StringComparer.Ordinal);
    }
}
