using CustomsWorkbench.Platform.Csv;
using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Platform.Import;

/// <summary>
/// Writes declarations as CSV: the BACUDA columns first (dates ISO 8601, labels empty when not inspected), then the
/// workbench's columns. The output re-imports cleanly with <see cref="DeclarationImportService"/>.
/// </summary>
public sealed class DeclarationCsvWriter(IDbContextFactory<WorkbenchDbContext> factory)
{
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
        await using var csv = new SafeCsvWriter(writer, newLine: "\n");
        foreach (var column in BacudaColumns.All) csv.WriteText(column);
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

    // Text columns are neutralised against formula injection (the importer restores them); numbers stay numbers.
    private static void WriteRow(SafeCsvWriter csv, DeclarationExportRow r)
    {
        csv.WriteText(r.Number);
        csv.WriteText(BacudaDate.Format(r.Date));
        csv.WriteText(r.ImporterCode);
        csv.WriteText(r.DeclarantCode);
        csv.WriteText(r.CountryCode);
        csv.WriteText(r.OfficeCode);
        csv.WriteText(r.TariffCode);
        csv.WriteNumber(r.Quantity);
        csv.WriteNumber(r.GrossWeightKg);
        csv.WriteNumber(r.Fob);
        csv.WriteNumber(r.Cif);
        csv.WriteNumber(r.Taxes);
        csv.WriteNumber(r.Inspected ? Flag(r.Illicit ?? false) : null);
        csv.WriteNumber(r.Inspected ? r.AdditionalRevenue ?? 0 : null);
        csv.WriteNumber(r.ItemCount);
        csv.WriteText(r.MainGoodsDescription);
        csv.WriteText(r.SupplierName);
        csv.WriteText(r.SupplierName is null ? null : r.SupplierCountryCode);
        csv.WriteText(r.TransportMode.ToString());
        csv.WriteText(r.OfficeName);
        csv.WriteNumber(Flag(r.FtaPreferenceClaimed));
        csv.WriteText(r.Source.ToString());
    }

    private static int Flag(bool value) => value ? 1 : 0;
}
