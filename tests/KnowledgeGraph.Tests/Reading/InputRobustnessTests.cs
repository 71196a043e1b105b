using System.IO.Compression;
using System.Text;
using KnowledgeGraph.Extraction.Reading;

namespace KnowledgeGraph.Tests.Reading;

/// <summary>Inputs that used to lose articles, hang or abort a batch: names, folder walks, corrupt archives, limits, junk text.</summary>
public sealed class InputRobustnessTests : IDisposable
{
    private const string Story = "عنوان الخبر\nوصل الوزير إلى الرياض صباح اليوم.";

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static async Task<List<ArticleReadResult>> ReadAll(ArticleReader reader, params string[] paths)
    {
        var list = new List<ArticleReadResult>();
        await foreach (var result in reader.ReadAsync(paths))
        {
            list.Add(result);
        }
        return list;
    }

    // ----- 1. identity -----

    [Fact]
    public async Task Files_of_one_name_in_two_folders_are_two_articles_named_by_their_relative_paths()
    {
        _temp.WriteText("in/a/article.txt", Story);
        _temp.WriteText("in/b/article.txt", Story + "\nوالتقى نظيره.");

        var results = await ReadAll(new ArticleReader(), Path.Combine(_temp.Path, "in"));

        Assert.Equal(["a/article.txt", "b/article.txt"], results.Select(result => result.Article!.Name));
    }

    [Fact]
    public async Task Two_day_folders_each_with_articles_json_keep_every_article_apart()
    {
        const string Day = """[{"title": "خبر أول", "content": "نص الخبر الأول."}, {"title": "خبر ثان", "content": "نص الخبر الثاني."}]""";
        _temp.WriteText("corpus/2015-07-21/articles.json", Day);
        _temp.WriteText("corpus/2015-07-22/articles.json", Day);

        var results = await ReadAll(new ArticleReader(), Path.Combine(_temp.Path, "corpus"));

        Assert.Equal(
            ["2015-07-21/articles.json#0", "2015-07-21/articles.json#1", "2015-07-22/articles.json#0", "2015-07-22/articles.json#1"],
            results.Select(result => result.Article!.Name));
    }

    [Fact]
    public void Files_given_one_by_one_are_named_relative_to_the_folder_that_holds_them_all()
    {
        var first = _temp.WriteText("a/article.txt", Story);
        var second = _temp.WriteText("b/article.txt", Story);
        var alone = InputWalker.Expand([first]).Files;
        var both = InputWalker.Expand([first, second]).Files;

        Assert.Equal(["article.txt"], alone.Select(file => file.Name));
        Assert.Equal(["a/article.txt", "b/article.txt"], both.Select(file => file.Name));
    }

    // ----- 3. symbolic link loops -----

    [Fact]
    public async Task Symbolic_link_loops_are_walked_once_and_reported_as_skipped()
    {
        _temp.WriteText("in/x/a.txt", Story);
        Directory.CreateSymbolicLink(_temp.File("in/x/back-to-root"), Path.Combine(_temp.Path, "in"));
        Directory.CreateSymbolicLink(_temp.File("in/x/y/back-to-x"), Path.Combine(_temp.Path, "in", "x"));

        // Before: one loop read the file 41 times, two loops never ended.
        var input = await Task.Run(() => InputWalker.Expand([Path.Combine(_temp.Path, "in")])).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(["x/a.txt"], input.Files.Select(file => file.Name));
        Assert.Equal(2, input.Notices.Count);
        Assert.All(input.Notices, notice =>
        {
            Assert.False(notice.Failed);
            Assert.Contains("already read", notice.Reason);
        });
        Assert.Contains(input.Notices, notice => notice.Path.EndsWith("back-to-root", StringComparison.Ordinal));
    }

    // ----- 4. unreadable folders and corrupt archives -----

    [Fact]
    public void A_folder_that_cannot_be_listed_is_reported_and_the_walk_goes_on()
    {
        _temp.WriteText("in/good/a.txt", Story);
        _temp.WriteText("in/locked/b.txt", Story);
        _temp.WriteText("in/z.txt", Story);
        // Root reads every folder whatever its mode, so the refusal is simulated at the listing.
        var walker = new InputWalker(folder => folder.Name == "locked"
            ? throw new UnauthorizedAccessException($"Access to the path '{folder.FullName}' is denied.")
            : folder.EnumerateFileSystemInfos());

        var input = walker.Walk([Path.Combine(_temp.Path, "in")]);

        Assert.Equal(["good/a.txt", "z.txt"], input.Files.Select(file => file.Name));
        var notice = Assert.Single(input.Notices);
        Assert.True(notice.Failed);
        Assert.EndsWith("locked", notice.Path);
        Assert.Contains("cannot be read", notice.Reason);
    }

    [Fact]
    public async Task A_zip_entry_with_corrupt_data_fails_by_name_and_the_other_entries_are_read()
    {
        var path = WriteZipWithCorruptEntry("news.zip", _temp);

        var results = await ReadAll(new ArticleReader(), path);

        Assert.Equal(3, results.Count);
        Assert.True(results[0].Succeeded);
        Assert.True(results[1].Failed);
        Assert.Equal("news.zip/b-corrupt.txt", results[1].Name);
        Assert.Contains("corrupt", results[1].Error);
        Assert.True(results[2].Succeeded);
    }

