using System.IO.Compression;
using System.Text;
using KnowledgeGraph.Extraction.Reading;

namespace KnowledgeGraph.Tests.Reading;

public sealed class ArticleReaderTests : IDisposable
{
    private const string ArticleArray = """
        [
          {"title": "افتتاح معرض الكتاب", "content": "افتتح المعرض أبوابه صباح اليوم.", "date_extracted": "2016-03-14 08:15:00", "source": "صحيفة المدينة", "url": "https://example.org/a/1"},
          {"title": "  مباراة ودية  ", "content": "انتهت المباراة بالتعادل.", "date_extracted": "2016-03-15", "source": "صحيفة المدينة", "url": "https://example.org/a/2"}
        ]
        """;

    private readonly TempDirectory _temp = new();
    private readonly ArticleReader _reader = new();

    public void Dispose() => _temp.Dispose();

    private static async Task<List<ArticleReadResult>> ReadAll(IAsyncEnumerable<ArticleReadResult> results)
    {
        var list = new List<ArticleReadResult>();
        await foreach (var result in results)
        {
            list.Add(result);
        }
        return list;
    }

    private Task<List<ArticleReadResult>> ReadFile(string path) => ReadAll(_reader.ReadFileAsync(path));

    private static Article Succeeded(ArticleReadResult result)
    {
        Assert.True(result.Succeeded, $"{result.Name}: {result.Error}");
        Assert.Null(result.Error);
        return result.Article!;
    }

    private static void Failed(ArticleReadResult result, string name, string errorPart)
    {
        Assert.False(result.Succeeded);
        Assert.Null(result.Article);
        Assert.Equal(name, result.Name);
        Assert.NotNull(result.Error);
        Assert.Contains(errorPart, result.Error);
    }

    private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    // ----- text files -----

    [Fact]
    public async Task Text_file_byte_order_mark_is_removed()
    {
        var path = _temp.WriteBytes("story.txt", [0xEF, 0xBB, 0xBF, .. Utf8("هطول أمطار غزيرة\nشهدت المنطقة أمطارا غزيرة.")]);

        var article = Succeeded(Assert.Single(await ReadFile(path)));

        Assert.Equal("هطول أمطار غزيرة\nشهدت المنطقة أمطارا غزيرة.", article.Text);
        Assert.Equal('ه', article.Text[0]);
    }

    [Fact]
    public async Task Text_file_first_line_is_the_title_and_the_file_name_is_the_name()
    {
        var path = _temp.WriteText("story.txt", "هطول أمطار غزيرة\nشهدت المنطقة أمطارا غزيرة.");

        var article = Succeeded(Assert.Single(await ReadFile(path)));

        Assert.Equal("story.txt", article.Name);
        Assert.Equal("هطول أمطار غزيرة", article.Title);
        Assert.Null(article.Date);
        Assert.Null(article.Source);
        Assert.Null(article.Url);
    }

    [Fact]
    public async Task Text_file_title_is_the_first_non_empty_line_trimmed()
    {
        var path = _temp.WriteText("story.txt", "\n   \n  هطول أمطار غزيرة  \r\nشهدت المنطقة أمطارا.");

        var article = Succeeded(Assert.Single(await ReadFile(path)));

        Assert.Equal("هطول أمطار غزيرة", article.Title);
        Assert.Equal("\n   \n  هطول أمطار غزيرة  \r\nشهدت المنطقة أمطارا.", article.Text);
    }

    [Fact]
    public async Task Text_file_with_invalid_utf8_is_a_failure_naming_the_file()
    {
        var path = _temp.WriteBytes("broken.txt", [.. Utf8("عنوان\n"), 0xC3, 0x28, .. Utf8("نص")]);

        Failed(Assert.Single(await ReadFile(path)), "broken.txt", "UTF-8");
    }

    [Fact]
    public async Task Text_file_in_a_legacy_arabic_code_page_is_a_failure()
    {
        // "سلام" in Windows-1256: bytes that are not valid UTF-8.
        var path = _temp.WriteBytes("legacy.txt", [0xD3, 0xE1, 0xC7, 0xE3]);

        Failed(Assert.Single(await ReadFile(path)), "legacy.txt", "UTF-8");
    }

