using System.Globalization;
using CustomsWorkbench.Platform.Csv;

namespace CustomsWorkbench.Features.PersonalImports.Evaluation;

/// <summary>Writes a scenario as a manifest CSV (the columns, plus hs.code) and a truth CSV (tracking.no, flag).</summary>
public static class ScenarioCsv
{
    public static readonly string[] ManifestColumns =
    [
        "tracking.no", "arrival.date", "pccc", "recipient.name", "recipient.phone", "recipient.address", "postal.code", "seller",
        "origin.country", "goods.description", "quantity", "declared.value.usd", "hs.code",
    ];

    public static async Task WriteManifestAsync(ParcelScenario scenario, TextWriter writer)
    {
        await using var csv = new SafeCsvWriter(writer, "\n");
        foreach (var column in ManifestColumns) csv.WriteText(column);
        await csv.NextRecordAsync();
        foreach (var p in scenario.Manifest)
        {
            foreach (var text in new[] { p.TrackingNumber, p.ArrivalDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), p.Pccc, p.RecipientName,
                p.RecipientPhone, p.RecipientAddress, p.PostalCode, p.Seller, p.OriginCountry, p.GoodsDescription })
            {
                csv.WriteText(text);
            }
            csv.WriteNumber(p.Quantity);
            csv.WriteNumber((double)p.DeclaredValueUsd);
            csv.WriteText(p.HsCode);
            await csv.NextRecordAsync();
        }
    }

    public static async Task WriteTruthAsync(ParcelScenario scenario, TextWriter writer)
    {
        await using var csv = new SafeCsvWriter(writer, "\n");
        csv.WriteText("tracking.no");
        csv.WriteText("flag");
        await csv.NextRecordAsync();
        var rows = scenario.Truth.SelectMany(kv => kv.Value.Select(t => (Tracking: t, Flag: kv.Key))).OrderBy(r => r.Tracking, StringComparer.Ordinal).ThenBy(r => r.Flag, StringComparer.Ordinal);
        foreach (var (tracking, flag) in rows)
        {
            csv.WriteText(tracking);
            csv.WriteText(flag);
            await csv.NextRecordAsync();
        }
    }
}
