using System.Text;

namespace KnowledgeGraph.Tests.Export.Formats;

/// <summary>One CSV field: its value and whether it was quoted (an unquoted empty field is null to neo4j-admin).</summary>
internal readonly record struct CsvField(string Value, bool Quoted)
{
    public bool IsAbsent => !Quoted && Value.Length == 0;
}

/// <summary>
/// A strict RFC 4180 reader: ',' between fields, LF between records, quoted fields with doubled
/// quotes inside. Anything else (a stray quote, text after a closing quote, an unterminated
/// field, a CR outside quotes) fails the test.
/// </summary>
internal static class StrictCsv
{
    public static List<CsvField[]> Parse(string text)
    {
        var records = new List<CsvField[]>();
        var record = new List<CsvField>();
        var field = new StringBuilder();
        var i = 0;
        Assert.True(text.EndsWith('\n'), "A CSV file ends with a line end.");
        while (i < text.Length)
        {
            bool quoted;
            if (text[i] == '"')
            {
                quoted = true;
                i++;
                while (true)
                {
                    Assert.True(i < text.Length, "Unterminated quoted field.");
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    field.Append(text[i++]);
                }
            }
            else
            {
                quoted = false;
                while (i < text.Length && text[i] is not (',' or '\n'))
                {
                    Assert.False(text[i] is '"' or '\r', $"Unquoted field holds '{text[i]}' at {i}.");
                    field.Append(text[i++]);
                }
            }
            record.Add(new CsvField(field.ToString(), quoted));
            field.Clear();
            Assert.True(i < text.Length && text[i] is ',' or '\n', $"Text after a closing quote at {i}.");
            if (text[i] == '\n')
            {
                records.Add([.. record]);
                record.Clear();
            }
            i++;
        }
        return records;
    }

    /// <summary>The file as rows of named fields (header names as written).</summary>
    public static (string[] Header, List<Dictionary<string, CsvField>> Rows) Table(string text)
    {
        var records = Parse(text);
        var header = records[0].Select(field => field.Value).ToArray();
        Assert.All(records[0], field => Assert.False(field.Quoted, "Header fields are bare."));
        var rows = new List<Dictionary<string, CsvField>>();
        foreach (var record in records.Skip(1))
        {
            Assert.Equal(header.Length, record.Length);
            rows.Add(header.Zip(record).ToDictionary(pair => pair.First, pair => pair.Second, StringComparer.Ordinal));
        }
        return (header, rows);
    }
}
