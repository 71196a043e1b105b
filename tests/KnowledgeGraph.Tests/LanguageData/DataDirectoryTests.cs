using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.LanguageData;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Reading;
using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.Reading;

namespace KnowledgeGraph.Tests.LanguageData;

/// <summary>Running with a copy of the data folder (Extraction:DataDirectory / --data) instead of the embedded data.</summary>
public sealed class DataDirectoryTests : IDisposable
{
    // A country that does not exist, so no real data can already name it.
    private const string NewCountryRow = "freedonia\tFreedonia\tفريدونيا\t\tفريدوني|فريدونية\t";
    private const string NewCountrySentence = "وصل وزير الخارجية إلى فريدونيا صباح اليوم في زيارة رسمية.";

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private string CopyOfData() => _temp.CopyFolder(DataFolder.Path, "Data");

    private static DocumentGraph ExtractWith(LanguageResources resources, string body) =>
        new ExtractionPipeline(resources).Extract(Article.FromText("test.txt", "خبر\n" + body));

    [Fact]
    public void Copy_of_the_data_folder_loads_the_same_resources()
    {
        var copy = LanguageResources.Load(new DirectoryDataSource(CopyOfData()));
        var embedded = LanguageResources.Default;

        // Counts of every lexicon, index and table the resources build.
        static int[] Sizes(LanguageResources resources) =>
        [
            resources.Stopwords.Count, resources.CommonWords.Count, resources.DescriptiveAdjectives.Count,
            resources.NameConnectors.Count, resources.GivenNames.Count, resources.SpeechVerbs.Count,
            resources.Gazetteer.Entries.Count, resources.Gazetteer.Forms.Count,
            resources.Cues.Titles.Count, resources.Cues.OrganizationHeads.Count, resources.Cues.PlaceHeads.Count, resources.Cues.EventHeads.Count,
            resources.Relations.TriggerPhrases.Count, resources.Relations.Modality.Count, resources.Relations.Attribution.Count,
            resources.Relations.Calendar.Count,
        ];
        Assert.Equal(Sizes(embedded), Sizes(copy));
        Assert.Equal(
            embedded.Gazetteer.Entries.Select(entry => entry.Id).Order(StringComparer.Ordinal),
            copy.Gazetteer.Entries.Select(entry => entry.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Without_a_home_state_in_the_data_the_kingdom_alone_refers_to_nothing()
    {
        var folder = CopyOfData();
        var nouns = Path.Combine(folder, "cues", "state-nouns.tsv");
        File.WriteAllLines(nouns, File.ReadAllLines(nouns).Select(line => line.StartsWith("المملكة\t", StringComparison.Ordinal) ? line[..line.LastIndexOf('\t')] + "\t" : line));
        const string body = "وقال مسؤول إن المملكة ستستضيف القمة العام المقبل.";

        Assert.Contains(ExtractWith(LanguageResources.Default, body).Entities, entity => entity.Id == "saudi_arabia");
        Assert.DoesNotContain(ExtractWith(LanguageResources.Load(new DirectoryDataSource(folder)), body).Entities, entity => entity.Type == EntityType.Country);
    }

    [Fact]
    public void Copy_of_the_data_folder_extracts_like_the_embedded_data()
    {
        const string body = "وصل الرئيس اللبناني إلى دمشق والتقى نظيره السوري.";
        var copy = LanguageResources.Load(new DirectoryDataSource(CopyOfData()));

        var fromCopy = ExtractWith(copy, body);
        var fromEmbedded = ExtractWith(LanguageResources.Default, body);

        Assert.Equal(fromEmbedded.Entities.Select(entity => entity.Id), fromCopy.Entities.Select(entity => entity.Id));
        Assert.Equal(fromEmbedded.Relations.Select(relation => relation.Id), fromCopy.Relations.Select(relation => relation.Id));
    }

    [Fact]
    public void Country_added_to_a_copy_is_in_its_gazetteer()
    {
        var data = CopyOfData();
        DataFolder.AppendLines(data, "gazetteer/countries.tsv", NewCountryRow);

        var resources = LanguageResources.Load(new DirectoryDataSource(data));

        var entry = resources.Gazetteer.Find("freedonia");
        Assert.NotNull(entry);
        Assert.Equal(EntityType.Country, entry.Type);
        Assert.Contains(resources.Gazetteer.Forms.Lookup("فريدونيا"), form => form.Entry.Id == "freedonia" && form.Kind == GazetteerFormKind.Name);
        Assert.Contains(resources.Gazetteer.Forms.Lookup("الفريدونية"), form => form.Entry.Id == "freedonia" && form.Kind == GazetteerFormKind.Adjective);
        Assert.Null(LanguageResources.Default.Gazetteer.Find("freedonia"));
    }

    [Fact]
    public void Country_added_to_a_copy_is_recognised_in_text()
    {
        var data = CopyOfData();
        DataFolder.AppendLines(data, "gazetteer/countries.tsv", NewCountryRow);
        var edited = LanguageResources.Load(new DirectoryDataSource(data));

        var withEdit = ExtractWith(edited, NewCountrySentence);
        var withoutEdit = ExtractWith(LanguageResources.Default, NewCountrySentence);

        var country = Assert.Single(withEdit.Entities, entity => entity.Id == "freedonia");
        Assert.Equal(EntityType.Country, country.Type);
        Assert.Equal("Freedonia", country.Name);
        Assert.Contains(country.Mentions, mention => mention.Text == "فريدونيا");
        Assert.DoesNotContain(withoutEdit.Entities, entity => entity.Id == "freedonia");
    }

    [Fact]
    public void Gazetteer_row_referring_to_an_unknown_country_fails_to_load()
    {
        var data = CopyOfData();
        DataFolder.AppendLines(data, "gazetteer/places.tsv", "lost_harbour\tLost Harbour\tالميناء المفقود\t\tcity\tatlantis");

        var exception = Assert.Throws<InvalidDataException>(() => LanguageResources.Load(new DirectoryDataSource(data)));

        Assert.Contains("lost_harbour", exception.Message);
        Assert.Contains("atlantis", exception.Message);
    }

    [Fact]
    public void Gazetteer_role_with_an_unknown_target_fails_to_load()
    {
        var data = CopyOfData();
        DataFolder.AppendLines(data, "gazetteer/people.tsv", "imaginary_mayor\tImaginary Mayor\tسالم المتخيل\t\t\t\tالعمدة@atlantis_city");

        var exception = Assert.Throws<InvalidDataException>(() => LanguageResources.Load(new DirectoryDataSource(data)));

        Assert.Contains("atlantis_city", exception.Message);
    }

    [Fact]
    public void Gazetteer_id_used_twice_across_files_fails_to_load()
    {
        var data = CopyOfData();
        DataFolder.AppendLines(data, "gazetteer/places.tsv", "egypt\tEgypt Town\tبلدة مصر\t\tcity\t");

        var exception = Assert.Throws<InvalidDataException>(() => LanguageResources.Load(new DirectoryDataSource(data)));

        Assert.Contains("'egypt'", exception.Message);
        Assert.Contains("places.tsv", exception.Message);
    }

    [Fact]
    public void Malformed_role_fails_to_load()
    {
        var data = CopyOfData();
        DataFolder.AppendLines(data, "gazetteer/people.tsv", "imaginary_mayor\tImaginary Mayor\tسالم المتخيل\t\t\t\tالعمدة");

        var exception = Assert.Throws<InvalidDataException>(() => LanguageResources.Load(new DirectoryDataSource(data)));

        Assert.Contains("title@target_id", exception.Message);
    }

    [Fact]
    public void Missing_data_file_in_a_folder_fails_to_load()
    {
        var data = CopyOfData();
        File.Delete(Path.Combine(data, "lexicon", "stopwords.txt"));

        Assert.Throws<FileNotFoundException>(() => LanguageResources.Load(new DirectoryDataSource(data)));
    }
}
