using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Platform.Import;

/// <summary>
/// Writes declarations as CSV: the BACUDA columns first (dates ISO 8601, labels empty when not inspected), then the
/// workbench's columns. The output re-imports cleanly with <see cref="DeclarationImportService"/>.
/// </summary>
public sealed class DeclarationCsvWriter(IDbContextFactory<WorkbenchDbContext> factory)
{
    private static readonly CsvConfiguration Config = new(CultureInfo.InvariantCulture) { NewLine = "\n" };

    /// <summary>Every declaration, in number order, streamed from the database. Returns how many were written.</summary>
    public async Task<int> WriteAllAsync(TextWriter writer, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = DeclarationExportRow.From(db.Declarations.AsNoTracking().OrderBy(d => d.Number)).AsAsyncEnumerable();
        return await WriteAsync(rows, writer, ct);
    }

    /// <summary>Writes the header and the rows as they come; flushes every thousand rows so a response streams.</summary>
    public static async Task<int> WriteAsync(IAsyncEnumerable<DeclarationExportRow> rows, TextWriter writer, CancellationToken ct = default)
    {
        await using var csv = new CsvWriter(writer, Config, leaveOpen: true);
        foreach (var column in BacudaColumns.All) csv.WriteField(column);
        await csv.NextRecordAsync();
        var count = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            WriteRow(csv, row);
            await csv.NextRecordAsync();
            if (++count % 1000 == 0) await csv.FlushAsync();
        }
        await csv.FlushAsync();
        return count;
    }

    private static void WriteRow(CsvWriter csv, DeclarationExportRow r)
    {
        csv.WriteField(r.Number);
        csv.WriteField(BacudaDate.Format(r.Date));
        csv.WriteField(r.ImporterCode);
        csv.WriteField(r.DeclarantCode);
        csv.WriteField(r.CountryCode);
        csv.WriteField(r.OfficeCode);
        csv.WriteField(r.TariffCode);
        csv.WriteField(Number(r.Quantity));
        csv.WriteField(Number(r.GrossWeightKg));
        csv.WriteField(Number(r.Fob));
        csv.WriteField(Number(r.Cif));
        csv.WriteField(Number(r.Taxes));
        csv.WriteField(r.Inspected ? Flag(r.Illicit ?? false) : "");
        csv.WriteField(r.Inspected ? Number(r.AdditionalRevenue ?? 0) : "");
        csv.WriteField(r.ItemCount.ToString(CultureInfo.InvariantCulture));
        csv.WriteField(r.MainGoodsDescription ?? "");
        csv.WriteField(r.SupplierName ?? "");
        csv.WriteField(r.SupplierName is null ? "" : r.SupplierCountryCode ?? "");
        csv.WriteField(r.TransportMode.ToString());
        csv.WriteField(r.OfficeName);
        csv.WriteField(Flag(r.FtaPreferenceClaimed));
        csv.WriteField(r.Source.ToString());
    }

    // "R"-style shortest round-trip formatting, so a re-import compares equal.
    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Flag(bool value) => value ? "1" : "0";
}
