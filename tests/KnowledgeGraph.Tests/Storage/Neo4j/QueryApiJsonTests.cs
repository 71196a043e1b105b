using System.Text;
using System.Text.Json;
using KnowledgeGraph.Storage.Neo4j;

namespace KnowledgeGraph.Tests.Storage.Neo4j;

/// <summary>The request bodies sent to the Query API.</summary>
public sealed class QueryApiJsonTests
{
    [Fact]
    public void Arabic_text_goes_as_UTF8_and_only_JSON_specials_are_escaped()
    {
        var text = "زار \"بوتين\" الصين\\\n\u0001<b>&'";

        var body = QueryApiJson.Request("RETURN $text AS text", new Dictionary<string, object?> { ["text"] = text });

        var json = Encoding.UTF8.GetString(body);
        Assert.Contains("زار", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u06", json, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<b>&'", json, StringComparison.Ordinal);
        using var parsed = JsonDocument.Parse(body);
        Assert.Equal(text, parsed.RootElement.GetProperty("parameters").GetProperty("text").GetString());
        Assert.Equal("RETURN $text AS text", parsed.RootElement.GetProperty("statement").GetString());
    }

    [Fact]
    public void A_lone_surrogate_is_escaped_not_sent_as_invalid_UTF8()
    {
        var body = QueryApiJson.Request("RETURN $text", new Dictionary<string, object?> { ["text"] = "a\ud800b" });

        Assert.True(new UTF8Encoding(false, true).GetCharCount(body) > 0);
        using var parsed = JsonDocument.Parse(body);
        Assert.StartsWith("a", parsed.RootElement.GetProperty("parameters").GetProperty("text").GetString(), StringComparison.Ordinal);
    }
}