    /// <summary>A zip of three text entries whose middle one has its compressed bytes overwritten.</summary>
    internal static string WriteZipWithCorruptEntry(string name, TempDirectory? folder = null, string? directory = null)
    {
        var path = directory is null ? (folder ?? throw new ArgumentNullException(nameof(folder))).File(name) : Path.Combine(directory, name);
        var marker = string.Concat(Enumerable.Repeat("وصل الوزير إلى الرياض صباح اليوم في زيارة رسمية. ", 200));
        using (var archive = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            foreach (var entry in new[] { "a.txt", "b-corrupt.txt", "c.txt" })
            {
                using var stream = archive.CreateEntry(entry, CompressionLevel.Optimal).Open();
                stream.Write(Encoding.UTF8.GetBytes("عنوان\n" + marker + entry));
            }
        }
        var bytes = File.ReadAllBytes(path);
        var header = FindLocalHeader(bytes, "b-corrupt.txt");
        var dataStart = header + 30 + BitConverter.ToUInt16(bytes, header + 26) + BitConverter.ToUInt16(bytes, header + 28);
        var compressedSize = BitConverter.ToInt32(bytes, header + 18);
        for (var i = dataStart + 2; i < dataStart + compressedSize - 2; i++)
        {
            bytes[i] = 0xFF;
        }
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static int FindLocalHeader(byte[] bytes, string entry)
    {
        var name = Encoding.UTF8.GetBytes(entry);
        for (var i = 0; i + 30 + name.Length < bytes.Length; i++)
        {
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 3 && bytes[i + 3] == 4 && bytes.AsSpan(i + 30, name.Length).SequenceEqual(name))
            {
                return i;
            }
        }
        throw new InvalidOperationException("entry not found");
    }

    [Fact]
    public async Task A_zip_not_yet_written_to_its_end_is_a_failure_naming_it()
    {
        var complete = WriteZipWithCorruptEntry("whole.zip", _temp);
        var bytes = File.ReadAllBytes(complete);
        var path = _temp.WriteBytes("half.zip", bytes[..(bytes.Length / 2)]);

        var result = Assert.Single(await ReadAll(new ArticleReader(), path));

        Assert.True(result.Failed);
        Assert.Equal("half.zip", result.Name);
    }

    // ----- 6. maximum article size -----

    [Fact]
    public async Task An_article_over_the_size_limit_is_set_aside_saying_so_and_the_others_are_read()
    {
        var big = "عنوان\n" + string.Concat(Enumerable.Repeat("نص طويل جدا. ", 200));
        _temp.WriteText("in/big.txt", big);
        _temp.WriteText("in/small.txt", Story);
        _temp.WriteText("in/batch.json", $$"""[{"title": "كبير", "content": "{{big.Replace("\n", " ")}}"}, {"title": "صغير", "content": "نص قصير."}]""");
        var reader = new ArticleReader(new ArticleReaderOptions { MaxArticleBytes = 1_000 });

        var results = await ReadAll(reader, Path.Combine(_temp.Path, "in"));

        Assert.Equal(["batch.json#0", "batch.json#1", "big.txt", "small.txt"], results.Select(result => result.Name));
        Assert.Equal([true, false, true, false], results.Select(result => result.Failed));
        Assert.All(results.Where(result => result.Failed), result => Assert.Contains("Reading__MaxArticleBytes", result.Error));
    }

    [Fact]
    public void The_default_size_limit_is_generous()
    {
        Assert.Equal(5_000_000, new ArticleReaderOptions().MaxArticleBytes);
    }

    // ----- 7. empty, non-Arabic, control characters -----

    [Fact]
    public async Task Empty_and_non_arabic_articles_are_skipped_with_the_reason()
    {
        var path = _temp.WriteText("batch.json", """
            [
              {"title": "عنوان بلا نص", "content": "   "},
              {"title": "Weather", "content": "Sunny all week, 35 degrees."},
              {"title": "", "content": "1234 5678"},
              {"title": "خبر", "content": "وصل الوزير."}
            ]
            """);

        var results = await ReadAll(new ArticleReader(), path);

        Assert.Equal([true, true, true, false], results.Select(result => result.Skipped));
        Assert.Contains("empty", results[0].Error);
        Assert.Contains("no Arabic letters", results[1].Error);
        Assert.Contains("no Arabic letters", results[2].Error);
        Assert.All(results.Take(3), result => Assert.False(result.Failed));
        Assert.True(results[3].Succeeded);
    }

    [Fact]
    public async Task Control_characters_and_broken_surrogates_in_json_are_removed()
    {
        var path = _temp.WriteText("one.json", """{"title": "عنوان\u0007 الخبر", "content": "وصل\u0000 الوزير\u001b[31m إلى\u0085 الرياض\ud800.\tثم\r\nعاد."}""");

        var article = Assert.Single(await ReadAll(new ArticleReader(), path)).Article!;

        Assert.Equal("عنوان الخبر", article.Title);
        Assert.Equal("عنوان الخبر\nوصل الوزير[31m إلى الرياض.\tثم\r\nعاد.", article.Text);
    }
}