    [Fact]
    public async Task Text_file_with_nul_bytes_is_a_failure()
    {
        var path = _temp.WriteBytes("binary.txt", [.. Utf8("عنوان"), 0x00, 0x01, .. Utf8("نص")]);

        Failed(Assert.Single(await ReadFile(path)), "binary.txt", "NUL");
    }

    [Fact]
    public async Task Empty_text_file_is_skipped_saying_so()
    {
        var path = _temp.WriteText("empty.txt", " \n\n");

        var result = Assert.Single(await ReadFile(path));

        Assert.True(result.Skipped);
        Assert.False(result.Failed);
        Assert.Null(result.Article);
        Assert.Contains("empty", result.Error);
    }

    // ----- JSON files -----

    [Fact]
    public async Task Json_array_elements_are_read_as_file_and_index_and_identified_by_their_url()
    {
        var path = _temp.WriteText("batch.json", ArticleArray);

        var results = await ReadFile(path);

        Assert.Equal(["batch.json#0", "batch.json#1"], results.Select(result => result.Name));
        Assert.All(results, result => Succeeded(result));
        Assert.Equal(["https://example.org/a/1", "https://example.org/a/2"], results.Select(result => result.Article!.Name));
    }

    [Fact]
    public async Task Json_array_elements_without_a_url_are_identified_by_file_and_index()
    {
        var path = _temp.WriteText("batch.json", """[{"title": "الأول", "content": "نص أول."}, {"title": "الثاني", "content": "نص ثان.", "url": " "}]""");

        var results = await ReadFile(path);

        Assert.Equal(["batch.json#0", "batch.json#1"], results.Select(result => Succeeded(result).Name));
    }

    [Fact]
    public async Task Json_article_text_is_the_title_a_line_break_and_the_content()
    {
        var path = _temp.WriteText("batch.json", ArticleArray);

        var article = Succeeded((await ReadFile(path))[0]);

        Assert.Equal("افتتاح معرض الكتاب", article.Title);
        Assert.Equal("افتتاح معرض الكتاب\nافتتح المعرض أبوابه صباح اليوم.", article.Text);
    }

    [Fact]
    public async Task Json_article_title_is_trimmed()
    {
        var path = _temp.WriteText("batch.json", ArticleArray);

        var article = Succeeded((await ReadFile(path))[1]);

        Assert.Equal("مباراة ودية", article.Title);
        Assert.Equal("مباراة ودية\nانتهت المباراة بالتعادل.", article.Text);
    }

    [Fact]
    public async Task Json_article_date_source_and_url_are_read()
    {
        var path = _temp.WriteText("batch.json", ArticleArray);

        var results = await ReadFile(path);

        var first = Succeeded(results[0]);
        Assert.Equal(new DateOnly(2016, 3, 14), first.Date);
        Assert.Equal("صحيفة المدينة", first.Source);
        Assert.Equal("https://example.org/a/1", first.Url);
        Assert.Equal(new DateOnly(2016, 3, 15), Succeeded(results[1]).Date);
    }

    [Fact]
    public async Task Json_date_field_is_preferred_to_date_extracted()
    {
        var path = _temp.WriteText("one.json", """{"title": "خبر", "content": "نص", "date": "2019/12/01", "date_extracted": "2020-01-05"}""");

        var article = Succeeded(Assert.Single(await ReadFile(path)));

        Assert.Equal(new DateOnly(2019, 12, 1), article.Date);
    }

    [Fact]
    public async Task Json_object_is_one_article_identified_by_its_url()
    {
        var path = _temp.WriteText("single.json", """{"title": "وصول الوفد", "content": "وصل الوفد مساء أمس.", "url": "https://example.org/b"}""");

        var article = Succeeded(Assert.Single(await ReadFile(path)));

        Assert.Equal("https://example.org/b", article.Name);
        Assert.Equal("وصول الوفد\nوصل الوفد مساء أمس.", article.Text);
        Assert.Equal("https://example.org/b", article.Url);
        Assert.Null(article.Date);
    }

