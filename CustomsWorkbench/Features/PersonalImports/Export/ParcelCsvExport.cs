using System.Globalization;
using CustomsWorkbench.Features.PersonalImports.Duty;
using CustomsWorkbench.Features.PersonalImports.Manifest;
using CustomsWorkbench.Platform.Csv;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Records;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.PersonalImports.Export;

/// <summary>
/// Parcels as CSV (`export parcels` and the parcel list's Export CSV): the manifest columns, then `clearance`,
/// `estimated.duty.krw` (duty + VAT; empty when no exchange rate is in force), `risk` (the active parcel risk
/// model's score, 0 to 1; empty until scored) and `flags` (the stored flag codes, ';'-separated). Streamed; UTF-8 with BOM; formula-neutralised.
/// </summary>
public sealed class ParcelCsvExport(IDbContextFactory<WorkbenchDbContext> factory, ParcelList list) : IRecordCsvExport<ParcelFilter>
{
    public static readonly string[] Columns = [.. ManifestColumns.Required, .. ManifestColumns.Optional, .. ManifestColumns.ExportOnly];

    public async Task<int> WriteAsync(ParcelFilter filter, Stream output, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var tables = await DutyTables.LoadAsync(db, ct);
        var flags = await FlagsAsync(db, filter, ct);
        var sameDay = await SameDayGroupsAsync(db, ct);

        await using var writer = new StreamWriter(output, CsvExport.Utf8WithBom, bufferSize: 1 << 16, leaveOpen: true);
        await using var csv = new SafeCsvWriter(writer);
        foreach (var column in Columns) csv.WriteText(column);
        await csv.NextRecordAsync();
        var count = 0;
        var parcels = list.Filtered(db, filter).OrderBy(p => p.ArrivedOn).ThenBy(p => p.Id).AsAsyncEnumerable();
        await foreach (var p in parcels.WithCancellation(ct))
        {
            var others = sameDay.TryGetValue((p.PersonalCustomsCode, p.ArrivedOn, p.OriginCountryCode), out var group)
                ? OthersThan(group, p.Id) : [];
            WriteParcel(csv, p, others, tables, flags.GetValueOrDefault(p.Id));
            await csv.NextRecordAsync();
            count++;
        }
        await csv.FlushAsync();
        await writer.FlushAsync(ct);
        return count;
    }

    private static void WriteParcel(SafeCsvWriter csv, ExpressParcel p, IReadOnlyList<decimal> others, DutyTables tables, string? flags)
    {
        csv.WriteText(p.TrackingNumber);
        csv.WriteText(p.ArrivedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        csv.WriteText(p.PersonalCustomsCode);
        csv.WriteText(p.RecipientName);
        csv.WriteText(p.RecipientPhone);
        csv.WriteText(p.RecipientAddress);
        csv.WriteText(p.PostalCode);
        csv.WriteText(p.SenderName);
        csv.WriteText(p.OriginCountryCode);
        csv.WriteText(p.GoodsDescription);
        csv.WriteNumber(p.Quantity);
        csv.WriteNumber(p.DeclaredValueUsd);
        csv.WriteText(p.HsCode);
        csv.WriteText(p.Currency);
        csv.WriteNumber(p.ValueInCurrency);
        csv.WriteNumber(p.WeightKg);
        csv.WriteText(p.Carrier);
        var valueUsd = (decimal)p.DeclaredValueUsd;
        csv.WriteText(DutyCalculator.RouteOf(valueUsd, p.OriginCountryCode, others).Code());
        csv.WriteNumber(EstimatedDuty(p, valueUsd, others, tables));
        csv.WriteNumber(p.RiskScore);
        csv.WriteText(flags);
    }

    private static double? EstimatedDuty(ExpressParcel p, decimal valueUsd, IReadOnlyList<decimal> others, DutyTables tables)
    {
        try
        {
            return (double)DutyCalculator.Calculate(new DutyQuestion(p.GoodsDescription, valueUsd, "USD", p.OriginCountryCode, p.ArrivedOn, p.HsCode, others), tables).TotalKrw;
        }
        catch (DutyEstimateUnavailableException)
        {
            return null;
        }
    }

    private static IReadOnlyList<decimal> OthersThan(List<(int Id, decimal Usd)> group, int id) =>
        group.Where(g => g.Id != id).Select(g => g.Usd).ToList();

    /// <summary>Flag codes per parcel, for the parcels the filter selects.</summary>
    private async Task<Dictionary<int, string>> FlagsAsync(WorkbenchDbContext db, ParcelFilter filter, CancellationToken ct)
    {
        var ids = list.Filtered(db, filter).Select(p => p.Id);
        var rows = await db.ParcelFlags.AsNoTracking().Where(f => ids.Contains(f.ParcelId)).Select(f => new { f.ParcelId, f.Code }).ToListAsync(ct);
        return rows.GroupBy(r => r.ParcelId).ToDictionary(g => g.Key, g => string.Join(';', g.Select(r => r.Code).Distinct().Order(StringComparer.Ordinal)));
    }

    /// <summary>
    /// Every stored parcel (not only the selected ones) of a person, day and origin that has company: combined taxation
    /// counts the person's other parcels whether or not the filter shows them.
    /// </summary>
    private static async Task<Dictionary<(string Code, DateOnly Day, string Origin), List<(int Id, decimal Usd)>>> SameDayGroupsAsync(
        WorkbenchDbContext db, CancellationToken ct)
    {
        var shared = db.Parcels.GroupBy(p => new { p.PersonalCustomsCode, p.ArrivedOn, p.OriginCountryCode }).Where(g => g.Count() > 1).Select(g => g.Key);
        var rows = await (from p in db.Parcels.AsNoTracking()
                          join g in shared on new { p.PersonalCustomsCode, p.ArrivedOn, p.OriginCountryCode } equals g
                          select new { p.Id, p.PersonalCustomsCode, p.ArrivedOn, p.OriginCountryCode, p.DeclaredValueUsd }).ToListAsync(ct);
        return rows.GroupBy(r => (r.PersonalCustomsCode, r.ArrivedOn, r.OriginCountryCode))
            .ToDictionary(g => g.Key, g => g.Select(r => (r.Id, (decimal)r.DeclaredValueUsd)).ToList());
    }
}
