using System.Globalization;
using System.Text.Json;
using CustomsWorkbench.Platform.Cli;
using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Features.RiskSelection.Engine;

/// <summary>
/// `evaluate risk [--test-from yyyy-MM-dd] [--json]`: trains on the current database before the split date and prints
/// precision, recall and revenue share at k = 1, 2, 5, 10% for ml, rules, random and hybrid — on the inspected test
/// declarations (the only ones with labels) and, for the demo world, against the planted truth for all test declarations —
/// plus the hybrid as the planner runs it live (per office and day under each office's red capacity). The validation
/// window before the test window is printed first: settings are chosen on it; the test window is only reported.
/// </summary>
public sealed class EvaluateRiskVerb(RiskRecordLoader loader, IDbContextFactory<WorkbenchDbContext> factory, IOptions<RiskOptions> options,
    FeatureStateFactory states) : ICliVerb
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    public string Name => "evaluate risk";
    public string Usage => "evaluate risk [--test-from yyyy-MM-dd] [--network-risk on|off] [--misclassification on|off] [--json]   evaluate the risk models on a time split";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken ct)
    {
        DateOnly? testFrom = null;
        var json = false;
        bool? networkRisk = null, misclassification = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--json":
                    json = true;
                    break;
                case "--network-risk" when i + 1 < args.Count && args[i + 1] is "on" or "off":
                    networkRisk = args[i + 1] == "on";
                    i++;
                    break;
                case "--misclassification" when i + 1 < args.Count && args[i + 1] is "on" or "off":
                    misclassification = args[i + 1] == "on";
                    i++;
                    break;
                case "--test-from" when i + 1 < args.Count && DateOnly.TryParseExact(args[i + 1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                    testFrom = date;
                    i++;
                    break;
                default:
                    console.Error.WriteLine($"Unexpected argument '{args[i]}'. {Usage}");
                    return 2;
            }
        }
        var records = await loader.LoadAllAsync(ct);
        if (records.Count == 0)
        {
            console.Error.WriteLine("The database has no declarations: import some first (dotnet run --project CustomsWorkbench -- import FILE).");
            return 1;
        }
        var features = (await states.CreateAsync(networkRisk, ct, misclassification)).BuildChronological(records);
        var rules = await RiskTrainingRun.AuthoredRulesAsync(factory, ct);
        var truth = await DemoTruth.LoadAsync(factory, ct);
        RiskEvaluationResult result;
        RiskEvaluationResult? validation;
        try
        {
            var evaluator = new RiskEvaluator(options.Value);
            // The test window is computed once and only reported; the validation window before it is what settings are judged on.
            result = evaluator.Evaluate(records, features, testFrom, rules, truth);
            validation = evaluator.Validate(records, features, result.TestFrom, rules, truth);
        }
        catch (InvalidOperationException e)
        {
            console.Error.WriteLine(e.Message);
            return 1;
        }
        var report = RiskEvaluationReport.From(result, validation);
        if (json)
        {
            console.Out.WriteLine(JsonSerializer.Serialize(report, Json));
            return 0;
        }
        console.Out.WriteLine($"Risk selection evaluation: rules strategy uses {report.Rules} rules; network risk {(networkRisk ?? options.Value.NetworkRisk ? "on" : "off")}; misclassification {(misclassification ?? options.Value.Misclassification ? "on" : "off")}.");
        if (misclassification ?? options.Value.Misclassification)
        {
            // How often the signal fires at all: a feature that is 0 on every row cannot change the table.
            var fired = Enumerable.Range(0, records.Count).Count(i => features[i * RiskFeatures.Count + RiskFeatures.Misclassification] > 0);
            console.Out.WriteLine($"Misclassification signal non-zero on {fired:N0} of {records.Count:N0} declarations.");
        }
        if (report.Validation is { } v)
            PrintWindow(console.Out, "Validation window (used for choosing settings)", v, validation!.Model is null);
        else
            console.Out.WriteLine("\nNo validation window: the history before the test window is too short to split.");
        PrintWindow(console.Out, "Test window (computed once; reported, never used to choose)", report, result.Model is null);
        return 0;
    }

    private static void PrintWindow(TextWriter o, string title, RiskEvaluationReport report, bool noModel)
    {
        o.WriteLine();
        o.WriteLine($"== {title}: trained on inspected declarations {report.TrainFrom:yyyy-MM-dd} .. {report.TestFrom.AddDays(-1):yyyy-MM-dd} ({report.TrainingRows:N0} rows{(noModel ? ", too few labels: no model" : "")}), tested {report.TestFrom:yyyy-MM-dd} .. {report.TestTo:yyyy-MM-dd}");
        // The planted-truth table leads: it does not depend on which declarations were inspected in the past.
        if (report.GroundTruth is { } gt)
            PrintTable(o, $"Demo ground truth (independent of past inspection choices): {gt.Population} ({gt.Declarations:N0}, {gt.Illicit:N0} planted illicit)", gt.Strategies, gt.AsDeployed);
        PrintTable(o, $"Labelled population: {report.Population} ({report.TestDeclarations:N0}, {report.TestIllicit:N0} illicit)", report.Strategies, report.AsDeployed);
    }

    private static void PrintTable(TextWriter o, string title, IReadOnlyList<StrategyRow> rows, StrategyRow? asDeployed)
    {
        o.WriteLine();
        o.WriteLine(title);
        o.WriteLine($"{"k",5}  {"strategy",-8} {"precision",10} {"recall",8} {"revenue",8}");
        foreach (var r in rows)
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.K,5:P0}  {r.Name,-8} {r.Precision,10:P1} {r.Recall,8:P1} {r.Revenue,8:P1}"));
        if (asDeployed is { } d)
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{d.K,5:P1}  hybrid as the planner runs it (per office and day, under each office's red capacity): precision {d.Precision:P1}, recall {d.Recall:P1}, revenue {d.Revenue:P1}"));
    }
}
