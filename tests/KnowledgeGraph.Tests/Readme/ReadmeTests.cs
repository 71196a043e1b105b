using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Readme;

/// <summary>The README a newcomer reads first: its quick start works when pasted, and what it claims is so.</summary>
public sealed partial class ReadmeTests
{
    private static readonly string Root = SharedData.RepositoryRoot;
    private static readonly string Text = File.ReadAllText(Path.Combine(Root, "README.md"));

    private static string Section(string heading)
    {
        var start = Text.IndexOf("\n## " + heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"README has no section '{heading}'");
        var end = Text.IndexOf("\n## ", start + 4, StringComparison.Ordinal);
        return Text[start..(end < 0 ? Text.Length : end)];
    }

    [Fact]
    public void The_quick_start_is_two_commands_that_run_from_a_fresh_clone()
    {
        var block = ShellBlock().Match(Section("Quick start"));

        Assert.True(block.Success, "the quick start has no sh block");
        var commands = block.Groups[1].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(["./kg ingest samples", "dotnet test KnowledgeGraph.sln"], commands);
        var script = Path.Combine(Root, "kg");
        Assert.True(File.Exists(script), "./kg is missing");
        Assert.StartsWith("#!/usr/bin/env bash", File.ReadAllText(script));
        if (!OperatingSystem.IsWindows())
        {
            Assert.True(File.GetUnixFileMode(script).HasFlag(UnixFileMode.UserExecute), "./kg is not executable");
        }
    }

    [Fact]
    public void No_command_in_the_readme_uses_a_kg_that_a_fresh_clone_does_not_have()
    {
        // Every command line in a shell block that runs kg runs it as ./kg.
        var lines = ShellBlock().Matches(Text).SelectMany(match => match.Groups[1].Value.Split('\n')).Select(line => line.Trim());

        Assert.DoesNotContain(lines, line => line.StartsWith("kg ", StringComparison.Ordinal));
    }

    [KgBuiltFact]
    public async Task The_kg_script_runs_the_built_program_with_its_arguments()
    {
        using var folder = new KnowledgeGraph.Tests.Reading.TempDirectory();
        var output = Path.Combine(folder.Path, "graph.json");
        var info = new ProcessStartInfo("bash") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "./kg", "extract", "samples", "--out", output })
        {
            info.ArgumentList.Add(argument);
        }
        info.Environment["KG_NO_BUILD"] = "1";
        using var process = Process.Start(info)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));

        Assert.True(process.ExitCode == 0, error);
        using var graph = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        Assert.Equal(5, graph.RootElement.GetProperty("documents").GetArrayLength());
    }

    [Fact]
    public void Every_figure_under_quality_and_speed_names_the_command_that_measures_it()
    {
        var paragraphs = Section("Quality and speed").Split("\n\n").Select(paragraph => paragraph.Trim())
            .Where(paragraph => paragraph.Length > 0 && !paragraph.StartsWith("##", StringComparison.Ordinal));

        foreach (var paragraph in paragraphs.SelectMany(paragraph => paragraph.Split("\n- ")))
        {
            if (Figure().IsMatch(paragraph))
            {
                Assert.True(paragraph.Contains("`./kg ", StringComparison.Ordinal) || paragraph.Contains("`kg ", StringComparison.Ordinal),
                    $"a figure without the command that measures it: {paragraph}");
            }
        }
    }

    [Fact]
    public void The_english_name_the_readme_promises_every_node_is_in_latin_letters_on_the_samples()
    {
        var graph = KnowledgeGraph.Tests.Cypher.PackExamples.Samples();

        Assert.Contains("every node carries both its English display name\n(`name`, always in Latin letters)", Text);
        Assert.DoesNotContain("otherwise the Arabic\nname again", Text);
        Assert.All(graph.Entities, entity => Assert.True(entity.Name.Length > 0 && !entity.Name.Any(IsArabicLetter) && entity.Name != entity.NameAr,
            $"{entity.Id}: '{entity.Name}' is not a Latin name"));
    }

    private static bool IsArabicLetter(char c) => c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFEFF';

    [Fact]
    public void The_node_version_the_readme_gives_for_the_cypher_check_is_the_one_its_package_declares()
    {
        using var lockFile = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "tools", "cypher-lint", "package-lock.json")));
        var declared = lockFile.RootElement.GetProperty("packages").EnumerateObject()
            .Where(package => package.Name.EndsWith("@neo4j-cypher/language-support", StringComparison.Ordinal))
            .Select(package => package.Value.TryGetProperty("engines", out var engines) ? engines.GetProperty("node").GetString() : null)
            .Single();

        Assert.NotNull(declared);
        Assert.Contains($"Node `{declared}`", Text);
    }

    [GeneratedRegex(@"```sh\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlock();

    [GeneratedRegex(@"\d+(\.\d+)?\s*(s\b|MB|KB|articles/s|files/s|%)|F1 0\.\d")]
    private static partial Regex Figure();
}

/// <summary>Needs the Release build `./kg` runs (CI builds it first); skipped, saying so, when it is not there or older than the sources.</summary>
public sealed class KgBuiltFactAttribute : FactAttribute
{
    public KgBuiltFactAttribute([System.Runtime.CompilerServices.CallerMemberName] string test = "") =>
        SkipReason.Apply(this, test, Why());

    private static string? Why()
    {
        if (OperatingSystem.IsWindows())
        {
            return "./kg is a bash script";
        }
        var dll = Path.Combine(SharedData.RepositoryRoot, "src", "KnowledgeGraph.Worker", "bin", "Release", "net10.0", "kg.dll");
        if (!File.Exists(dll))
        {
            return "the Release build is not there (dotnet build -c Release, or run ./kg once)";
        }
        var built = File.GetLastWriteTimeUtc(dll);
        var newer = Directory.EnumerateFiles(Path.Combine(SharedData.RepositoryRoot, "src"), "*.cs", SearchOption.AllDirectories)
            .Any(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && File.GetLastWriteTimeUtc(file) > built);
        return newer ? "the Release build is older than the sources (dotnet build -c Release, or run ./kg once)" : null;
    }
}
