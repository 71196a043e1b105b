using KnowledgeGraph.Export;
using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Export.Formats;

/// <summary>The graphs every format is tested on, and helpers to export them.</summary>
internal static class FormatGraphs
{
    /// <summary>Short articles of my own: visits, a meeting, offices, a warning, a denial.</summary>
    internal static readonly (string Name, string Text)[] Articles =
    [
        ("rabat.txt", "جولة إقليمية\nزار الرئيس الفرنسي إيمانويل ماكرون العاصمة المغربية الرباط يوم الأحد، والتقى العاهل المغربي الملك محمد السادس في القصر الملكي."),
        ("tokyo.txt", "قمة في طوكيو\nيزور رئيس الوزراء الهندي ناريندرا مودي اليابان الشهر المقبل، ومن المتوقع أن يلتقي رئيس الوزراء الياباني في طوكيو."),
        ("ankara.txt", "تحذير تركي\nحذّر وزير الخارجية التركي هاكان فيدان من تصعيد جديد في المنطقة، وقال إن \"الحوار\" هو الطريق الوحيد."),
        ("berlin.json#0", "زيارة رسمية\nوصل المستشار الألماني أولاف شولتس إلى بكين، حيث التقى الرئيس الصيني شي جين بينغ، ونفت الخارجية الصينية أي خلاف بين البلدين."),
    ];

    public static GraphSnapshot Hand() => SampleGraphs.Both();

    public static GraphSnapshot Pipeline()
    {
        var builder = new GraphBuilder();
        foreach (var graph in PipelineGraphs())
        {
            builder.Add(graph);
        }
        return builder.Build();
    }

    /// <summary>Each of <see cref="Articles"/> as the pipeline extracts it.</summary>
    public static IReadOnlyList<DocumentGraph> PipelineGraphs() =>
        Articles.Select(article => Extract.Text(article.Text, article.Name, new DateOnly(2024, 5, 12))).ToList();

    /// <summary>Awkward values by hand: delimiters, quotes of both kinds, backslashes, line breaks, markup, Arabic.</summary>
    public const string TrickyName = "a, \"b\"; it's\\n <c>&amp;";
    public const string TrickyText = "قال: \"لا\"، ثم;\r\nأضاف 'نعم' \\ بعد، <ذلك> & انتهى";
    public const string TrickyAlias = "الاسم; المستعار، \"الثاني\"";
    public const string TrickyDocument = "مقال, \"خاص\".txt";

    public static GraphSnapshot Tricky()
    {
        var document = new DocumentInfo("00ff", TrickyDocument, "عنوان، \"مقتبس\"\tو'مفرد'", "ar", new DateOnly(2023, 1, 2), "وكالة; أنباء", "https://example.org/a?b=1&c=\"2\"");
        var plain = new DocumentInfo("11ee", "plain.txt", "", "ar");

        var person = new Entity("person_one", EntityType.Person, TrickyName, "شخص \"أول\"");
        person.AddAlias(TrickyAlias);
        person.AddAlias("شخص");
        person.Mentions.Add(new Mention(TrickyDocument, 10, 14, "شخص;", MentionKind.Name));
        person.Mentions.Add(new Mention(TrickyDocument, 2, 5, "هو\n", MentionKind.Descriptor));
        person.Mentions.Add(new Mention("plain.txt", 0, 3, "شخص"));

        var place = new Entity("place,two", EntityType.Location, "", "مكان 'ثانٍ'");
        place.Mentions.Add(new Mention(TrickyDocument, 20, 24, "مكان"));
        var country = new Entity("country_three", EntityType.Country, "Country", "بلد");
        country.Mentions.Add(new Mention(TrickyDocument, 30, 35, "العاصمة", MentionKind.Metonym));
        var bare = new Entity("event_four", EntityType.Event, "Event", "حدث");

        var visit = new Relation(RelationType.Visited, "person_one", "place,two");
        visit.Evidence.Add(new Evidence(TrickyDocument, 0, 40, TrickyText, RelationStatus.Planned, "2023-01", "country_three", null, null));
        visit.Evidence.Add(new Evidence("plain.txt", 0, 3, "شخص", RelationStatus.Occurred, "2022"));
        var accused = new Relation(RelationType.Accused, "country_three", "person_one");
        accused.Evidence.Add(new Evidence(TrickyDocument, 5, 9, "اتهم", RelationStatus.Occurred, Charge: "بـ\"التدخل\"; والتحريض"));
        var met = new Relation(RelationType.Met, "place,two", "person_one");

        return new GraphSnapshot([document, plain], [country, bare, person, place], [accused, met, visit]);
    }

    public static IEnumerable<(string Name, GraphSnapshot Graph)> All() =>
        [("hand", Hand()), ("tricky", Tricky()), ("pipeline", Pipeline())];

    public static GraphSnapshot Named(string name) => All().Single(graph => graph.Name == name).Graph;

    public static TheoryData<string> GraphNames => ["hand", "tricky", "pipeline"];

    public static async Task<byte[]> ExportAsync(IGraphExporter exporter, GraphSnapshot graph)
    {
        using var stream = new MemoryStream();
        await exporter.WriteAsync(graph, stream);
        return stream.ToArray();
    }

    public static async Task<string> ExportTextAsync(IGraphExporter exporter, GraphSnapshot graph) =>
        new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(await ExportAsync(exporter, graph));
}

/// <summary>A folder under the temporary directory, deleted with its contents at the end of a test.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kg-export-" + Guid.NewGuid().ToString("N"));

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
