using KnowledgeGraph.Extraction.LanguageData;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Relations;

public enum ArgumentWordClass
{
    Group,
    Adverb,
    Vehicle,
    Dual,
    Purpose,
    Complementizer,
    Relative,
    Where,
    Between,
    Light,
    Outlet,
    Honorific,
    Clause,
    Appositive,
    Statement,
    Occasion,
    Chair,
    Gathering,
    During,
    Include,
}

/// <summary>The word classes of Data/relations/argument-words.tsv, looked up by normalised word (after و/ف).</summary>
public sealed class ArgumentWords
{
    private readonly Dictionary<string, ArgumentWordClass> _classes = new(StringComparer.Ordinal);
    private Dictionary<string, ArgumentWordClass>.AlternateLookup<ReadOnlySpan<char>> _spans;

    public static ArgumentWords Load(IDataSource source, ArabicNormalizer normalizer)
    {
        var words = new ArgumentWords();
        foreach (var row in DataFiles.ReadTable(source, "relations/argument-words.tsv").Rows)
        {
            var cls = Enum.Parse<ArgumentWordClass>(row.Required("class"), ignoreCase: true);
            words._classes.TryAdd(normalizer.NormalizeKey(row.Required("word")), cls);
        }
        words._spans = words._classes.GetAlternateLookup<ReadOnlySpan<char>>();
        return words;
    }

    /// <summary>The class of a word, read as it is or without a leading و/ف.</summary>
    public ArgumentWordClass? ClassOf(string word)
    {
        if (_classes.TryGetValue(word, out var cls))
        {
            return cls;
        }
        if (word.Length > 2 && word[0] is 'و' or 'ف' && _spans.TryGetValue(word.AsSpan(1), out cls))
        {
            return cls;
        }
        return null;
    }

    public bool Is(Token token, ArgumentWordClass cls) => token.Kind == TokenKind.Word && ClassOf(token.Text) == cls;
}
