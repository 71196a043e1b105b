using System.CommandLine;
using KnowledgeGraph.Worker.Cli;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using KnowledgeGraph.Extraction.Reading;

namespace KnowledgeGraph.Worker.Hosting;

/// <summary>
/// The host the store-backed commands share: configuration from appsettings.json (beside the
/// program, then in the current folder), environment variables (Neo4j__Password ...) and the
/// command line's own options; the services of <see cref="ServiceRegistration"/>.
/// </summary>
public static class WorkerHost
{
    public static Option<string?> Store { get; } = new("--store")
    {
        Description = "Where the graph lives: sqlite (default, an embedded file) or neo4j (configured under Neo4j, or Neo4j__Uri etc. in the environment).",
    };

    public static Option<FileInfo?> SqlitePath { get; } = new("--sqlite")
    {
        Description = "The SQLite database file (default: data/graph.db, or Storage:Sqlite:Path).",
    };

    public static HostApplicationBuilder CreateBuilder(ParseResult parse)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        // Defaults shipped beside the program come first; the current folder's file and the environment override them.
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Json.JsonConfigurationSource
        {
            Path = Path.Combine(AppContext.BaseDirectory, "appsettings.json"),
            Optional = true,
            ReloadOnChange = false,
        });
        var overrides = new Dictionary<string, string?>();
        if (parse.GetValue(Store) is { } store)
        {
            overrides["Storage:Provider"] = store;
        }
        if (parse.GetValue(SqlitePath) is { } sqlite)
        {
            overrides["Storage:Sqlite:Path"] = sqlite.FullName;
        }
        if (parse.GetValue(CommonOptions.Data) is { } data)
        {
            overrides["Extraction:DataDirectory"] = data.FullName;
        }
        builder.Configuration.AddInMemoryCollection(overrides);
        builder.Logging.AddSimpleConsole(options =>
        {
            options.SingleLine = true;
            options.TimestampFormat = "HH:mm:ss ";
            options.ColorBehavior = Terminal.UseColor ? LoggerColorBehavior.Default : LoggerColorBehavior.Disabled;
        });
        builder.Services.AddKnowledgeGraph(builder.Configuration);
        return builder;
    }

    /// <summary>The reading limits of the configuration, for the commands that read articles without a host.</summary>
    public static ArticleReaderOptions ReaderOptions(ParseResult parse) =>
        CreateBuilder(parse).Configuration.GetSection(ArticleReaderOptions.SectionName).Get<ArticleReaderOptions>() ?? new ArticleReaderOptions();
}
