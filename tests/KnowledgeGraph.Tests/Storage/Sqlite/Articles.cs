using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Storage.Sqlite;

/// <summary>Articles written for these tests, run through the real extraction pipeline.</summary>
internal static class Articles
{
    public const string VisitAndMeeting =
        "ماكرون في الجزائر\nوصل الرئيس الفرنسي إيمانويل ماكرون إلى الجزائر يوم الأحد في زيارة رسمية. والتقى ماكرون الرئيس الجزائري عبد المجيد تبون.";

    public const string VisitOnly =
        "ماكرون في الجزائر\nوصل الرئيس الفرنسي إيمانويل ماكرون إلى الجزائر يوم الأحد في زيارة رسمية.";

    public const string OtherVisit =
        "زيارة فرنسية\nوصل الرئيس الفرنسي إيمانويل ماكرون إلى الجزائر أمس.";

    public const string PyongyangApart = "كيم في العاصمة\nوصل الزعيم الكوري الشمالي كيم جونغ أون إلى بيونغ يانغ.";

    public const string PyongyangJoined = "عودة كيم\nوصل الزعيم الكوري الشمالي كيم جونغ أون إلى بيونغيانغ.";

    public const string StationLong = "جولة لافروف\nوزار وزير الخارجية الروسي سيرغي لافروف محطة كاراسوك أمس.";

    public const string StationShort = "القطار يتوقف\nتوقف القطار في محطة كرسوك الحدودية.";

    public static DocumentGraph Graph(string text, string name, DateOnly? date = null) => Extract.Text(text, name: name, date: date);

    /// <summary>
    /// A small corpus with every kind of field: the repository's sample articles (roles, charges, attribution,
    /// dates), and articles written here, some dated, two naming one place in two spellings.
    /// </summary>
    public static IReadOnlyList<DocumentGraph> Corpus()
    {
        var graphs = new List<DocumentGraph>
        {
            Graph(VisitAndMeeting, "a.txt", new DateOnly(2024, 3, 10)),
            Graph(OtherVisit, "b.txt"),
            Graph(PyongyangApart, "c.txt"),
            Graph(PyongyangJoined, "d.txt", new DateOnly(2023, 9, 12)),
            Graph(StationLong, "e.txt"),
            Graph(StationShort, "f.txt"),
        };
        var samples = Path.Combine(SharedData.RepositoryRoot, "samples");
        foreach (var file in Directory.EnumerateFiles(samples, "*.txt").Order(StringComparer.Ordinal))
        {
            graphs.Add(Graph(File.ReadAllText(file), Path.GetFileName(file)));
        }
        return graphs;
    }
}
