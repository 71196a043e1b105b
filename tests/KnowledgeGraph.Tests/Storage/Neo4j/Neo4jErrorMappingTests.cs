using KnowledgeGraph.Storage.Neo4j;

namespace KnowledgeGraph.Tests.Storage.Neo4j;

/// <summary>How the Query API's failures become exceptions, and that none of them shows the password.</summary>
public sealed class Neo4jErrorMappingTests
{
    [Fact]
    public async Task A_401_is_an_authentication_failure_that_names_the_user_and_how_to_fix_it()
    {
        // As "Authorize requests" shows it.
        await using var server = FakeQueryApi.Start(_ => FakeResponse.Error(401, "Neo.ClientError.Security.Unauthorized", "Invalid username or password."));
        await using var client = Neo4jTestSetup.Client(server);

        var failure = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => client.RunAsync("RETURN 1"));

        Assert.Equal("Neo.ClientError.Security.Unauthorized", failure.Code);
        Assert.False(failure.IsTransient);
        Assert.Contains(Neo4jTestSetup.User, failure.Message);
        Assert.Contains("Invalid username or password.", failure.Message);
        Assert.Contains("Neo4j__Password", failure.Message);
        Assert.DoesNotContain(Neo4jTestSetup.Password, failure.ToString());
    }

    [Fact]
    public async Task A_401_without_a_body_is_an_authentication_failure_too()
    {
        await using var server = FakeQueryApi.Start(_ => new FakeResponse(401, null));
        await using var client = Neo4jTestSetup.Client(server);

        await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => client.RunAsync("RETURN 1"));
    }

    [Fact]
    public async Task A_syntax_error_is_a_permanent_query_failure_with_code_and_message()
    {
        await using var server = FakeQueryApi.Start(_ => FakeResponse.Error(400, "Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETRN': expected a valid query (line 1, column 1 (offset: 0))"));
        await using var client = Neo4jTestSetup.Client(server);

        var failure = await Assert.ThrowsAsync<Neo4jQueryException>(() => client.RunAsync("RETRN 1"));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", failure.Code);
        Assert.Equal("Invalid input 'RETRN': expected a valid query (line 1, column 1 (offset: 0))", failure.ServerMessage);
        Assert.Contains("Neo.ClientError.Statement.SyntaxError", failure.Message);
        Assert.False(failure.IsTransient);
    }

    [Fact]
    public async Task Errors_are_read_from_a_202_answer_as_well()
    {
        // "all API requests return a 202 status code, regardless of whether the statements were successfully executed"
        await using var server = FakeQueryApi.Start(_ => FakeResponse.Error(202, "Neo.ClientError.Statement.SemanticError", "Variable `y` not defined"));
        await using var client = Neo4jTestSetup.Client(server);

        var failure = await Assert.ThrowsAsync<Neo4jQueryException>(() => client.RunAsync("RETURN y"));

        Assert.Equal("Neo.ClientError.Statement.SemanticError", failure.Code);
    }

    [Fact]
    public async Task A_code_under_error_instead_of_code_is_read_too()
    {
        await using var server = FakeQueryApi.Start(_ => new FakeResponse(400, """{"errors":[{"error":"Neo.ClientError.Statement.SyntaxError","message":"bad"}]}"""));
        await using var client = Neo4jTestSetup.Client(server);

        var failure = await Assert.ThrowsAsync<Neo4jQueryException>(() => client.RunAsync("RETRN 1"));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", failure.Code);
    }

    [Fact]
    public async Task A_deadlock_is_transient()
    {
        await using var server = FakeQueryApi.Start(_ => FakeResponse.Error(202, "Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient[1] can't acquire ExclusiveLock"));
        await using var client = Neo4jTestSetup.Client(server);

        var failure = await Assert.ThrowsAsync<Neo4jTransientException>(() => client.RunAsync("MERGE (n:Entity {id: $id})"));

        Assert.Equal("Neo.TransientError.Transaction.DeadlockDetected", failure.Code);
        Assert.True(failure.IsTransient);
    }

    [Theory]
    [InlineData(503)]
    [InlineData(502)]
    [InlineData(500)]
    [InlineData(429)]
    public async Task Server_errors_and_throttling_without_a_code_are_transient(int status)
    {
        await using var server = FakeQueryApi.Start(_ => new FakeResponse(status, null));
        await using var client = Neo4jTestSetup.Client(server);

        var failure = await Assert.ThrowsAsync<Neo4jTransientException>(() => client.RunAsync("RETURN 1"));

        Assert.Contains(status.ToString(System.Globalization.CultureInfo.InvariantCulture), failure.Message);
    }

    [Fact]
    public async Task A_refused_connection_is_transient()
    {
        var options = Neo4jTestSetup.Options(new Uri($"http://127.0.0.1:{FakeQueryApi.FreePort()}"));
        await using var client = Neo4jHttpClient.Create(options);

        var failure = await Assert.ThrowsAsync<Neo4jTransientException>(() => client.RunAsync("RETURN 1"));

        Assert.IsType<HttpRequestException>(failure.InnerException);
        Assert.Contains("Could not reach Neo4j", failure.Message);
    }

    [Fact]
    public async Task A_request_that_outlasts_its_timeout_is_transient()
    {
        await using var server = FakeQueryApi.Start(_ => FakeResponse.Data(["n"], [1]) with { Delay = TimeSpan.FromSeconds(5) });
        await using var client = Neo4jTestSetup.Client(server, requestTimeoutSeconds: 1);

        var failure = await Assert.ThrowsAsync<Neo4jTransientException>(() => client.RunAsync("RETURN 1"));

        Assert.Contains("did not answer within 1 s", failure.Message);
    }

    [Fact]
    public async Task The_callers_cancellation_stays_a_cancellation()
    {
        await using var server = FakeQueryApi.Start(_ => FakeResponse.Data(["n"], [1]) with { Delay = TimeSpan.FromSeconds(5) });
        await using var client = Neo4jTestSetup.Client(server);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.RunAsync("RETURN 1", null, cancellation.Token));
    }

    [Fact]
    public async Task No_failure_message_ever_shows_the_password()
    {
        var answers = new Func<RecordedRequest, FakeResponse>[]
        {
            _ => FakeResponse.Error(401, "Neo.ClientError.Security.Unauthorized", "Invalid username or password."),
            _ => FakeResponse.Error(403, "Neo.ClientError.Security.Forbidden", "Denied to " + Neo4jTestSetup.Password),
            _ => FakeResponse.Error(400, "Neo.ClientError.Statement.SyntaxError", "Invalid input near '" + Neo4jTestSetup.Password + "'"),
            _ => FakeResponse.Error(503, "Neo.TransientError.General.DatabaseUnavailable", "Database unavailable"),
            _ => new FakeResponse(502, "<html>Bad gateway</html>"),
            _ => new FakeResponse(200, "not json at all"),
        };
        foreach (var answer in answers)
        {
            await using var server = FakeQueryApi.Start(answer);
            await using var client = Neo4jTestSetup.Client(server);
            var failure = await Assert.ThrowsAnyAsync<Neo4jException>(() => client.RunAsync("RETURN 1"));
            Assert.DoesNotContain(Neo4jTestSetup.Password, failure.ToString());
        }

        var refused = Neo4jTestSetup.Options(new Uri($"http://127.0.0.1:{FakeQueryApi.FreePort()}"));
        await using var unreachable = Neo4jHttpClient.Create(refused);
        var connection = await Assert.ThrowsAsync<Neo4jTransientException>(() => unreachable.RunAsync("RETURN 1"));
        Assert.DoesNotContain(Neo4jTestSetup.Password, connection.ToString());
        Assert.DoesNotContain(Neo4jTestSetup.Password, refused.ToString());
    }
}
