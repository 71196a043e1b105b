using System.Text;
using KnowledgeGraph.Extraction.LanguageData;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Tests.LanguageData;

public sealed class EmbeddedDataTests
{
    private const string ResourcePrefix = "KnowledgeGraph.Data/";

    private static IReadOnlyList<string> EmbeddedFiles() =>
        typeof(EmbeddedDataSource).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(name => name[ResourcePrefix.Length..])
            .Order(StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void Default_resources_load_from_the_embedded_data()
    {
        var resources = LanguageResources.Default;

        Assert.Same(EmbeddedDataSource.Instance, resources.Source);
        Assert.NotEmpty(resources.Gazetteer.Entries);
        Assert.True(resources.Stopwords.Count > 0);
        Assert.True(resources.CommonWords.Count > 0);
        Assert.True(resources.GivenNames.Count > 0);
        Assert.True(resources.Cues.Titles.Count > 0);
        Assert.NotEmpty(resources.Relations.TriggerPhrases);
    }

    [Fact]
    public void Every_data_file_of_the_source_tree_is_embedded()
    {
        var onDisk = DataFolder.Files();

        Assert.NotEmpty(onDisk);
        Assert.All(onDisk, file => Assert.True(EmbeddedDataSource.Instance.Exists(file), $"{file} is not embedded"));
    }

    [Fact]
    public void Every_embedded_table_parses_with_a_header()
    {
        var tables = EmbeddedFiles().Where(file => file.EndsWith(".tsv", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(tables);
        Assert.All(tables, file => Assert.NotEmpty(DataFiles.ReadTable(EmbeddedDataSource.Instance, file).Columns));
    }

    [Fact]
    public void Every_embedded_list_has_entries()
    {
        var lists = EmbeddedFiles().Where(file => file.EndsWith(".txt", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(lists);
        Assert.All(lists, file => Assert.NotEmpty(DataFiles.ReadList(EmbeddedDataSource.Instance, file)));
    }

    [Fact]
    public void Data_files_are_utf8_without_bom_with_lf_line_ends()
    {
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        Assert.All(DataFolder.Files(), file =>
        {
            var bytes = File.ReadAllBytes(Path.Combine(DataFolder.Path, file));
            Assert.False(bytes is [0xEF, 0xBB, 0xBF, ..], $"{file} starts with a byte order mark");
            Assert.DoesNotContain((byte)'\r', bytes);
            strict.GetString(bytes);
        });
    }

    [Fact]
    public void Missing_embedded_file_throws_FileNotFoundException()
    {
        Assert.False(EmbeddedDataSource.Instance.Exists("lexicon/no-such-list.txt"));
        Assert.Throws<FileNotFoundException>(() => EmbeddedDataSource.Instance.Open("lexicon/no-such-list.txt"));
    }
}