    [Fact]
    public async Task Json_text_field_is_accepted_instead_of_content()
    {
        var path = _temp.WriteText("single.json", """{"title": "عنوان", "text": "نص الخبر."}""");

        Assert.Equal("عنوان\nنص الخبر.", Succeeded(Assert.Single(await ReadFile(path))).Text);
    }

    [Fact]
    public async Task Json_article_without_title_is_its_content_alone()
    {
        var path = _temp.WriteText("single.json", """{"content": "نص الخبر بلا عنوان."}""");

        var article = Succeeded(Assert.Single(await ReadFile(path)));

        Assert.Equal("نص الخبر بلا عنوان.", article.Text);
        Assert.Equal("", article.Title);
    }

    [Fact]
    public async Task Json_file_with_byte_order_mark_is_read()
    {
        var path = _temp.WriteBytes("bom.json", [0xEF, 0xBB, 0xBF, .. Utf8(ArticleArray)]);

        var results = await ReadFile(path);

        Assert.Equal(2, results.Count);
        Assert.All(results, result => Succeeded(result));
    }

    [Fact]
    public async Task Json_element_without_content_fails_while_the_others_are_read()
    {
        var path = _temp.WriteText("batch.json", """
            [
              {"title": "الأول", "content": "نص أول."},
              {"title": "بلا نص", "summary": "ملخص"},
              {"title": "الثالث", "content": "نص ثالث."}
            ]
            """);

        var results = await ReadFile(path);

        Assert.Equal(3, results.Count);
        Assert.Equal("الأول\nنص أول.", Succeeded(results[0]).Text);
        Failed(results[1], "batch.json#1", "content");
        Assert.Equal("الثالث\nنص ثالث.", Succeeded(results[2]).Text);
    }

    [Fact]
    public async Task Json_element_that_is_not_an_object_is_a_failure_for_that_element()
    {
        var path = _temp.WriteText("batch.json", """[{"title": "الأول", "content": "نص."}, 42]""");

        var results = await ReadFile(path);

        Assert.Equal(2, results.Count);
        Succeeded(results[0]);
        Failed(results[1], "batch.json#1", "not an article");
    }

    [Fact]
    public async Task Truncated_json_keeps_the_earlier_articles_and_reports_a_failure()
    {
        var path = _temp.WriteText("cut.json", """
            [
              {"title": "الأول", "content": "نص أول."},
              {"title": "الثاني", "content": "نص ثان."},
              {"title": "الثالث", "con
            """);

        var results = await ReadFile(path);

        Assert.Equal(3, results.Count);
        Assert.Equal("الأول\nنص أول.", Succeeded(results[0]).Text);
        Assert.Equal("الثاني\nنص ثان.", Succeeded(results[1]).Text);
        Failed(results[2], "cut.json", "after 2 article(s)");
    }

    [Fact]
    public async Task Json_with_a_syntax_error_after_some_elements_keeps_the_earlier_articles()
    {
        var path = _temp.WriteText("bad.json", """
            [
              {"title": "الأول", "content": "نص أول."},
              {"title": "الثاني", "content": "نص ثان."},
              خطأ
            ]
            """);

        var results = await ReadFile(path);

        Assert.Equal(3, results.Count);
        Assert.Equal("الأول\nنص أول.", Succeeded(results[0]).Text);
        Assert.Equal("الثاني\nنص ثان.", Succeeded(results[1]).Text);
        Failed(results[2], "bad.json", "after 2 article(s)");
    }

    [Fact]
    public async Task Malformed_json_object_is_a_failure()
    {
        var path = _temp.WriteText("bad.json", """{"title": "عنوان", "content": """);

        Failed(Assert.Single(await ReadFile(path)), "bad.json", "not valid JSON");
    }

    [Theory]
    [InlineData("\"نص\"")]
    [InlineData("42")]
    [InlineData("")]
    public async Task Json_that_is_neither_an_object_nor_an_array_is_a_failure(string json)
    {
        var path = _temp.WriteText("odd.json", json);

        var result = Assert.Single(await ReadFile(path));

        Failed(result, "odd.json", "JSON must hold an article object or an array");
    }

