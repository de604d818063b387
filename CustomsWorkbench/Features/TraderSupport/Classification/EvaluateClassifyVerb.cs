using System.Text.Json;
using CustomsWorkbench.Platform.Cli;

namespace CustomsWorkbench.Features.TraderSupport.Classification;

/// <summary>
/// `evaluate classify [--json] [--validation]`: heading top-1, subheading top-1 and top-3 of the active classifier on the
/// hand-written held-out descriptions (and the validation ones). Held-out misreads are never printed, so nobody tunes on
/// them; `--validation` measures only the validation set and lists its misreads (for tuning, held-out untouched).
/// </summary>
public sealed class EvaluateClassifyVerb(TariffClassifier classifier) : ICliVerb
{
    public string Name => "evaluate classify";
    public string Usage => "evaluate classify [--json] [--validation]   HS classifier heading/subheading accuracy on the held-out descriptions";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken ct)
    {
        var (engine, version) = await classifier.EngineAsync(ct);
        if (args.Contains("--validation")) return Validation(engine, version, console);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var heldOutSet = LabelledDescriptions.HeldOut();
        var heldOut = ClassificationEvaluation.Measure(engine, heldOutSet).Metrics;
        var msPerDescription = started.Elapsed.TotalMilliseconds / Math.Max(1, heldOutSet.Count);
        var validation = ClassificationEvaluation.Measure(engine, LabelledDescriptions.Validation()).Metrics;
        if (args.Contains("--json"))
        {
            console.Out.WriteLine(JsonSerializer.Serialize(new { version, heldOut, validation, msPerDescription = Math.Round(msPerDescription, 2) }, ClassifyVerb.Json));
            return 0;
        }
        Header(console, version);
        Row(console, "held-out", heldOut);
        Row(console, "validation", validation);
        console.Out.WriteLine($"  {msPerDescription:0.0} ms per description (held-out, one thread)");
        return 0;
    }

    private static int Validation(HsClassifierEngine engine, string version, CliConsole console)
    {
        var (validation, misreads) = ClassificationEvaluation.Measure(engine, LabelledDescriptions.Validation());
        Header(console, version);
        Row(console, "validation", validation);
        console.Out.WriteLine("validation misreads (expected → suggested, confidence):");
        foreach (var m in misreads) console.Out.WriteLine($"  {m.Expected} → {m.Suggested} {m.Confidence:0.00}  {m.Description}");
        return 0;
    }

    private static void Header(CliConsole console, string version)
    {
        console.Out.WriteLine($"HS classifier {version}");
        console.Out.WriteLine($"  {"set",-10} {"n",4} {"heading@1",9} {"sub@1",6} {"sub@3",6} {"heading@3",9} {"ECE",6}");
    }

    private static void Row(CliConsole console, string name, ClassificationMetrics m) =>
        console.Out.WriteLine($"  {name,-10} {m.Descriptions,4} {m.HeadingTop1,9:0.000} {m.SubheadingTop1,6:0.000} {m.SubheadingTop3,6:0.000} {m.HeadingTop3,9:0.000} {m.ExpectedCalibrationError,6:0.000}");
}
