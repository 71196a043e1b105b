using System.Globalization;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Evaluation;

/// <summary>Prints an evaluation: entity and relation scores, per relation type, status agreement, and per-article errors.</summary>
public static class EvaluationReport
{
    public static void Print(EvaluationResult result, TextWriter writer, bool details = true, bool entityDetails = false)
    {
        writer.WriteLine($"Articles scored: {result.Documents.Count}");
        writer.WriteLine();
        writer.WriteLine($"{"",-22}{"P",8}{"R",8}{"F1",8}{"match",8}{"pred",8}{"gold",8}");
        Row(writer, "entities (untyped)", result.EntitiesUntyped);
        Row(writer, "entities (typed)", result.EntitiesTyped);
        Row(writer, "relations", result.Relations);
        foreach (var type in RelationTypes.All)
        {
            Row(writer, "  " + type.ToWire(), result.RelationsOfType(type));
        }
        writer.WriteLine();
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"status agreement: {result.StatusAgreement:0.000} ({result.StatusAgreed} of {result.StatusCompared} matched relations)"));
        if (!details)
        {
            return;
        }
        foreach (var document in result.Documents)
        {
            writer.WriteLine();
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"== {document.Document}: relations P {document.Relations.Precision:0.00} R {document.Relations.Recall:0.00} F1 {document.Relations.F1:0.00}; entities (typed) F1 {document.EntitiesTyped.F1:0.00}"));
            foreach (var line in document.Missed)
            {
                writer.WriteLine($"  missed   {line.Type} {line.Source} -> {line.Target} ({line.Status}): {Shorten(line.Evidence)}");
            }
            foreach (var line in document.Spurious)
            {
                writer.WriteLine($"  spurious {line.Type} {line.Source} -> {line.Target} ({line.Status}): {Shorten(line.Evidence)}");
            }
            if (entityDetails)
            {
                foreach (var entity in document.MissedEntities)
                {
                    writer.WriteLine($"  missed entity   {entity}");
                }
                foreach (var entity in document.SpuriousEntities)
                {
                    writer.WriteLine($"  spurious entity {entity}");
                }
            }
        }
    }

    private static void Row(TextWriter writer, string label, Prf score) =>
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label,-22}{score.Precision,8:0.000}{score.Recall,8:0.000}{score.F1,8:0.000}{score.Matched,8}{score.Predicted,8}{score.Gold,8}"));

    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= 110 ? line : line[..107] + "...";
    }
}
