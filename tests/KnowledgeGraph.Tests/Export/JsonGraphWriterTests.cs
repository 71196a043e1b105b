using System.Text;
using System.Text.Json;
using KnowledgeGraph.Export.Json;
using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.Reading;

namespace KnowledgeGraph.Tests.Export;

/// <summary>The JSON export contract of shared/spec/export-format.md.</summary>
public sealed class JsonGraphWriterTests
{
    private static JsonElement Root(GraphSnapshot graph) => JsonDocument.Parse(JsonGraphWriter.ToJson(graph)).RootElement;

    private static JsonElement Find(JsonElement array, string id) =>
        array.EnumerateArray().Single(item => item.GetProperty("id").GetString() == id);

    private static void AssertString(JsonElement item, string property, string expected)
    {
        Assert.Equal(JsonValueKind.String, item.GetProperty(property).ValueKind);
        Assert.Equal(expected, item.GetProperty(property).GetString());
    }

    private static void AssertNumber(JsonElement item, string property, int expected)
    {
        Assert.Equal(JsonValueKind.Number, item.GetProperty(property).ValueKind);
        Assert.Equal(expected, item.GetProperty(property).GetInt32());
    }

    [Fact]
    public void Export_is_one_object_with_documents_entities_and_relations_arrays()
    {
        var root = Root(SampleGraphs.Both());

        Assert.Equal(JsonValueKind.Object, root.ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("documents").ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("entities").ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("relations").ValueKind);
    }

    [Fact]
    public void Document_has_id_name_title_and_language()
    {
        var document = Root(SampleGraphs.Both()).GetProperty("documents").EnumerateArray()
            .Single(item => item.GetProperty("name").GetString() == SampleGraphs.VisitName);

        AssertString(document, "id", SampleGraphs.Visit().Document.Id);
        AssertString(document, "name", "visit.txt");
        AssertString(document, "title", "زيارة رسمية");
        AssertString(document, "language", "ar");
        AssertString(document, "date", "2024-03-10");
        AssertString(document, "source", "وكالة الأنباء");
        AssertString(document, "url", "https://example.org/visit");
    }

    [Fact]
    public void Document_without_date_source_or_url_omits_them()
    {
        var document = Root(SampleGraphs.Both()).GetProperty("documents").EnumerateArray()
            .Single(item => item.GetProperty("name").GetString() == SampleGraphs.TalksName);

        Assert.False(document.TryGetProperty("date", out _));
        Assert.False(document.TryGetProperty("source", out _));
        Assert.False(document.TryGetProperty("url", out _));
    }

    [Fact]
    public void Entity_has_id_type_names_aliases_and_mentions()
    {
        var entity = Find(Root(SampleGraphs.Both()).GetProperty("entities"), "salem_haddad");

        AssertString(entity, "type", "Person");
        AssertString(entity, "name", "Salem Haddad");
        AssertString(entity, "nameAr", "سالم الحداد");
        Assert.Equal(["سالم الحداد", "الرئيسُ", "الحداد"], entity.GetProperty("aliases").EnumerateArray().Select(alias => alias.GetString()));
        Assert.Equal(4, entity.GetProperty("mentions").GetArrayLength());
    }

    [Fact]
    public void Entity_links_are_the_optional_fields_of_the_contract()
    {
        var entities = Root(SampleGraphs.Both()).GetProperty("entities");
        var libya = Find(entities, "libya");
        var haddad = Find(entities, "salem_haddad");

        AssertString(libya, "nameSource", "gazetteer");
        AssertString(libya, "wikidata", "Q1016");
        AssertString(libya, "geonames", "2215636");
        AssertString(libya, "country", "LY");
        Assert.Equal((32.88743, 13.18733), (libya.GetProperty("latitude").GetDouble(), libya.GetProperty("longitude").GetDouble()));
        AssertString(haddad, "nameSource", "transliteration");
        AssertString(haddad, "country", "LY");
        foreach (var absent in new[] { "wikidata", "geonames", "latitude", "longitude" })
        {
            Assert.False(haddad.TryGetProperty(absent, out _), absent);
        }
        AssertString(Find(entities, "foreign_parties"), "nameSource", "arabic");
    }

    [Fact]
    public void Mention_has_document_start_end_and_text()
    {
        var entity = Find(Root(SampleGraphs.Both()).GetProperty("entities"), "tripoli");
        var mention = Assert.Single(entity.GetProperty("mentions").EnumerateArray());
        var start = SampleGraphs.VisitText.IndexOf("طرابلس", StringComparison.Ordinal);

        AssertString(mention, "document", "visit.txt");
        AssertNumber(mention, "start", start);
        AssertNumber(mention, "end", start + "طرابلس".Length);
        AssertString(mention, "text", "طرابلس");
        AssertString(mention, "kind", "name");
    }

    [Theory]
    [InlineData(EntityType.Person, "Person")]
    [InlineData(EntityType.Country, "Country")]
    [InlineData(EntityType.Location, "Location")]
    [InlineData(EntityType.Organization, "Organization")]
    [InlineData(EntityType.Event, "Event")]
    public void Entity_types_are_written_by_name(EntityType type, string wire)
    {
        var graph = new GraphSnapshot([], [new Entity("x", type, "X", "س")], []);

        AssertString(Find(Root(graph).GetProperty("entities"), "x"), "type", wire);
    }

