using System.Diagnostics;
using CustomsWorkbench.Features.Assistant.Offline;
using CustomsWorkbench.Platform.Cli;

namespace CustomsWorkbench.Features.Assistant;

/// <summary>
/// `evaluate assistant`: the shipped offline engine's intent and slot accuracy on the held-out split, per intent, and intent
/// accuracy on the independent hand-written set (no misreads of either are printed, so nothing is tuned on them). `evaluate assistant --sweep` instead compares classifier settings on the validation split (trained on the
/// training split only) and shows validation confusions; it never looks at the held-out split.
/// </summary>
public sealed class EvaluateAssistantVerb : ICliVerb
{
    public string Name => "evaluate assistant";
    public string Usage => "evaluate assistant [--sweep|--validation]   held-out intent/slot accuracy of the offline assistant (--sweep: compare settings on validation only; --validation: every validation misread of the chosen settings)";

    public Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken ct)
    {
        var output = console.Out;
        var training = LabelledUtterances.Training();
        var validation = LabelledUtterances.Validation();
        var heldOut = LabelledUtterances.HeldOut();
        output.WriteLine($"splits: training {training.Count}, validation {validation.Count}, held-out {heldOut.Count}");
        if (args.Contains("--sweep"))
        {
            output.WriteLine("validation sweep (trained on the training split only):");
            var rows = OfflineEvaluation.Sweep(IntentClassifierSettings.Sweep(), r => output.WriteLine($"  {r.Settings,-30} validation {r.ValidationAccuracy:P1}"));
            var best = OfflineEvaluation.Best(rows);
            output.WriteLine($"best on validation: {best}; shipped: {IntentClassifierSettings.Chosen}{(best == IntentClassifierSettings.Chosen ? "" : "  (differs: update IntentClassifierSettings.Chosen)")}");
            var sweepNames = OfflineEvaluation.Names();
            Print(output, "validation", OfflineEvaluation.Intents(IntentClassifier.Train(training, sweepNames, best), validation, sweepNames));
            // Choosing stays on validation: the held-out split is measured only by a run without --sweep.
            return Task.FromResult(0);
        }
        if (args.Contains("--validation"))
        {
            // Every misread of the validation split (trained on the training split only): what new phrasings and cues are written from.
            var validationNames = OfflineEvaluation.Names();
            var trained = IntentClassifier.Train(training, validationNames, IntentClassifierSettings.Chosen);
            var report = OfflineEvaluation.Intents(trained, validation, validationNames);
            output.WriteLine($"validation accuracy {report.Accuracy:P1} ({report.Correct}/{report.Count})");
            foreach (var u in validation)
            {
                var p = trained.Predict(u.Text, validationNames).Intent;
                if (p != u.Intent) output.WriteLine($"  {u.Intent} → {p}: {u.Text}");
            }
            return Task.FromResult(0);
        }
        var watch = Stopwatch.StartNew();
        var classifier = IntentClassifier.TrainShipped();
        output.WriteLine($"shipped model ({IntentClassifierSettings.Chosen}) trained on training + validation in {watch.Elapsed.TotalSeconds:0.0} s");
        var names = OfflineEvaluation.Names();
        var intents = OfflineEvaluation.Intents(classifier, heldOut, names);
        var slots = OfflineEvaluation.Slots(heldOut, names);
        output.WriteLine($"held-out intent accuracy {intents.Accuracy:P1} ({intents.Correct}/{intents.Count})");
        output.WriteLine($"held-out slot accuracy   {slots.Accuracy:P1} ({slots.Count - slots.Wrong.Count}/{slots.Count}; {slots.WithSlots} with labelled slots)");
        // Held-out figures only, never its misreads: phrasings and cues are written from validation (--validation).
        Print(output, "held-out", intents, confusions: false);
        var independent = OfflineEvaluation.Intents(classifier, LabelledUtterances.Independent(), names);
        output.WriteLine($"independent hand-written set (intent only, not a gate): accuracy {independent.Accuracy:P1} ({independent.Correct}/{independent.Count})");
        // The independent set is held out too: its misreads would invite cues written to fit it.
        Print(output, "independent", independent, confusions: false);
        return Task.FromResult(intents.Accuracy >= 0.9 && slots.Accuracy >= 0.9 ? 0 : 1);
    }

    private static void Print(TextWriter output, string split, IntentReport report, bool confusions = true)
    {
        output.WriteLine($"{split} per intent (recall{(confusions ? ", confusions" : "")}), accuracy {report.Accuracy:P1}:");
        foreach (var i in report.PerIntent)
        {
            output.WriteLine($"  {i.Intent,-24} {i.Recall,7:P1} ({i.Correct}/{i.Count})");
            if (confusions) foreach (var (predicted, count, example) in i.Confusions) output.WriteLine($"      {count,3} → {predicted}: {example}");
        }
    }
}
