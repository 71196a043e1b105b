using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Relations.Candidates;
using KnowledgeGraph.Extraction.Reading;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Worker.Cli;

/// <summary>`explain file`: what the pipeline found in one article, sentence by sentence, and which cue found it.</summary>
public static class ExplainCommand
{
    public static Command Create()
    {
        var input = new Argument<FileInfo>("article") { Description = "One article file (.txt, or .json with one article)." };
        var command = new Command("explain", "Show, sentence by sentence, the mentions, entities and relations found in one article and the cue behind each.")
        {
            input,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var pipeline = CommonOptions.Pipeline(parse);
            var file = parse.GetValue(input)!;
            var found = false;
            await foreach (var result in new ArticleReader().ReadFileAsync(file.FullName, cancellationToken))
            {
                if (result.Article is not { } article)
                {
                    Console.Error.WriteLine($"cannot read {result.Name}: {result.Error}");
                    continue;
                }
                found = true;
                Print(pipeline.Analyze(article), Console.Out);
            }
            return found ? 0 : 1;
        });
        return command;
    }

    public static void Print(Doc doc, TextWriter writer)
    {
        writer.WriteLine($"# {doc.Name}  (date: {doc.Date?.ToString("yyyy-MM-dd") ?? "unknown"})");
        foreach (var sentence in doc.Sentences)
        {
            var mentions = doc.Mentions.Where(mention => mention.FirstToken >= sentence.FirstToken && mention.FirstToken < sentence.EndToken).ToList();
            var relations = doc.Relations.Where(relation => relation.EvidenceStart >= sentence.Start && relation.EvidenceStart < sentence.End).ToList();
            if (mentions.Count == 0 && relations.Count == 0 && !doc.Triggers.Any(trigger => trigger.FirstToken >= sentence.FirstToken && trigger.FirstToken < sentence.EndToken))
            {
                continue;
            }
            writer.WriteLine();
            writer.WriteLine($"[{sentence.Index}] {doc.OriginalText(sentence.Start, sentence.End).ReplaceLineEndings(" ")}");
            foreach (var mention in mentions)
            {
                var text = doc.OriginalText(mention.Start, mention.End);
                var role = mention.Role is { } r ? $"  role: {r.RoleText}{(r.Target?.Entity is { } t ? " @ " + t.Key : "")}" : "";
                var score = mention.Score is { } s ? string.Create(CultureInfo.InvariantCulture, $"  score {s:0.00}") : "";
                writer.WriteLine($"    {mention.Type,-12} {MentionKinds.ToWire(mention.Kind),-10} {mention.Source,-12} {(mention.Nested ? "nested " : "")}«{text}» -> {mention.Entity?.Key ?? "(none)"}{role}{score}");
            }
            var triggers = doc.Triggers.Where(trigger => trigger.FirstToken >= sentence.FirstToken && trigger.FirstToken < sentence.EndToken).ToList();
            if (triggers.Count > 0)
            {
                writer.WriteLine("    triggers: " + string.Join(", ", triggers.Select(trigger =>
                    $"«{doc.OriginalText(trigger.Start, trigger.End)}» {trigger.Info.Relation.ToWire()}/{trigger.Info.Frame}/{trigger.Info.Tense}"
                    + (trigger.Future ? " future" : "") + (trigger.Pronoun != Extraction.Text.Pronoun.None ? $" +{trigger.Pronoun}" : ""))));
            }
            foreach (var relation in relations)
            {
                writer.WriteLine($"  => {relation.Type.ToWire()} {relation.Source.Key} -> {relation.Target.Key} [{relation.Status.ToWire()}] ({relation.Rule})"
                                 + (relation.Date is { } date ? $" date {date}" : "")
                                 + (relation.AttributedTo is { } source ? $" per {source.Key}" : "")
                                 + (relation.Role is { } role2 ? $" role «{role2}»" : "")
                                 + (BestScore(doc, relation.Type, relation.Source, relation.Target) is { } best ? string.Create(CultureInfo.InvariantCulture, $" score {best:0.00}") : ""));
            }
            foreach (var dropped in DroppedRuleRelations(doc, sentence.Index))
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  xx {dropped.Type.ToWire()} {dropped.SourceEntity.Key} -> {dropped.TargetEntity.Key} ({dropped.Rule!.Rule}) dropped by the learned decision, score {dropped.Score:0.00}"));
            }
        }
    }

    /// <summary>The best score the learned decision gave a relation's candidates, when it ran.</summary>
    private static double? BestScore(Doc doc, RelationType type, DocEntity source, DocEntity target)
    {
        var key = PairCandidateGenerator.Key(type, source, target);
        var scores = doc.RelationCandidates?.Where(candidate => PairCandidateGenerator.Key(candidate.Type, candidate.SourceEntity, candidate.TargetEntity) == key)
            .Select(candidate => candidate.Score).Where(score => !double.IsNaN(score)).ToList();
        return scores is { Count: > 0 } ? scores.Max() : null;
    }

    /// <summary>Relations the rules found in a sentence that the learned decision did not keep.</summary>
    private static IEnumerable<PairCandidate> DroppedRuleRelations(Doc doc, int sentence)
    {
        if (doc.RelationCandidates is null)
        {
            return [];
        }
        var kept = doc.Relations.Select(relation => PairCandidateGenerator.Key(relation.Type, relation.Source, relation.Target)).ToHashSet();
        return doc.RelationCandidates
            .Where(candidate => candidate.Rule is not null && candidate.Sentence == sentence
                                && !kept.Contains(PairCandidateGenerator.Key(candidate.Type, candidate.SourceEntity, candidate.TargetEntity)))
            .GroupBy(candidate => PairCandidateGenerator.Key(candidate.Type, candidate.SourceEntity, candidate.TargetEntity))
            .Select(group => group.MaxBy(candidate => candidate.Score)!);
    }
}
