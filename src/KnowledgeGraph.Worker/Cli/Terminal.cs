using Spectre.Console;

namespace KnowledgeGraph.Worker.Cli;

/// <summary>
/// How the commands write to the console: colour and live progress only on a terminal, never into a pipe or a
/// file, and never when NO_COLOR is set (https://no-color.org).
/// </summary>
public static class Terminal
{
    /// <summary>Standard output is a terminal (not redirected to a pipe or a file).</summary>
    public static bool IsInteractive => !Console.IsOutputRedirected && !Console.IsErrorRedirected;

    /// <summary>Whether colour is wanted: on a terminal, with NO_COLOR unset or empty and TERM not "dumb".</summary>
    public static bool UseColor => ColorWanted(IsInteractive, Environment.GetEnvironmentVariable("NO_COLOR"), Environment.GetEnvironmentVariable("TERM"));

    public static bool ColorWanted(bool interactive, string? noColor, string? term) =>
        interactive && string.IsNullOrEmpty(noColor) && term != "dumb";

    /// <summary>A console for tables and progress that emits escape codes only when <see cref="UseColor"/> holds.</summary>
    public static IAnsiConsole Create() => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = UseColor ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = UseColor ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = IsInteractive ? InteractionSupport.Detect : InteractionSupport.No,
        Out = new AnsiConsoleOutput(Console.Out),
    });
}
