namespace CustomsWorkbench.Features.Assistant.Offline;

public sealed record IntentScore(string Intent, int Count, int Correct, IReadOnlyList<(string Predicted, int Count, string Example)> Confusions)
{
    public double Recall => Count == 0 ? 0 : (double)Correct / Count;
}

public sealed record IntentReport(int Count, int Correct, IReadOnlyList<IntentScore> PerIntent)
{
    public double Accuracy => Count == 0 ? 0 : (double)Correct / Count;
}

public sealed record SlotReport(int Count, int WithSlots, IReadOnlyList<string> Wrong)
{
    public double Accuracy => Count == 0 ? 0 : 1 - (double)Wrong.Count / Count;
}

public sealed record SweepRow(IntentClassifierSettings Settings, double ValidationAccuracy);

/// <summary>
/// How the offline engine's understanding is measured: settings are compared on the validation split (trained on the
/// training split only); the shipped model (training + validation) is then measured once on the held-out split.
/// </summary>
public static class OfflineEvaluation
{
    public static SlotExtractor Names() => new(IntentClassifier.ShippedImporters());

    public static IntentReport Intents(IntentClassifier classifier, IReadOnlyList<LabelledUtterance> set, SlotExtractor names)
    {
        var predicted = set.Select(u => (u, Predicted: classifier.Predict(u.Text, names).Intent)).ToList();
        var perIntent = predicted.GroupBy(p => p.u.Intent).OrderBy(g => g.Key).Select(g => new IntentScore(g.Key, g.Count(), g.Count(p => p.Predicted == p.u.Intent),
            g.Where(p => p.Predicted != p.u.Intent).GroupBy(p => p.Predicted).OrderByDescending(c => c.Count())
                .Select(c => (c.Key, c.Count(), c.First().u.Text)).ToList())).ToList();
        return new IntentReport(set.Count, perIntent.Sum(i => i.Correct), perIntent);
    }

    /// <summary>An utterance counts as right when every labelled slot is extracted exactly and no value slot is invented
    /// (channel and goods-category words may appear in other requests, e.g. "why is this red?", "tariff rate on cigarettes").</summary>
    public static SlotReport Slots(IReadOnlyList<LabelledUtterance> set, SlotExtractor extractor)
    {
        var wrong = new List<string>();
        foreach (var u in set)
        {
            var got = LabelledUtterances.Comparable(extractor.Extract(u.Text, LabelledUtterances.ReferenceDay));
            var missing = u.Slots.Where(kv => !got.TryGetValue(kv.Key, out var v) || v != kv.Value).ToList();
            var invented = got.Where(kv => kv.Key is not ("channel" or "category") && !u.Slots.ContainsKey(kv.Key)).ToList();
            if (missing.Count > 0 || invented.Count > 0)
                wrong.Add($"{u.Text} | expected {string.Join(';', u.Slots)} | got {string.Join(';', got)}");
        }
        return new SlotReport(set.Count, set.Count(u => u.Slots.Count > 0), wrong);
    }

    /// <summary>Trains on the training split with each setting and scores it on the validation split.</summary>
    public static IReadOnlyList<SweepRow> Sweep(IEnumerable<IntentClassifierSettings> settings, Action<SweepRow>? progress = null)
    {
        var names = Names();
        var training = LabelledUtterances.Training();
        var validation = LabelledUtterances.Validation();
        var rows = new List<SweepRow>();
        foreach (var s in settings)
        {
            var row = new SweepRow(s, Intents(IntentClassifier.Train(training, names, s), validation, names).Accuracy);
            rows.Add(row);
            progress?.Invoke(row);
        }
        return rows;
    }

    /// <summary>The best setting of a sweep; ties go to the simpler (fewer n-grams, stronger penalty) setting.</summary>
    public static IntentClassifierSettings Best(IEnumerable<SweepRow> rows) =>
        rows.OrderByDescending(r => Math.Round(r.ValidationAccuracy, 4)).ThenBy(r => r.Settings.WordNgrams + r.Settings.CharNgrams)
            .ThenByDescending(r => r.Settings.L2).First().Settings;
}