    [Fact]
    public void Relation_has_id_type_source_target_status_and_evidence()
    {
        var relation = Find(Root(SampleGraphs.Both()).GetProperty("relations"), "salem_haddad-VISITED-tripoli");

        AssertString(relation, "type", "VISITED");
        AssertString(relation, "source", "salem_haddad");
        AssertString(relation, "target", "tripoli");
        AssertString(relation, "status", "occurred");
        var evidence = Assert.Single(relation.GetProperty("evidence").EnumerateArray());
        const string span = "وصل الرئيسُ الليبي سالم الحداد إلى طرابلس صباح الأحد";
        var start = SampleGraphs.VisitText.IndexOf(span, StringComparison.Ordinal);
        AssertString(evidence, "document", "visit.txt");
        AssertNumber(evidence, "start", start);
        AssertNumber(evidence, "end", start + span.Length);
        AssertString(evidence, "text", span);
        AssertString(evidence, "status", "occurred");
        AssertString(evidence, "date", "2024-03-10");
    }

    [Theory]
    [InlineData(RelationType.Visited, "VISITED")]
    [InlineData(RelationType.Met, "MET")]
    [InlineData(RelationType.Accompanied, "ACCOMPANIED")]
    [InlineData(RelationType.Accused, "ACCUSED")]
    [InlineData(RelationType.Denied, "DENIED")]
    [InlineData(RelationType.Warned, "WARNED")]
    [InlineData(RelationType.HoldsRole, "HOLDS_ROLE")]
    public void Relation_types_are_written_in_upper_snake_case(RelationType type, string wire)
    {
        var graph = new GraphSnapshot([], [], [new Relation(type, "a", "b")]);
        var relation = Root(graph).GetProperty("relations")[0];

        AssertString(relation, "type", wire);
        AssertString(relation, "id", $"a-{wire}-b");
    }

    [Fact]
    public void Planned_only_relation_is_written_as_planned()
    {
        var relation = Find(Root(SampleGraphs.Both()).GetProperty("relations"), "omar_nouri-MET-salem_haddad");

        AssertString(relation, "status", "planned");
        AssertString(relation.GetProperty("evidence")[0], "status", "planned");
    }

    [Fact]
    public void Optional_relation_fields_come_from_the_evidence()
    {
        var relations = Root(SampleGraphs.Both()).GetProperty("relations");

        AssertString(Find(relations, "salem_haddad-HOLDS_ROLE-libya"), "role", "الرئيس");
        AssertString(Find(relations, "omar_nouri-ACCUSED-foreign_parties"), "charge", "بالتدخل");
        AssertString(Find(relations, "salem_haddad-VISITED-tripoli"), "date", "2024-03-10");
        Assert.Equal(["foreign_parties"], Find(relations, "omar_nouri-MET-salem_haddad").GetProperty("attributedTo").EnumerateArray().Select(item => item.GetString()));
        Assert.False(Find(relations, "salem_haddad-VISITED-tripoli").TryGetProperty("attributedTo", out _));
    }

    [Fact]
    public void Arabic_is_written_unescaped()
    {
        var json = JsonGraphWriter.ToJson(SampleGraphs.Both());

        Assert.Contains("\"nameAr\": \"سالم الحداد\"", json);
        Assert.Contains("الرئيسُ الليبي", json);
        Assert.DoesNotContain("\\u06", json);
        Assert.DoesNotContain("\\u064", json);
    }

    [Fact]
    public void Special_characters_are_still_escaped_so_the_json_stays_valid()
    {
        var entity = new Entity("q", EntityType.Organization, "Quote \"Co\"", "شركة \"النور\"\\الأولى");
        var json = JsonGraphWriter.ToJson(new GraphSnapshot([], [entity], []));

        var parsed = JsonGraphReader.Parse(json);

        Assert.Equal("شركة \"النور\"\\الأولى", parsed.Entities[0].NameAr);
        Assert.Equal("Quote \"Co\"", parsed.Entities[0].Name);
    }

    [Fact]
    public async Task Written_file_is_utf8_without_bom_and_holds_the_arabic_characters()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "out", "graph.json");

        await JsonGraphWriter.WriteFileAsync(SampleGraphs.Both(), path);

        var bytes = await File.ReadAllBytesAsync(path);
        Assert.Equal((byte)'{', bytes[0]);
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        Assert.Contains("سالم الحداد", text);
        Assert.DoesNotContain("\\u06", text);
        Assert.Equal(JsonGraphWriter.ToJson(SampleGraphs.Both()), text);
    }

    [Fact]
    public async Task Writing_a_file_leaves_no_temporary_file_and_replaces_an_older_export()
    {
        using var temp = new TempDirectory();
        var path = temp.WriteText("graph.json", "{\"old\": true}");

        await JsonGraphWriter.WriteFileAsync(SampleGraphs.Both(), path);

        Assert.Equal(["graph.json"], Directory.EnumerateFiles(temp.Path).Select(Path.GetFileName));
        Assert.DoesNotContain("\"old\"", await File.ReadAllTextAsync(path));
    }

    [Fact]
    public async Task WriteAsync_writes_the_same_json_as_ToJson()
    {
        using var stream = new MemoryStream();

        await JsonGraphWriter.WriteAsync(SampleGraphs.Both(), stream);

        Assert.Equal(JsonGraphWriter.ToJson(SampleGraphs.Both()), Encoding.UTF8.GetString(stream.ToArray()));
    }
}