    // ----- zip archives -----

    private string WriteZip(string name, params (string Entry, string? Text)[] entries)
    {
        var path = _temp.File(name);
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (entry, text) in entries)
        {
            var zipEntry = archive.CreateEntry(entry);
            if (text is not null)
            {
                using var stream = zipEntry.Open();
                stream.Write(Utf8(text));
            }
        }
        return path;
    }

    [Fact]
    public async Task Zip_entries_are_read_in_ordinal_order_with_their_names()
    {
        var path = WriteZip("news.zip",
            ("b-story.txt", "حريق في مصنع\nاندلع حريق في مصنع للأخشاب."),
            ("a-batch.json", ArticleArray),
            ("folder/", null),
            ("folder/c.txt", "افتتاح جسر\nافتتح جسر جديد."));

        var results = await ReadFile(path);

        Assert.Equal(["news.zip/a-batch.json#0", "news.zip/a-batch.json#1", "news.zip/b-story.txt", "news.zip/folder/c.txt"], results.Select(result => result.Name));
        Assert.All(results, result => Succeeded(result));
        Assert.Equal("حريق في مصنع", results[2].Article!.Title);
        Assert.Equal("افتتاح معرض الكتاب\nافتتح المعرض أبوابه صباح اليوم.", results[0].Article!.Text);
    }

    [Fact]
    public async Task Zip_entries_of_other_types_are_skipped()
    {
        var path = WriteZip("news.zip", ("readme.md", "# ملاحظات"), ("story.txt", "عنوان\nنص."));

        var result = Assert.Single(await ReadFile(path));

        Assert.Equal("news.zip/story.txt", Succeeded(result).Name);
    }

    [Fact]
    public async Task Zip_text_entry_with_invalid_utf8_fails_alone()
    {
        var path = _temp.File("mixed.zip");
        using (var archive = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using (var stream = archive.CreateEntry("a.txt").Open())
            {
                stream.Write([0xD3, 0xE1, 0xC7, 0xE3]);
            }
            using (var stream = archive.CreateEntry("b.txt").Open())
            {
                stream.Write(Utf8("عنوان\nنص."));
            }
        }

        var results = await ReadFile(path);

        Assert.Equal(2, results.Count);
        Failed(results[0], "mixed.zip/a.txt", "UTF-8");
        Assert.Equal("mixed.zip/b.txt", Succeeded(results[1]).Name);
    }

    [Fact]
    public async Task File_that_is_not_a_zip_archive_is_a_failure()
    {
        var path = _temp.WriteText("fake.zip", "ليس أرشيفا");

        Failed(Assert.Single(await ReadFile(path)), "fake.zip", "zip");
    }

    // ----- other inputs -----

    [Fact]
    public async Task Unsupported_extension_is_a_failure()
    {
        var path = _temp.WriteText("notes.md", "عنوان\nنص.");

        Failed(Assert.Single(await ReadFile(path)), "notes.md", "unsupported file type '.md'");
    }

    [Fact]
    public async Task Missing_path_is_a_failure_naming_the_path()
    {
        var path = Path.Combine(_temp.Path, "absent.txt");

        Failed(Assert.Single(await ReadAll(_reader.ReadAsync([path]))), path, "no such file");
    }

    [Fact]
    public async Task Extension_is_matched_without_regard_to_case()
    {
        var path = _temp.WriteText("STORY.TXT", "عنوان\nنص.");

        Assert.Equal("STORY.TXT", Succeeded(Assert.Single(await ReadFile(path))).Name);
    }

    // ----- folders and sidecars -----

    [Fact]
    public async Task Folder_is_expanded_recursively_in_ordinal_order()
    {
        _temp.WriteText("in/b.txt", "ب\nنص.");
        _temp.WriteText("in/a/z.txt", "ز\nنص.");
        _temp.WriteText("in/a.txt", "أ\nنص.");
        _temp.WriteText("in/B.txt", "ب كبيرة\nنص.");
        _temp.WriteText("in/notes.md", "ملاحظة");

        var results = await ReadAll(_reader.ReadAsync([Path.Combine(_temp.Path, "in")]));

        Assert.Equal(["B.txt", "a.txt", "a/z.txt", "b.txt"], results.Select(result => result.Name));
        Assert.All(results, result => Succeeded(result));
    }

    [Fact]
    public void Expand_lists_folder_files_by_ordinal_full_path_and_keeps_files_as_given()
    {
        var root = Path.Combine(_temp.Path, "in");
        var a = _temp.WriteText("in/a.txt", "أ");
        var nested = _temp.WriteText("in/a/z.json", "[]");
        var archive = _temp.WriteText("in/c.zip", "");
        _temp.WriteText("in/skip.csv", "x");
        var loose = _temp.WriteText("loose.md", "x");

        var files = InputWalker.Expand([loose, root]).Files;

        Assert.Equal([loose, a, nested, archive], files.Select(file => file.Path));
        Assert.Equal(["loose.md", "in/a.txt", "in/a/z.json", "in/c.zip"], files.Select(file => file.Name));
    }

    [Fact]
    public async Task Sidecar_is_not_read_as_an_article()
    {
        _temp.WriteText("in/story.txt", "عنوان\nنص.");
        _temp.WriteText("in/story.meta.json", """{"date": "2021-05-02"}""");

        var result = Assert.Single(await ReadAll(_reader.ReadAsync([Path.Combine(_temp.Path, "in")])));

        Assert.Equal("story.txt", result.Name);
    }

    [Fact]
    public async Task Sidecar_gives_the_text_article_its_date_source_url_and_title()
    {
        _temp.WriteText("in/story.txt", "عنوان من النص\nنص الخبر.");
        _temp.WriteText("in/story.meta.json", """{"date": "2021-05-02", "source": "وكالة الأنباء", "url": "https://example.org/s", "title": "عنوان من الملف"}""");

        var article = Succeeded(Assert.Single(await ReadAll(_reader.ReadAsync([Path.Combine(_temp.Path, "in")]))));

        Assert.Equal(new DateOnly(2021, 5, 2), article.Date);
        Assert.Equal("وكالة الأنباء", article.Source);
        Assert.Equal("https://example.org/s", article.Url);
        Assert.Equal("عنوان من الملف", article.Title);
        Assert.Equal("عنوان من النص\nنص الخبر.", article.Text);
    }

    [Fact]
    public async Task Broken_sidecar_loses_only_the_metadata()
    {
        _temp.WriteText("in/story.txt", "عنوان\nنص.");
        _temp.WriteText("in/story.meta.json", "{ليس JSON");

        var article = Succeeded(Assert.Single(await ReadAll(_reader.ReadAsync([Path.Combine(_temp.Path, "in")]))));

        Assert.Null(article.Date);
        Assert.Equal("عنوان", article.Title);
    }

    [Fact]
    public async Task Reading_continues_after_a_failing_input()
    {
        var bad = _temp.WriteBytes("bad.txt", [0xFF, 0xFE]);
        var good = _temp.WriteText("good.txt", "عنوان\nنص.");

        var results = await ReadAll(_reader.ReadAsync([bad, good]));

        Assert.Equal(2, results.Count);
        Assert.False(results[0].Succeeded);
        Assert.Equal("good.txt", Succeeded(results[1]).Name);
    }

    // ----- dates -----

    [Theory]
    [InlineData("2015-07-21", 2015, 7, 21)]
    [InlineData("2015-07-21 02:51:32", 2015, 7, 21)]
    [InlineData("2015/07/21", 2015, 7, 21)]
    [InlineData("2015-07-21T02:51:32Z", 2015, 7, 21)]
    [InlineData("  2015-07-21  ", 2015, 7, 21)]
    public void Supported_date_formats_are_parsed(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), ArticleMetadata.ParseDate(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("أمس")]
    [InlineData("21/07/2015")]
    [InlineData("2015-13-01")]
    public void Unreadable_dates_are_null(string? text)
    {
        Assert.Null(ArticleMetadata.ParseDate(text));
    }
}
