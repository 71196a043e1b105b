using KnowledgeGraph.Extraction.LanguageData;
using KnowledgeGraph.Tests.Reading;

namespace KnowledgeGraph.Tests.LanguageData;

public sealed class DataSourceTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void ReadList_skips_comments_and_blank_lines_and_trims_entries()
    {
        _temp.WriteText("lexicon/words.txt", "# heading\n\nقال\n  أعلن  \n   # indented comment\n\t\nصرح\n");

        var entries = DataFiles.ReadList(new DirectoryDataSource(_temp.Path), "lexicon/words.txt").ToList();

        Assert.Equal(["قال", "أعلن", "صرح"], entries);
    }

    [Fact]
    public void ReadList_keeps_entries_in_their_original_spelling()
    {
        _temp.WriteText("names.txt", "إبراهيم\nمصطفى\n");

        Assert.Equal(["إبراهيم", "مصطفى"], DataFiles.ReadList(new DirectoryDataSource(_temp.Path), "names.txt"));
    }

    [Fact]
    public void ReadTable_errors_name_the_file_and_the_source()
    {
        _temp.WriteText("gazetteer/bad.tsv", "id\tname_ar\nbeirut\tبيروت\textra\n");
        var source = new DirectoryDataSource(_temp.Path);

        var exception = Assert.Throws<InvalidDataException>(() => DataFiles.ReadTable(source, "gazetteer/bad.tsv"));

        Assert.Contains("gazetteer/bad.tsv", exception.Message);
        Assert.Contains(source.Description, exception.Message);
        Assert.Contains(":2", exception.Message);
    }

    [Fact]
    public void Directory_source_for_a_missing_folder_throws()
    {
        Assert.Throws<DirectoryNotFoundException>(() => new DirectoryDataSource(Path.Combine(_temp.Path, "absent")));
    }

    [Fact]
    public void Directory_source_reports_missing_files()
    {
        var source = new DirectoryDataSource(_temp.Path);

        Assert.False(source.Exists("lexicon/stopwords.txt"));
        Assert.Throws<FileNotFoundException>(() => source.Open("lexicon/stopwords.txt"));
    }

    [Fact]
    public void Directory_source_description_names_the_folder()
    {
        Assert.Contains(_temp.Path, new DirectoryDataSource(_temp.Path).Description);
    }
}
