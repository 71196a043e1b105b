using KnowledgeGraph.Extraction.LanguageData;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Reading;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Worker.Ingestion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Worker.Hosting;

public static class ServiceRegistration
{
    /// <summary>Options bound from configuration, the extraction pipeline, the configured store and the ingestor.</summary>
    public static IServiceCollection AddKnowledgeGraph(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StorageOptions>(configuration.GetSection(StorageOptions.SectionName));
        services.Configure<InboxOptions>(configuration.GetSection(InboxOptions.SectionName));
        services.Configure<ExtractionOptions>(configuration.GetSection(ExtractionOptions.SectionName));
        services.Configure<ArticleReaderOptions>(configuration.GetSection(ArticleReaderOptions.SectionName));
        services.Configure<SqliteStoreOptions>(configuration.GetSection(SqliteStoreOptions.SectionName));
        services.Configure<Neo4jOptions>(configuration.GetSection(Neo4jOptions.SectionName));

        services.AddSingleton(provider =>
        {
            var folder = provider.GetRequiredService<IOptions<ExtractionOptions>>().Value.DataDirectory;
            return string.IsNullOrWhiteSpace(folder) ? LanguageResources.Default : LanguageResources.Load(new DirectoryDataSource(folder));
        });
        services.AddSingleton(provider => new ExtractionPipeline(provider.GetRequiredService<LanguageResources>()));
        services.AddSingleton<IGraphStore>(CreateStore);
        services.AddSingleton(provider => new ArticleIngestor(
            provider.GetRequiredService<ExtractionPipeline>(), provider.GetRequiredService<IGraphStore>(), provider.GetRequiredService<ILogger<ArticleIngestor>>())
        {
            ReaderOptions = provider.GetRequiredService<IOptions<ArticleReaderOptions>>().Value,
        });
        return services;
    }

    private static IGraphStore CreateStore(IServiceProvider provider)
    {
        var storage = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
        var loggers = provider.GetRequiredService<ILoggerFactory>();
        return storage.Provider.Trim().ToLowerInvariant() switch
        {
            "sqlite" => new SqliteGraphStore(provider.GetRequiredService<IOptions<SqliteStoreOptions>>(), loggers.CreateLogger<SqliteGraphStore>()),
            "neo4j" => Neo4jGraphStore.Create(provider.GetRequiredService<IOptions<Neo4jOptions>>().Value, loggers),
            var other => throw new OptionsValidationException(StorageOptions.SectionName, typeof(StorageOptions),
                [$"Storage:Provider is '{other}'; it must be 'sqlite' or 'neo4j'."]),
        };
    }
}
