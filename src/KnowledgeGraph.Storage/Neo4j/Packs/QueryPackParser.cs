using System.Text.RegularExpressions;

namespace KnowledgeGraph.Storage.Neo4j.Packs;

/// <summary>
/// Reads a pack file. The file opens with comment lines about the pack ("// Pack: visits", then what it is
/// for). Each query follows with its own header comment, then its Cypher, ended by ";":
/// <code>
/// // name: timeline
/// // question: Where did a given person go, in date order?
/// // param: person = "vladimir_putin"  the visitor's entity id
/// MATCH ...;
/// </code>
/// Every $parameter the Cypher uses must be declared, and every declared one used.
/// </summary>
public static partial class QueryPackParser
{
    public static QueryPack Parse(string packName, string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var description = new List<string>();
        var queries = new List<PackQuery>();
        var index = 0;

        // The pack's own comment block, up to the first query header.
        for (; index < lines.Length && !Header(lines[index], "name", out _); index++)
        {
            var line = lines[index].Trim();
            if (line.Length == 0)
            {
                continue;
            }
            if (!line.StartsWith("//", StringComparison.Ordinal))
            {
                throw Error(packName, index, "Cypher before the first \"// name:\" header.");
            }
            var comment = line[2..].Trim();
            if (!comment.StartsWith("Pack:", StringComparison.OrdinalIgnoreCase))
            {
                description.Add(comment);
            }
        }

        while (index < lines.Length)
        {
            if (lines[index].Trim().Length == 0)
            {
                index++;
                continue;
            }
            var headerLine = index;
            if (!Header(lines[index], "name", out var name) || !QueryName().IsMatch(name))
            {
                throw Error(packName, index, "expected \"// name: some-query\" (lower case, digits and hyphens).");
            }
            index++;
            string? question = null;
            var parameters = new List<PackParameter>();
            for (; index < lines.Length && lines[index].TrimStart().StartsWith("//", StringComparison.Ordinal); index++)
            {
                if (Header(lines[index], "question", out var asked))
                {
                    question = asked;
                }
                else if (Header(lines[index], "param", out var declaration))
                {
                    parameters.Add(Parameter(packName, index, declaration));
                }
                else
                {
                    throw Error(packName, index, "a query header has only \"// question:\" and \"// param:\" lines.");
                }
            }
            if (string.IsNullOrWhiteSpace(question))
            {
                throw Error(packName, headerLine, $"query '{name}' has no \"// question:\" line.");
            }

            var body = new List<string>();
            var ended = false;
            for (; index < lines.Length && !ended; index++)
            {
                var line = lines[index].TrimEnd();
                if (line.EndsWith(';'))
                {
                    line = line[..^1];
                    ended = true;
                }
                body.Add(line);
            }
            if (!ended)
            {
                throw Error(packName, headerLine, $"query '{name}' does not end with ';'.");
            }
            var cypher = string.Join('\n', body).Trim();
            if (cypher.Length == 0)
            {
                throw Error(packName, headerLine, $"query '{name}' has no Cypher.");
            }
            CheckParameters(packName, name, cypher, parameters);
            if (queries.Any(query => query.Name == name))
            {
                throw Error(packName, headerLine, $"query '{name}' is defined twice.");
            }
            queries.Add(new PackQuery(packName, name, question.Trim(), parameters, cypher));
        }
        if (queries.Count == 0)
        {
            throw new InvalidDataException($"Pack '{packName}' has no query.");
        }
        return new QueryPack(packName, string.Join(' ', description), queries);
    }

    /// <summary>The $parameters a Cypher text uses, outside string literals and comments.</summary>
    public static IReadOnlySet<string> UsedParameters(string cypher)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in ParameterUse().Matches(cypher))
        {
            if (match.Groups["name"].Success)
            {
                used.Add(match.Groups["name"].Value);
            }
        }
        return used;
    }

    private static void CheckParameters(string pack, string name, string cypher, List<PackParameter> declared)
    {
        var used = UsedParameters(cypher);
        var names = declared.Select(parameter => parameter.Name).ToHashSet(StringComparer.Ordinal);
        if (names.Count != declared.Count)
        {
            throw new InvalidDataException($"Pack '{pack}', query '{name}': a parameter is declared twice.");
        }
        var undeclared = used.Except(names).ToList();
        var unused = names.Except(used).ToList();
        if (undeclared.Count > 0 || unused.Count > 0)
        {
            throw new InvalidDataException(
                $"Pack '{pack}', query '{name}': "
                + (undeclared.Count > 0 ? $"uses undeclared ${string.Join(", $", undeclared)}" : "")
                + (undeclared.Count > 0 && unused.Count > 0 ? "; " : "")
                + (unused.Count > 0 ? $"declares unused ${string.Join(", $", unused)}" : "") + ".");
        }
    }

    private static PackParameter Parameter(string pack, int line, string declaration)
    {
        var match = ParameterDeclaration().Match(declaration);
        if (!match.Success || !CypherLiterals.TryParse(match.Groups["value"].Value, out var example))
        {
            throw Error(pack, line, "expected \"// param: name = example  what it is\" (the example a string in double quotes, a number, true, false or null).");
        }
        return new PackParameter(match.Groups["name"].Value, example, match.Groups["description"].Value.Trim());
    }

    private static bool Header(string line, string field, out string value)
    {
        var trimmed = line.Trim();
        var prefix = $"// {field}:";
        if (trimmed.StartsWith(prefix, StringComparison.Ordinal))
        {
            value = trimmed[prefix.Length..].Trim();
            return true;
        }
        value = "";
        return false;
    }

    private static InvalidDataException Error(string pack, int line, string message) => new($"cypher/packs/{pack}.cypher, line {line + 1}: {message}");

    [GeneratedRegex(@"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex QueryName();

    [GeneratedRegex(@"^(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*=\s*(?<value>""(?:[^""\\]|\\.)*""|-?\d+(?:\.\d+)?|true|false|null)(?:\s+(?<description>.*))?$")]
    private static partial Regex ParameterDeclaration();

    // String literals and comments are matched (and skipped) so that a "$" inside them is not a parameter.
    [GeneratedRegex(@"'(?:[^'\\]|\\.)*'|""(?:[^""\\]|\\.)*""|//[^\n]*|\$(?<name>[A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex ParameterUse();
}
