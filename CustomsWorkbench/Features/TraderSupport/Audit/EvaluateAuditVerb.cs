using System.Text.Json;
using CustomsWorkbench.Platform.Cli;

namespace CustomsWorkbench.Features.TraderSupport.Audit;

/// <summary>`evaluate audit [--json]`: precision at k of the audit ranking and of ranking by past hit rate, on the later period.</summary>
public sealed class EvaluateAuditVerb(AuditEvaluation evaluation) : ICliVerb
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string Name => "evaluate audit";
    public string Usage => "evaluate audit [--json]   post-clearance audit ranking: precision@k against planted offenders vs ranking by past hit rate";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken ct)
    {
        if (args.Any(a => a != "--json"))
        {
            console.Error.WriteLine($"Unknown argument. Usage: {Usage}");
            return 2;
        }
        var report = await evaluation.RunAsync(ct);
        if (report is null)
        {
            console.Error.WriteLine("No declarations to evaluate on.");
            return 1;
        }
        if (args.Contains("--json"))
        {
            console.Out.WriteLine(JsonSerializer.Serialize(report, Json));
            return 0;
        }
        var w = report.ChosenWeights;
        console.Out.WriteLine($"Audit selection: offenders = {report.OffenderDefinition}.");
        console.Out.WriteLine($"Weights chosen on validation: history {w.History}, undervaluation {w.Undervaluation}, misclassification {w.Misclassification}, FTA origin {w.FtaOrigin}, network {w.Network}");
        foreach (var (name, period) in new[] { ("validation", report.Validation), ("test (reported once)", report.Test) })
        {
            console.Out.WriteLine($"{name}: {period.From:yyyy-MM-dd}..{period.To:yyyy-MM-dd}, {period.Companies} companies, {period.Offenders} offenders");
            console.Out.WriteLine($"  {"k",4} {"ranking",8} {"hit rate",9}");
            foreach (var p in period.Precision) console.Out.WriteLine($"  {p.K,4} {p.Ranking,8:0.000} {p.HitRateBaseline,9:0.000}");
        }
        return 0;
    }
}
