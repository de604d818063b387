using CustomsWorkbench.Features.Assistant.Offline;
using Xunit.Abstractions;

namespace CustomsWorkbench.Tests.Features.Assistant;

/// <summary>Intent and slot accuracy of the offline engine on the held-out set (target: at least 90% each).</summary>
public class OfflineUnderstandingAccuracyTests(ITestOutputHelper output)
{
    private static readonly Lazy<IntentClassifier> Classifier = new(IntentClassifier.TrainShipped);
    private static readonly SlotExtractor Names = new(HeldOutUtterances.Importers());

    [Fact]
    public void Intent_accuracy_on_the_held_out_set_is_at_least_90_percent()
    {
        var set = HeldOutUtterances.Load();
        var wrong = set.Select(u => (u, Predicted: Classifier.Value.Predict(u.Text, Names).Intent)).Where(x => x.Predicted != x.u.Intent).ToList();
        var accuracy = 1 - (double)wrong.Count / set.Count;
        output.WriteLine($"intent accuracy {accuracy:P1} on {set.Count} held-out utterances ({wrong.Count} wrong)");
        foreach (var g in wrong.GroupBy(w => $"{w.u.Intent} -> {w.Predicted}").OrderByDescending(g => g.Count())) output.WriteLine($"  {g.Count(),3} {g.Key}: {g.First().u.Text}");
        Assert.True(accuracy >= 0.90, $"intent accuracy {accuracy:P1}");
    }

    /// <summary>An utterance counts as right when every labelled slot is extracted exactly and no value slot is invented
    /// (channel words are allowed to appear in other requests, e.g. "why is this red?").</summary>
    [Fact]
    public void Slot_accuracy_on_the_held_out_set_is_at_least_90_percent()
    {
        var extractor = new SlotExtractor(HeldOutUtterances.Importers());
        var set = HeldOutUtterances.Load();
        var wrong = new List<string>();
        foreach (var u in set)
        {
            var got = HeldOutUtterances.Comparable(extractor.Extract(u.Text, HeldOutUtterances.ReferenceDay));
            var missing = u.Slots.Where(kv => !got.TryGetValue(kv.Key, out var v) || v != kv.Value).ToList();
            var invented = got.Where(kv => kv.Key != "channel" && !u.Slots.ContainsKey(kv.Key)).ToList();
            if (missing.Count > 0 || invented.Count > 0)
                wrong.Add($"{u.Text} | expected {string.Join(';', u.Slots)} | got {string.Join(';', got)}");
        }
        var accuracy = 1 - (double)wrong.Count / set.Count;
        var labelled = set.Count(u => u.Slots.Count > 0);
        output.WriteLine($"slot accuracy {accuracy:P1} on {set.Count} held-out utterances ({labelled} with slots, {wrong.Count} wrong)");
        foreach (var w in wrong.Take(25)) output.WriteLine("  " + w);
        Assert.True(accuracy >= 0.90, $"slot accuracy {accuracy:P1}");
    }
}
