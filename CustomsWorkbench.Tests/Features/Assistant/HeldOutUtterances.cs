using CustomsWorkbench.Features.Assistant.Offline;
using CustomsWorkbench.Platform;

namespace CustomsWorkbench.Tests.Features.Assistant;

/// <summary>The held-out labelled set (data/assistant/utterances-test.tsv): phrasings the classifier never saw in training.</summary>
public sealed record LabelledUtterance(string Text, string Intent, IReadOnlyDictionary<string, string> Slots);

public static class HeldOutUtterances
{
    /// <summary>The date the held-out slots were resolved against (see generate_utterances.py).</summary>
    public static readonly DateOnly ReferenceDay = new(2026, 11, 24);

    public static IReadOnlyList<LabelledUtterance> Load() =>
        File.ReadLines(ShippedData.PathOf("assistant", "utterances-test.tsv")).Skip(1)
            .Select(l => l.Split('\t'))
            .Select(p => new LabelledUtterance(p[0], p[1], (p.Length > 2 ? p[2] : "")
                .Split(';', StringSplitOptions.RemoveEmptyEntries).Select(kv => kv.Split('=', 2)).ToDictionary(kv => kv[0], kv => kv[1])))
            .ToList();

    public static IReadOnlyList<KnownImporter> Importers() =>
        File.ReadLines(ShippedData.PathOf("assistant", "utterance-importers.tsv")).Select(l => l.Split('\t')).Select(p => new KnownImporter(p[0], p[1])).ToList();

    /// <summary>The slot values a labelled utterance is compared on, in the held-out file's notation.</summary>
    public static Dictionary<string, string> Comparable(Slots s)
    {
        var d = new Dictionary<string, string>();
        if (s.Declaration is not null) d["declaration"] = s.Declaration;
        if (s.ImporterCode is not null) d["importer"] = s.ImporterCode;
        if (s.Tariff is not null) d["tariff"] = s.Tariff;
        if (s.Amount is { } a) d["amount"] = a.ToString("0", System.Globalization.CultureInfo.InvariantCulture);
        if (s.From is { } f) d["from"] = f.ToString("yyyy-MM-dd");
        if (s.To is { } t) d["to"] = t.ToString("yyyy-MM-dd");
        if (s.Channel is not null) d["channel"] = s.Channel;
        return d;
    }
}
