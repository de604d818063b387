using System.Text.Json;
using CustomsWorkbench.Features.PersonalImports.Risk;
using CustomsWorkbench.Platform.Cli;

namespace CustomsWorkbench.Features.PersonalImports.Evaluation;

/// <summary>
/// `evaluate parcels [--json]`: precision and recall of every parcel flag against the demo world's planted truth, and
/// the parcel risk score's precision at k on its held-out window.
/// </summary>
public sealed class EvaluateParcelsVerb(DemoParcelEvaluation evaluation, ParcelRiskEvaluation risk) : ICliVerb
{
    public string Name => "evaluate parcels";
    public string Usage => "evaluate parcels [--json]   precision/recall of each parcel flag against the demo world's planted truth, and the risk score's precision at k";

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
        var heldOut = await risk.RunAsync(ct);
        if (args.Contains("--json"))
        {
            console.Out.WriteLine(JsonSerializer.Serialize(new
            {
                parcels = report.Parcels,
                flags = report.Scores.Select(s => new { code = s.Code, planted = s.Planted, flagged = s.Flagged, truePositives = s.TruePositives, precision = s.Precision, recall = s.Recall }),
                risk = heldOut is null ? null : new
                {
                    version = heldOut.Version, from = heldOut.From, to = heldOut.To, parcels = heldOut.Parcels, irregular = heldOut.Irregular,
                    baseRate = heldOut.BaseRate, atK = heldOut.AtK.Select(a => new { k = a.K, precision = a.Precision, flagCountPrecision = a.FlagCountPrecision }),
                },
            }));
            return 0;
        }
        console.Out.WriteLine($"Parcels: {report.Parcels:N0}, flagged in arrival order with no history and no register");
        foreach (var s in report.Scores)
        {
            console.Out.WriteLine($"{s.Code,-18} precision {s.Precision,6:P1}  recall {s.Recall,6:P1}  ({s.TruePositives} of {s.Planted} planted found, {s.Flagged} flagged)");
        }
        WriteRisk(console, heldOut);
        return 0;
    }

    private static void WriteRisk(CliConsole console, ParcelRiskHeldOut? heldOut)
    {
        if (heldOut is null)
        {
            console.Out.WriteLine("Risk score: no active parcel-risk model (too few inspected parcels with an outcome).");
            return;
        }
        console.Out.WriteLine($"Risk score {heldOut.Version}, held-out window {heldOut.From:yyyy-MM-dd}..{heldOut.To:yyyy-MM-dd}: {heldOut.Parcels:N0} parcels, {heldOut.Irregular:N0} irregular (base rate {heldOut.BaseRate:P1})");
        foreach (var a in heldOut.AtK)
        {
            console.Out.WriteLine($"  precision@{a.K,-4} risk score {a.Precision,6:P1}   by flag count {a.FlagCountPrecision,6:P1}");
        }
    }
}
