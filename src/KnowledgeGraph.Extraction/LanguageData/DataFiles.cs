namespace KnowledgeGraph.Extraction.LanguageData;

/// <summary>Readers for the two shapes of data file: lists (.txt) and tables (.tsv). See Data/README.md.</summary>
public static class DataFiles
{
    /// <summary>One entry per line; comments and blank lines skipped; entries trimmed.</summary>
    public static IEnumerable<string> ReadList(IDataSource source, string relativePath)
    {
        using var reader = source.Open(relativePath);
        while (reader.ReadLine() is { } line)
        {
            var entry = line.Trim();
            if (entry.Length > 0 && entry[0] != '#')
            {
                yield return entry;
            }
        }
    }

    public static TsvTable ReadTable(IDataSource source, string relativePath)
    {
        using var reader = source.Open(relativePath);
        return TsvTable.Parse(reader, $"{relativePath} ({source.Description})");
    }
}

/// <summary>A tab-separated table whose columns are addressed by header name.</summary>
public sealed class TsvTable
{
    private readonly Dictionary<string, int> _columns;

    private TsvTable(string origin, Dictionary<string, int> columns, List<TsvRow> rows)
    {
        Origin = origin;
        _columns = columns;
        Rows = rows;
    }

    public string Origin { get; }
    public IReadOnlyList<TsvRow> Rows { get; }
    public IEnumerable<string> Columns => _columns.Keys;

    public bool HasColumn(string name) => _columns.ContainsKey(name);

    internal int ColumnIndex(string name) =>
        _columns.TryGetValue(name, out var index)
            ? index
            : throw new InvalidDataException($"{Origin}: no column '{name}' (columns: {string.Join(", ", _columns.Keys)}).");

    public static TsvTable Parse(TextReader reader, string origin)
    {
        Dictionary<string, int>? columns = null;
        var rows = new List<TsvRow>();
        var lineNumber = 0;
        TsvTable? table = null;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var cells = line.Split('\t');
            if (columns is null)
            {
                columns = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < cells.Length; i++)
                {
                    if (!columns.TryAdd(cells[i].Trim(), i))
                    {
                        throw new InvalidDataException($"{origin}: duplicate column '{cells[i]}' in the header.");
                    }
                }
                table = new TsvTable(origin, columns, rows);
                continue;
            }
            if (cells.Length > columns.Count)
            {
                throw new InvalidDataException($"{origin}:{lineNumber}: {cells.Length} cells but the header has {columns.Count} columns.");
            }
            rows.Add(new TsvRow(table!, lineNumber, cells));
        }
        return table ?? throw new InvalidDataException($"{origin}: no header line.");
    }
}

public sealed class TsvRow
{
    private readonly TsvTable _table;
    private readonly string[] _cells;

    internal TsvRow(TsvTable table, int lineNumber, string[] cells)
    {
        _table = table;
        LineNumber = lineNumber;
        _cells = cells;
    }

    public int LineNumber { get; }

    public string Where => $"{_table.Origin}:{LineNumber}";

    /// <summary>The trimmed cell, or "" when the column is absent from the table or the row is short.</summary>
    public string this[string column]
    {
        get
        {
            if (!_table.HasColumn(column))
            {
                return "";
            }
            var index = _table.ColumnIndex(column);
            return index < _cells.Length ? _cells[index].Trim() : "";
        }
    }

    /// <summary>A cell that must not be empty.</summary>
    public string Required(string column)
    {
        var value = this[column];
        return value.Length > 0 ? value : throw new InvalidDataException($"{Where}: '{column}' is empty.");
    }

    /// <summary>The '|'-separated values of a cell, trimmed, empty ones dropped.</summary>
    public IReadOnlyList<string> List(string column) =>
        this[column].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
