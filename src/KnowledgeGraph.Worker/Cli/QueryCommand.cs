using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Neo4j.Packs;
using KnowledgeGraph.Worker.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Worker.Cli;

/// <summary>
/// `query pack/name [--param key=value ...] [--format table|json|csv]`: runs a query of cypher/packs
/// against the configured Neo4j (section Neo4j, or Neo4j__Uri ... in the environment).
/// `query --list` lists them; `query pack/name --show` prints one, ready for Neo4j Browser.
/// </summary>
public static class QueryCommand
{
    public static Command Create()
    {
        var name = new Argument<string?>("query") { Description = "pack/name, e.g. visits/timeline (see --list).", Arity = ArgumentArity.ZeroOrOne };
        var list = new Option<bool>("--list") { Description = "List every query with the question it answers and its parameters." };
        var show = new Option<bool>("--show") { Description = "Print the query and its :params line for Neo4j Browser instead of running it." };
        var parameters = new Option<string[]>("--param", "-p")
        {
            Description = "A parameter as key=value (repeatable); a parameter not given takes the example its header shows.",
            AllowMultipleArgumentsPerToken = false,
        };
        var format = new Option<string>("--format", "-f") { Description = "table, json or csv.", DefaultValueFactory = _ => "table" }
            .AcceptOnlyFromAmong([.. QueryResultWriter.Formats]);
        var packs = new Option<DirectoryInfo?>("--packs") { Description = "A folder of your own pack files (*.cypher), added to the built-in packs." };
        var command = new Command("query", "Run a canned query of cypher/packs against Neo4j and print the result. Needs Neo4j (Neo4j__Uri, Neo4j__Password): the default store, SQLite, cannot run Cypher.")
        {
            name, list, show, parameters, format, packs,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var catalog = QueryPacks.Load(parse.GetValue(packs)?.FullName);
            if (parse.GetValue(list))
            {
                PrintList(catalog, Console.Out);
                return 0;
            }
            if (parse.GetValue(name) is not { } queryName)
            {
                Console.Error.WriteLine("kg: name a query (pack/name), or use --list to see them.");
                return 2;
            }
            var query = catalog.Find(queryName);
            var values = Bind(query, parse.GetValue(parameters) ?? []);
            if (parse.GetValue(show))
            {
                PrintShow(query, values, Console.Out);
                return 0;
            }

            var builder = WorkerHost.CreateBuilder(parse);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            using var host = builder.Build();
            var options = host.Services.GetRequiredService<IOptions<Neo4jOptions>>().Value;
            await using var store = Neo4jGraphStore.Create(options, host.Services.GetRequiredService<ILoggerFactory>());
            Neo4jResult result;
            try
            {
                result = await store.QueryAsync(query.Text, values, cancellationToken);
            }
            catch (Neo4jTransientException exception)
            {
                Console.Error.WriteLine(NeedsNeo4j(exception.Message));
                return ErrorReporting.Failure;
            }
            QueryResultWriter.Write(result, parse.GetValue(format)!, Console.Out);
            return 0;
        });
        return command;
    }

    /// <summary>The one line `query` prints when Neo4j cannot be reached: it says that the command needs Neo4j at all.</summary>
    public static string NeedsNeo4j(string problem) =>
        $"kg: query needs Neo4j (the default store, SQLite, cannot run Cypher): {problem.ReplaceLineEndings(" ").Trim().TrimEnd('.')}. Start Neo4j (docker compose up -d neo4j) or set Neo4j__Uri and Neo4j__Password to yours.";

    /// <summary>The query's parameters: the examples its header gives, replaced by those on the command line.</summary>
    public static Dictionary<string, object?> Bind(PackQuery query, IEnumerable<string> assignments)
    {
        var values = query.Parameters.ToDictionary(parameter => parameter.Name, parameter => parameter.Example, StringComparer.Ordinal);
        foreach (var assignment in assignments)
        {
            var equals = assignment.IndexOf('=');
            if (equals <= 0)
            {
                throw new ArgumentException($"--param '{assignment}' is not of the form key=value.");
            }
            var key = assignment[..equals].Trim();
            var parameter = query.Parameters.FirstOrDefault(candidate => candidate.Name == key)
                ?? throw new ArgumentException(query.Parameters.Count == 0
                    ? $"{query.FullName} takes no parameters."
                    : $"{query.FullName} has no parameter '{key}'; it takes {string.Join(", ", query.Parameters.Select(candidate => candidate.Name))}.");
            values[key] = Convert(parameter, assignment[(equals + 1)..]);
        }
        return values;
    }

    /// <summary>A value typed like the parameter's example: a number where the example is one, text where it is text.</summary>
    private static object? Convert(PackParameter parameter, string text)
    {
        switch (parameter.Example)
        {
            case long:
                return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)
                    ? integer
                    : throw new ArgumentException($"--param {parameter.Name} takes a whole number, not '{text}'.");
            case double:
                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                    ? number
                    : throw new ArgumentException($"--param {parameter.Name} takes a number, not '{text}'.");
            case bool:
                return bool.TryParse(text, out var flag) ? flag : throw new ArgumentException($"--param {parameter.Name} takes true or false, not '{text}'.");
            case string:
                return text;
            default:
                // An example of null says nothing of the type: read a literal if it is one, else take the text.
                return CypherLiterals.TryParse(text, out var literal) ? literal : text;
        }
    }

    private static void PrintList(QueryPacks catalog, TextWriter output)
    {
        foreach (var pack in catalog.Packs)
        {
            output.WriteLine($"{pack.Name}: {pack.Description}");
            foreach (var query in pack.Queries)
            {
                output.WriteLine($"  {query.FullName}");
                output.WriteLine($"      {query.Question}");
                foreach (var parameter in query.Parameters)
                {
                    output.WriteLine($"      --param {parameter.Name}=...  {parameter.Description} (example {parameter.ExampleLiteral})");
                }
            }
            output.WriteLine();
        }
    }

    private static void PrintShow(PackQuery query, IReadOnlyDictionary<string, object?> values, TextWriter output)
    {
        output.WriteLine($"// {query.FullName}: {query.Question}");
        if (values.Count > 0)
        {
            output.WriteLine(":params {" + string.Join(", ", values.Select(pair => $"{pair.Key}: {CypherLiterals.Format(pair.Value)}")) + "}");
        }
        output.WriteLine(query.Text + ";");
    }
}
