namespace KnowledgeGraph.Worker.Cli;

/// <summary>What `extract` and `ingest` return (README, Commands).</summary>
public static class ExitCodes
{
    /// <summary>Every input was read (articles with nothing to extract, empty or not Arabic, count as read).</summary>
    public const int Success = 0;

    /// <summary>Nothing done: no article was extracted or stored, or the command could not run at all (the store, the options).</summary>
    public const int NothingDone = 1;

    /// <summary>Some inputs failed (each named with the reason) and the others were extracted or stored.</summary>
    public const int SomeFailed = 2;

    public static int For(int done, int failed) => done == 0 ? NothingDone : failed > 0 ? SomeFailed : Success;
}
