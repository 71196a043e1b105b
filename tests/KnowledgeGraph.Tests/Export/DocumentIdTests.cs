using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Tests.Export;

/// <summary>Document ids: SHA-256 (lower-case hex) of the text in NFC with LF line ends.</summary>
public sealed class DocumentIdTests
{
    [Fact]
    public void Id_is_lower_case_hex_sha256()
    {
        var id = DocumentGraphBuilder.DocumentId("خبر\nنص الخبر.");

        Assert.Equal(64, id.Length);
        Assert.All(id, c => Assert.True(c is >= '0' and <= '9' or >= 'a' and <= 'f', $"'{c}'"));
    }

    [Fact]
    public void Same_text_gives_the_same_id()
    {
        Assert.Equal(DocumentGraphBuilder.DocumentId("خبر\nنص الخبر."), DocumentGraphBuilder.DocumentId("خبر\nنص الخبر."));
    }

    [Fact]
    public void Edited_text_gives_another_id()
    {
        Assert.NotEqual(DocumentGraphBuilder.DocumentId("خبر\nنص الخبر."), DocumentGraphBuilder.DocumentId("خبر\nنص الخبر المعدل."));
    }

    [Fact]
    public void Crlf_and_lf_line_ends_give_the_same_id()
    {
        Assert.Equal(DocumentGraphBuilder.DocumentId("خبر\nنص الخبر."), DocumentGraphBuilder.DocumentId("خبر\r\nنص الخبر."));
    }

    [Fact]
    public void Composed_and_decomposed_spellings_give_the_same_id()
    {
        Assert.Equal(DocumentGraphBuilder.DocumentId("إيران"), DocumentGraphBuilder.DocumentId("\u0627\u0655يران"));
    }
}
