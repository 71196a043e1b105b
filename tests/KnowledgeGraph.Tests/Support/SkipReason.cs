namespace KnowledgeGraph.Tests.Support;

/// <summary>
/// Skips a test with its reason in its display name, so that `dotnet test` at its default verbosity, which lists
/// skipped tests by name only, shows why each was skipped.
/// </summary>
public static class SkipReason
{
    public static void Apply(FactAttribute attribute, string test, string? reason)
    {
        if (reason is null)
        {
            return;
        }
        attribute.Skip = reason;
        attribute.DisplayName = $"{test} [skipped: {reason}]";
    }
}
