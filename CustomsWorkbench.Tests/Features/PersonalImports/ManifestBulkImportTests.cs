using System.Text;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Import;
using CustomsWorkbench.Tests.Platform.Import;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Tests.Features.PersonalImports;

/// <summary>
/// Manifests over several batches (1,000 rows each) through the bulk writer: every column as EF Core reads it back, the
/// desk's concurrency token usable, overlapping and concurrent files stored once, Korean kept from CP949.
/// </summary>
public class ManifestBulkImportTests(PersonalImportsTestFactory factory) : IClassFixture<PersonalImportsTestFactory>
{
    private const int Rows = 2_500;

    private static string Write(IEnumerable<string> rows, string header = "", Encoding? encoding = null) =>
        BacudaFile.WriteTemp(ManifestFile.Header + header + "\n" + string.Join("\n", rows) + "\n", ".csv", encoding);

    private static IEnumerable<string> Range(string prefix, int from, int to) => Enumerable.Range(from, to - from + 1).Select(i => ManifestFile.Row(prefix, i));

    private async Task<int> StoredAsync(string prefix)
    {
        await using var db = factory.CreateDbContext();
        return await db.Parcels.CountAsync(p => p.TrackingNumber.StartsWith(prefix));
    }

    [Fact]
    public async Task A_large_manifest_is_stored_with_every_column_announced_and_usable_on_the_desk()
    {
        var rows = Enumerable.Range(1, Rows).Select(i => ManifestFile.Row("MBULK", i) + (i == Rows ? ",6109100000,EUR,45.5,0.4,DHL" : ",,,,,"));

        var report = await factory.ImportAsync(Write(rows, ",hs.code,currency,declared.value,weight.kg,carrier"));

        Assert.True(report.Succeeded, string.Join("\n", report.Errors));
        Assert.Equal((Rows, Rows), (report.RowCount, report.Inserted));
        await using (var db = factory.CreateDbContext())
        {
            var stored = await db.Parcels.Where(p => p.TrackingNumber.StartsWith("MBULK")).Select(p => p.Id).ToListAsync();
            Assert.Equal(Rows, stored.Distinct().Count());
            // Announced after the commit: the flag rules saw every parcel of the file.
            Assert.Equal(Rows, factory.Flagger.Calls.SelectMany(c => c.Arriving).Select(p => p.TrackingNumber).Where(t => t.StartsWith("MBULK")).Distinct().Count());
            var last = await db.Parcels.Include(p => p.Office).SingleAsync(p => p.TrackingNumber == $"MBULK{Rows:D6}");
            Assert.Equal(("P100000000000", $"홍길동{Rows}", "서울특별시 강남구 테헤란로 2500", "US", new DateOnly(2025, 1, 1), 25_040.0),
                (last.PersonalCustomsCode, last.RecipientName, last.RecipientAddress, last.OriginCountryCode, last.ArrivedOn, last.DeclaredValueUsd));
            Assert.Equal(("6109100000", "EUR", 45.5, 0.4, "DHL", "031"), (last.HsCode, last.Currency, last.ValueInCurrency, last.WeightKg, last.Carrier, last.Office!.Code));
            Assert.Equal((ParcelStatus.Open, 0, RecordSource.Import, report.BatchId, (double?)null), (last.Status, last.DeskVersion, last.Source, last.ImportBatchId, last.RiskScore));
            last.Status = ParcelStatus.Cleared;
            last.DeskVersion++;
            await db.SaveChangesAsync();
        }
        await using var check = factory.CreateDbContext();
        Assert.Equal(ParcelStatus.Cleared, (await check.Parcels.SingleAsync(p => p.TrackingNumber == $"MBULK{Rows:D6}")).Status);
    }

    [Fact]
    public async Task Overlapping_manifests_store_each_parcel_once()
    {
        var first = await factory.ImportAsync(Write(Range("MBOVL", 1, 1_500)));
        var second = await factory.ImportAsync(Write(Range("MBOVL", 1_001, Rows)));

        Assert.Equal((1_500, 1_000, 500), (first.Inserted, second.Inserted, second.Unchanged));
        Assert.Equal(Rows, await StoredAsync("MBOVL"));
    }

    [Fact]
    public async Task The_same_manifest_uploaded_twice_at_once_is_stored_once()
    {
        var path = Write(Range("MBTWICE", 1, Rows));

        var reports = await Task.WhenAll(factory.ImportAsync(path), factory.ImportAsync(path));

        Assert.Single(reports, r => r.AlreadyImported);
        Assert.Equal(Rows, await StoredAsync("MBTWICE"));
    }

    [Fact]
    public async Task A_cp949_manifest_over_several_batches_keeps_its_korean()
    {
        var report = await factory.ImportAsync(Write(Range("MBKOR", 1, Rows), encoding: TextEncodingDetector.Cp949));

        Assert.Equal(("CP949", Rows), (report.Encoding, report.Inserted));
        await using var db = factory.CreateDbContext();
        var last = await db.Parcels.SingleAsync(p => p.TrackingNumber == $"MBKOR{Rows:D6}");
        Assert.Equal(($"홍길동{Rows}", "T-shirts (티셔츠)"), (last.RecipientName, last.GoodsDescription));
    }
}
