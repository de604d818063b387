using System.Globalization;
using CustomsWorkbench.Platform;

namespace CustomsWorkbench.Features.Assistant.Offline;

/// <summary>A labelled request: its intent and, in the held-out split, the slot values it must yield.</summary>
public sealed record LabelledUtterance(string Text, string Intent, IReadOnlyDictionary<string, string> Slots);

/// <summary>
/// The three splits of data/assistant (see generate_utterances.py): training, validation (settings are chosen on it) and
/// held-out (only measured). Phrasings never cross splits.
/// </summary>
public static class LabelledUtterances
{
    /// <summary>The date the held-out slots were resolved against.</summary>
    public static readonly DateOnly ReferenceDay = new(2026, 11, 24);

    public static IReadOnlyList<LabelledUtterance> Training() => Load("utterances.tsv");
    public static IReadOnlyList<LabelledUtterance> Validation() => Load("utterances-validation.tsv");
    public static IReadOnlyList<LabelledUtterance> HeldOut() => Load("utterances-test.tsv");
    /// <summary>
    /// Hand-written requests from someone who never read the generator's phrasings (intent labels only): a check that the
    /// held-out figure is not an artefact of the generator's style. Never used for training or choosing settings.
    /// </summary>
    public static IReadOnlyList<LabelledUtterance> Independent() => Load("utterances-fresh.tsv");

    public static IReadOnlyList<LabelledUtterance> Load(string fileName) =>
        File.ReadLines(ShippedData.PathOf("assistant", fileName)).Skip(1)
            .Select(l => l.Split('\t')).Where(p => p.Length >= 2)
            .Select(p => new LabelledUtterance(p[0], p[1], (p.Length > 2 ? p[2] : "")
                .Split(';', StringSplitOptions.RemoveEmptyEntries).Select(kv => kv.Split('=', 2)).ToDictionary(kv => kv[0], kv => kv[1])))
            .ToList();

    /// <summary>The slot values an utterance is compared on, in the held-out file's notation (KRW is the default currency).</summary>
    public static Dictionary<string, string> Comparable(Slots s)
    {
        var d = new Dictionary<string, string>();
        if (s.Declaration is not null) d["declaration"] = s.Declaration;
        if (s.ImporterCode is not null) d["importer"] = s.ImporterCode;
        if (s.Tariff is not null) d["tariff"] = s.Tariff;
        if (s.Amount is { } a) d["amount"] = a.ToString("0", CultureInfo.InvariantCulture);
        if (s.Currency is { } c && c != "KRW") d["currency"] = c;
        if (s.From is { } f) d["from"] = f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (s.To is { } t) d["to"] = t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (s.Channel is not null) d["channel"] = s.Channel;
        if (s.TrackingNumber is not null) d["tracking"] = s.TrackingNumber;
        if (s.GoodsCategory is not null) d["category"] = s.GoodsCategory;
        return d;
    }
}
