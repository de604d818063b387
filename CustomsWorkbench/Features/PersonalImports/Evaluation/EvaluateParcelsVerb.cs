using System.Text.Json;
using CustomsWorkbench.Platform.Cli;

namespace CustomsWorkbench.Features.PersonalImports.Evaluation;

/// <summary>`evaluate parcels [--json]`: precision and recall of every parcel flag against the demo world's planted truth.</summary>
public sealed class EvaluateParcelsVerb(DemoParcelEvaluation evaluation) : ICliVerb
{
    public string Name => "evaluate parcels";
    public string Usage => "evaluate parcels [--json]   precision/recall of each parcel flag against the demo world's planted truth";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken ct)
    {
        var unknown = args.Where(a => a != "--json").ToList();
        if (unknown.Count > 0)
        {
            console.Error.WriteLine($"Unknown option(s): {string.Join(' ', unknown)}\nUsage: {Usage}");
            return 2;
        }
        var report = await evaluation.RunAsync(ct);
        if (report.PlantedRows == 0)
        {
            console.Error.WriteLine("No planted parcel truth in this database: `evaluate parcels` needs the demo world (Workbench:SeedDemoData=true).");
            return 1;
        }
        if (args.Contains("--json"))
        {
            console.Out.WriteLine(JsonSerializer.Serialize(new
            {
                parcels = report.Parcels,
                flags = report.Scores.Select(s => new { code = s.Code, planted = s.Planted, flagged = s.Flagged, truePositives = s.TruePositives, precision = s.Precision, recall = s.Recall }),
            }));
            return 0;
        }
        console.Out.WriteLine($"Parcels: {report.Parcels:N0}, flagged in arrival order with no history and no register");
        foreach (var s in report.Scores)
        {
            console.Out.WriteLine($"{s.Code,-18} precision {s.Precision,6:P1}  recall {s.Recall,6:P1}  ({s.TruePositives} of {s.Planted} planted found, {s.Flagged} flagged)");
        }
        return 0;
    }
}
