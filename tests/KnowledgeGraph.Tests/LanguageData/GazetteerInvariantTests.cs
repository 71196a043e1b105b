using System.Text.RegularExpressions;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.LanguageData;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.LanguageData;

/// <summary>Rules of Data/README.md that hold over the real gazetteer.</summary>
public sealed partial class GazetteerInvariantTests
{
    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$")]
    private static partial Regex SnakeCase();

    private static IEnumerable<(string File, TsvRow Row)> Rows() =>
        Gazetteer.Files.SelectMany(file => DataFiles.ReadTable(EmbeddedDataSource.Instance, file.File).Rows.Select(row => (file.File, row)));

    [Fact]
    public void Gazetteer_loads_with_every_file()
    {
        var gazetteer = LanguageResources.Default.Gazetteer;

        Assert.All(EntityTypes.All, type => Assert.Contains(gazetteer.Entries, entry => entry.Type == type));
        Assert.Equal(Rows().Count(), gazetteer.Entries.Count);
    }

    [Fact]
    public void Ids_are_lower_snake_case()
    {
        var bad = Rows().Where(item => !SnakeCase().IsMatch(item.Row["id"])).Select(item => $"{item.Row.Where}: '{item.Row["id"]}'").ToList();

        Assert.True(bad.Count == 0, string.Join("\n", bad));
    }

    [Fact]
    public void Ids_are_unique_across_all_gazetteer_files()
    {
        var duplicates = Rows().GroupBy(item => item.Row["id"], StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .Select(group => $"{group.Key}: {string.Join(", ", group.Select(item => item.Row.Where))}")
            .ToList();

        Assert.True(duplicates.Count == 0, string.Join("\n", duplicates));
    }

    [Fact]
    public void Every_country_reference_names_a_country()
    {
        var gazetteer = LanguageResources.Default.Gazetteer;
        var bad = gazetteer.Entries.Where(entry => entry.Country is { } country && gazetteer.Find(country)?.Type != EntityType.Country)
            .Select(entry => $"{entry.Id} -> {entry.Country}").ToList();

        Assert.True(bad.Count == 0, string.Join("\n", bad));
    }

    [Fact]
    public void Every_capital_reference_names_a_location()
    {
        var gazetteer = LanguageResources.Default.Gazetteer;
        var withCapital = gazetteer.Entries.Where(entry => entry.Capital is not null).ToList();
        var bad = withCapital.Where(entry => gazetteer.Find(entry.Capital!)?.Type != EntityType.Location)
            .Select(entry => $"{entry.Id} -> {entry.Capital}").ToList();

        Assert.NotEmpty(withCapital);
        Assert.True(bad.Count == 0, string.Join("\n", bad));
    }

    [Fact]
    public void Every_role_target_resolves()
    {
        var gazetteer = LanguageResources.Default.Gazetteer;
        var roles = gazetteer.Entries.SelectMany(entry => entry.Roles.Select(role => (entry.Id, role.TargetId))).ToList();
        var bad = roles.Where(item => gazetteer.Find(item.TargetId) is null).Select(item => $"{item.Id} -> {item.TargetId}").ToList();

        Assert.NotEmpty(roles);
        Assert.True(bad.Count == 0, string.Join("\n", bad));
    }

    [Fact]
    public void Roles_belong_to_people()
    {
        Assert.All(LanguageResources.Default.Gazetteer.Entries.Where(entry => entry.Roles.Count > 0),
            entry => Assert.Equal(EntityType.Person, entry.Type));
    }

    [Fact]
    public void No_name_or_variant_is_a_stopword()
    {
        var resources = LanguageResources.Default;
        var bad = Rows()
            .SelectMany(item => item.Row.List("variants").Prepend(item.Row["name_ar"]).Select(form => (item.Row.Where, Form: form)))
            .Where(item => resources.Stopwords.ContainsExact(resources.Normalizer.NormalizeKey(item.Form)))
            .Select(item => $"{item.Where}: {item.Form}")
            .ToList();

        Assert.True(bad.Count == 0, string.Join("\n", bad));
    }

    [Fact]
    public void Every_entry_has_english_and_arabic_names()
    {
        Assert.All(LanguageResources.Default.Gazetteer.Entries, entry =>
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.NameEn), entry.Id);
            Assert.False(string.IsNullOrWhiteSpace(entry.NameAr), entry.Id);
        });
    }

    [Fact]
    public void Every_canonical_arabic_name_finds_its_entry()
    {
        var gazetteer = LanguageResources.Default.Gazetteer;
        var bad = gazetteer.Entries.Where(entry => !gazetteer.Forms.Lookup(entry.NameAr).Any(form => form.Entry.Id == entry.Id))
            .Select(entry => $"{entry.Id}: {entry.NameAr}").ToList();

        Assert.True(bad.Count == 0, string.Join("\n", bad));
    }
}

/// <summary>Rules of the lexicon lists (Data/README.md, lexicon/).</summary>
public sealed class LexiconInvariantTests
{
    private static HashSet<string> Normalized(string file)
    {
        var normalizer = LanguageResources.Default.Normalizer;
        return DataFiles.ReadList(EmbeddedDataSource.Instance, file).Select(normalizer.NormalizeKey).ToHashSet(StringComparer.Ordinal);
    }

    [Fact]
    public void No_word_is_both_a_common_word_and_a_given_name()
    {
        var both = Normalized("lexicon/common-words.txt").Intersect(Normalized("lexicon/given-names.txt")).Order(StringComparer.Ordinal).ToList();

        Assert.True(both.Count == 0, "in common-words.txt and given-names.txt: " + string.Join("، ", both));
    }

    [Fact]
    public void No_given_name_is_a_stopword()
    {
        var both = Normalized("lexicon/stopwords.txt").Intersect(Normalized("lexicon/given-names.txt")).Order(StringComparer.Ordinal).ToList();

        Assert.True(both.Count == 0, "in stopwords.txt and given-names.txt: " + string.Join("، ", both));
    }
}
