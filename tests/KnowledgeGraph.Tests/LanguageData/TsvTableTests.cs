using KnowledgeGraph.Extraction.LanguageData;

namespace KnowledgeGraph.Tests.LanguageData;

public sealed class TsvTableTests
{
    private static TsvTable Parse(string text) => TsvTable.Parse(new StringReader(text), "test.tsv");

    [Fact]
    public void Comments_and_blank_lines_are_skipped()
    {
        var table = Parse("# a comment\n\nid\tname\n# another\n   \n\t\nbeirut\tبيروت\n\ndamascus\tدمشق\n");

        Assert.Equal(["beirut", "damascus"], table.Rows.Select(row => row["id"]));
    }

    [Fact]
    public void First_non_comment_line_is_the_header()
    {
        var table = Parse("# comment\nid\tname_ar\tkind\n");

        Assert.Equal(["id", "name_ar", "kind"], table.Columns);
        Assert.Empty(table.Rows);
    }

    [Fact]
    public void Cells_are_read_by_header_name_whatever_the_column_order()
    {
        var first = Parse("id\tname_ar\nbeirut\tبيروت\n").Rows[0];
        var second = Parse("name_ar\tid\nبيروت\tbeirut\n").Rows[0];

        Assert.Equal("بيروت", first["name_ar"]);
        Assert.Equal("بيروت", second["name_ar"]);
        Assert.Equal(first["id"], second["id"]);
    }

    [Fact]
    public void Cells_and_header_names_are_trimmed()
    {
        var row = Parse(" id \t name_ar \n  beirut \t بيروت  \n").Rows[0];

        Assert.Equal("beirut", row["id"]);
        Assert.Equal("بيروت", row["name_ar"]);
    }

    [Fact]
    public void Missing_trailing_cells_read_as_empty()
    {
        var row = Parse("id\tname_ar\tvariants\nbeirut\n").Rows[0];

        Assert.Equal("beirut", row["id"]);
        Assert.Equal("", row["name_ar"]);
        Assert.Equal("", row["variants"]);
    }

    [Fact]
    public void Column_absent_from_the_header_reads_as_empty()
    {
        var table = Parse("id\nbeirut\n");

        Assert.False(table.HasColumn("country"));
        Assert.Equal("", table.Rows[0]["country"]);
        Assert.Empty(table.Rows[0].List("country"));
    }

    [Fact]
    public void Too_many_cells_throw_with_the_file_and_line()
    {
        var exception = Assert.Throws<InvalidDataException>(() => Parse("# comment\nid\tname_ar\nbeirut\tبيروت\ndamascus\tدمشق\textra\n"));

        Assert.Contains("test.tsv:4", exception.Message);
    }

    [Fact]
    public void Duplicate_header_column_throws()
    {
        var exception = Assert.Throws<InvalidDataException>(() => Parse("id\tname_ar\tid\n"));

        Assert.Contains("duplicate column 'id'", exception.Message);
    }

    [Fact]
    public void Table_without_a_header_throws()
    {
        var exception = Assert.Throws<InvalidDataException>(() => Parse("# only comments\n\n"));

        Assert.Contains("test.tsv", exception.Message);
    }

    [Fact]
    public void Row_knows_its_line_number_counting_comments_and_blank_lines()
    {
        var row = Parse("# comment\n\nid\n# comment\nbeirut\n").Rows[0];

        Assert.Equal(5, row.LineNumber);
        Assert.Equal("test.tsv:5", row.Where);
    }

    [Fact]
    public void List_splits_on_bars_trims_and_drops_empty_values()
    {
        var row = Parse("id\tvariants\nbeirut\t بيروت العاصمة | |بيروت الكبرى|\n").Rows[0];

        Assert.Equal(["بيروت العاصمة", "بيروت الكبرى"], row.List("variants"));
    }

    [Fact]
    public void Required_returns_a_filled_cell()
    {
        Assert.Equal("beirut", Parse("id\nbeirut\n").Rows[0].Required("id"));
    }

    [Fact]
    public void Required_empty_cell_throws_with_the_file_and_line()
    {
        var row = Parse("id\tname_ar\nbeirut\t\n").Rows[0];

        var exception = Assert.Throws<InvalidDataException>(() => row.Required("name_ar"));

        Assert.Contains("test.tsv:2", exception.Message);
        Assert.Contains("name_ar", exception.Message);
    }
}
