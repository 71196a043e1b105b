using System.CommandLine;
using KnowledgeGraph.Learning;

namespace KnowledgeGraph.Worker.Cli;

/// <summary>The boosted trees' settings, for `train` and `eval --cv` (defaults: <see cref="TrainerSettings"/>).</summary>
public sealed class TrainerOptions
{
    private static readonly TrainerSettings Defaults = new();

    public Option<int> Iterations { get; } = new("--iterations") { Description = $"Boosting iterations (default {Defaults.Iterations}).", DefaultValueFactory = _ => Defaults.Iterations };
    public Option<int> Leaves { get; } = new("--leaves") { Description = $"Leaves a tree (default {Defaults.Leaves}).", DefaultValueFactory = _ => Defaults.Leaves };
    public Option<int> MinimumLeaf { get; } = new("--min-leaf") { Description = $"Fewest examples a leaf (default {Defaults.MinimumExamplesPerLeaf}).", DefaultValueFactory = _ => Defaults.MinimumExamplesPerLeaf };
    public Option<double> LearningRate { get; } = new("--learning-rate") { Description = $"Learning rate (default {Defaults.LearningRate}).", DefaultValueFactory = _ => Defaults.LearningRate };
    public Option<int> MinimumArticles { get; } = new("--min-feature-articles") { Description = $"A feature is used when this many training articles have it (default {Defaults.MinimumFeatureArticles}).", DefaultValueFactory = _ => Defaults.MinimumFeatureArticles };

    public Option<double> MentionThreshold { get; } = new("--mention-threshold") { Description = $"Score (log-odds) a mention candidate must exceed to be kept (default {Defaults.MentionThreshold}).", DefaultValueFactory = _ => Defaults.MentionThreshold };

    public Option<double> EntityThreshold { get; } = new("--entity-threshold") { Description = $"Score (log-odds) an entity must exceed to be kept (default {Defaults.EntityThreshold}).", DefaultValueFactory = _ => Defaults.EntityThreshold };

    public Option<double> RelationThreshold { get; } = new("--relation-threshold") { Description = $"Score (log-odds) a relation candidate must exceed to be kept (default {Defaults.RelationThreshold}).", DefaultValueFactory = _ => Defaults.RelationThreshold };

    public Option<double> RuleMargin { get; } = new("--rule-margin") { Description = $"How much lower (in log-odds) the threshold is for mentions and relations the rules also found (default {Defaults.RuleMargin}).", DefaultValueFactory = _ => Defaults.RuleMargin };

    public Option<int> Seed { get; } = new("--seed") { Description = $"Seed of the trainer's random choices (features sampled per tree); other seeds show how much a score moves by chance (default {Defaults.Seed}).", DefaultValueFactory = _ => Defaults.Seed };

    public IEnumerable<Option> All => [Iterations, Leaves, MinimumLeaf, LearningRate, MinimumArticles, MentionThreshold, EntityThreshold, RelationThreshold, RuleMargin, Seed];

    public TrainerSettings Settings(ParseResult parse) => Defaults with
    {
        Iterations = parse.GetValue(Iterations),
        Leaves = parse.GetValue(Leaves),
        MinimumExamplesPerLeaf = parse.GetValue(MinimumLeaf),
        LearningRate = parse.GetValue(LearningRate),
        MinimumFeatureArticles = parse.GetValue(MinimumArticles),
        MentionThreshold = parse.GetValue(MentionThreshold),
        EntityThreshold = parse.GetValue(EntityThreshold),
        RelationThreshold = parse.GetValue(RelationThreshold),
        RuleMargin = parse.GetValue(RuleMargin),
        Seed = parse.GetValue(Seed),
    };
}
