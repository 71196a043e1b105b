using KnowledgeGraph.Storage.Neo4j;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Tests.Storage.Neo4j;

public sealed class Neo4jOptionsTests
{
    [Fact]
    public void Options_bind_from_the_Neo4j_section_and_from_double_underscore_environment_variables()
    {
        var prefix = "KGTEST_" + Guid.NewGuid().ToString("N") + "_";
        Environment.SetEnvironmentVariable(prefix + "Neo4j__Uri", "http://graph.example:7474");
        Environment.SetEnvironmentVariable(prefix + "Neo4j__Password", "from-environment");
        Environment.SetEnvironmentVariable(prefix + "Neo4j__Resilience__MaxRetryAttempts", "7");
        try
        {
            var configuration = new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["Neo4j:User"] = "writer",
                    ["Neo4j:Database"] = "news",
                    ["Neo4j:BatchSize"] = "25",
                    ["Neo4j:RequestTimeoutSeconds"] = "9",
                })
                .AddEnvironmentVariables(prefix)
                .Build();

            var options = configuration.GetSection(Neo4jOptions.SectionName).Get<Neo4jOptions>()!;

            Assert.Equal("http://graph.example:7474", options.Uri);
            Assert.Equal("writer", options.User);
            Assert.Equal("from-environment", options.Password);
            Assert.Equal("news", options.Database);
            Assert.Equal(25, options.BatchSize);
            Assert.Equal(9, options.RequestTimeoutSeconds);
            Assert.Equal(7, options.Resilience.MaxRetryAttempts);
            Assert.Empty(options.Validate());
        }
        finally
        {
            Environment.SetEnvironmentVariable(prefix + "Neo4j__Uri", null);
            Environment.SetEnvironmentVariable(prefix + "Neo4j__Password", null);
            Environment.SetEnvironmentVariable(prefix + "Neo4j__Resilience__MaxRetryAttempts", null);
        }
    }

    [Fact]
    public void Defaults_are_a_local_server_and_database_neo4j()
    {
        var options = new Neo4jOptions();

        Assert.Equal("http://localhost:7474", options.Uri);
        Assert.Equal("neo4j", options.Database);
        Assert.Empty(options.Validate());
    }

    [Fact]
    public void The_password_is_not_in_ToString()
    {
        var options = new Neo4jOptions { Password = "hunter2-secret" };

        Assert.DoesNotContain("hunter2-secret", options.ToString());
        Assert.Contains("localhost:7474", options.ToString());
    }

    [Theory]
    [InlineData("localhost:7474")]
    [InlineData("bolt://localhost:7687")]
    [InlineData("http://neo4j:secret@localhost:7474")]
    public void Unusable_addresses_are_refused_without_echoing_credentials(string uri)
    {
        var options = new Neo4jOptions { Uri = uri };

        var failure = Assert.Throws<OptionsValidationException>(options.EnsureValid);

        Assert.Contains("Neo4j:Uri", failure.Message);
        Assert.False(new Neo4jOptionsValidator().Validate(null, options).Succeeded);
        if (uri.Contains('@'))
        {
            Assert.DoesNotContain("secret", failure.Message);
        }
    }
}
