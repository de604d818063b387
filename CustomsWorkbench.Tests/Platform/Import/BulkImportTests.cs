using System.Text;
using CustomsWorkbench.Platform.Import;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Tests.Platform.Import;

/// <summary>
/// The bulk write path over several batches (the import writes 1,000 rows at a time): a bad row after rows were already
/// written leaves nothing, overlapping and concurrent files store each declaration once, and what the prepared inserts
/// wrote is what EF Core reads and updates (dates, enums, the concurrency token, Korean text from CP949).
/// </summary>
public class BulkImportTests(ImportTestFactory factory) : IClassFixture<ImportTestFactory>
{
    private const int Rows = 2_500;

    private Task<ImportReport> ImportAsync(string path) => factory.Imports.ImportFileAsync(path, Path.GetFileName(path), "test");

    private static string Csv(string prefix, int from, int to, Func<int, string>? row = null) =>
        BacudaFile.Header + "\n" + string.Join("\n", Enumerable.Range(from, to - from + 1).Select(row ?? (i => BacudaFile.Row(prefix, i)))) + "\n";

    private async Task<(int Declarations, int Items, int Batches, int Messages)> CountsAsync()
    {
        await using var db = factory.CreateDbContext();
        return (await db.Declarations.CountAsync(), await db.DeclarationItems.CountAsync(), await db.ImportBatches.CountAsync(), await db.Set<CustomsWorkbench.Platform.Outbox.OutboxMessage>().CountAsync());
    }

    private async Task<int> StoredAsync(string prefix)
    {
        await using var db = factory.CreateDbContext();
        return await db.Declarations.CountAsync(d => d.Number.StartsWith(prefix));
    }

    [Fact]
    public async Task A_bad_row_after_two_written_batches_commits_nothing_and_names_its_row()
    {
        var before = await CountsAsync();
        var calls = factory.Arrivals.Calls.Count;
        var path = BacudaFile.WriteTemp(Csv("BLKBAD", 1, Rows, i => BacudaFile.Row("BLKBAD", i, fob: i == 2_400 ? "abc" : null)));

        var report = await ImportAsync(path);

        Assert.False(report.Succeeded);
        Assert.Equal(Rows, report.RowCount);
        var problem = Assert.Single(report.Errors);
        Assert.Equal("row 2401, column fob.value: 'abc' is not a number", problem.ToString());
        Assert.Equal(before, await CountsAsync());
        Assert.Equal(calls, factory.Arrivals.Calls.Count);
    }

    [Fact]
    public async Task Every_bad_row_is_reported_even_after_writing_stopped()
    {
        var path = BacudaFile.WriteTemp(Csv("BLKMANY", 1, Rows, i => BacudaFile.Row("BLKMANY", i, fob: i % 1_000 == 500 ? "x" : null)));

        var report = await ImportAsync(path);

        Assert.Equal([501, 1501, 2501], report.Errors.Select(e => e.Row));
        Assert.Equal(0, await StoredAsync("BLKMANY"));
    }

    [Fact]
    public async Task A_number_repeated_in_a_later_batch_commits_nothing()
    {
        var path = BacudaFile.WriteTemp(Csv("BLKREP", 1, Rows) + BacudaFile.Row("BLKREP", 7) + "\n");

        var report = await ImportAsync(path);

        var problem = Assert.Single(report.Errors);
        Assert.Equal((Rows + 2, "RepeatedNumber"), (problem.Row, problem.Code));
        Assert.Equal(0, await StoredAsync("BLKREP"));
    }

    [Fact]
    public async Task Overlapping_files_store_each_declaration_once()
    {
        var first = await ImportAsync(BacudaFile.WriteTemp(Csv("BLKOVL", 1, 1_500)));
        var second = await ImportAsync(BacudaFile.WriteTemp(Csv("BLKOVL", 1_001, Rows)));

        Assert.Equal((1_500, 0), (first.Inserted, first.Unchanged));
        Assert.Equal((1_000, 500, 0), (second.Inserted, second.Unchanged, second.Updated));
        await using var db = factory.CreateDbContext();
        var stored = await db.Declarations.Where(d => d.Number.StartsWith("BLKOVL")).Select(d => new { d.Id, Items = d.Items.Count }).ToListAsync();
        Assert.Equal(Rows, stored.Count);
        Assert.Equal(Rows, stored.Select(d => d.Id).Distinct().Count());
        Assert.All(stored, d => Assert.Equal(1, d.Items));
    }

    [Fact]
    public async Task The_same_file_uploaded_twice_at_once_is_stored_once()
    {
        var path = BacudaFile.WriteTemp(Csv("BLKTWICE", 1, Rows));

        var reports = await Task.WhenAll(ImportAsync(path), ImportAsync(path));

        Assert.Single(reports, r => r.AlreadyImported);
        Assert.Equal(Rows, reports.Single(r => !r.AlreadyImported).Inserted);
        Assert.Equal(Rows, await StoredAsync("BLKTWICE"));
    }

    [Fact]
    public async Task Two_overlapping_files_at_once_store_each_number_once()
    {
        var reports = await Task.WhenAll(ImportAsync(BacudaFile.WriteTemp(Csv("BLKRACE", 1, 2_000))), ImportAsync(BacudaFile.WriteTemp(Csv("BLKRACE", 1_001, 3_000))));

        Assert.All(reports, r => Assert.True(r.Succeeded, string.Join("\n", r.Errors)));
        Assert.Equal(3_000, reports.Sum(r => r.Inserted));
        Assert.Equal(1_000, reports.Sum(r => r.Unchanged));
        Assert.Equal(3_000, await StoredAsync("BLKRACE"));
    }

    [Fact]
    public async Task Bulk_written_rows_read_and_update_through_ef_core_with_their_concurrency_token()
    {
        var report = await ImportAsync(BacudaFile.WriteTemp(Csv("BLKEF", 1, 1_200)));
        Assert.True(report.Succeeded, string.Join("\n", report.Errors));

        await using (var db = factory.CreateDbContext())
        {
            var d = await db.Declarations.Include(x => x.Items).Include(x => x.Importer).SingleAsync(x => x.Number == "BLKEF0001101");
            Assert.Equal((new DateOnly(2013, 10, 10), "BLKEFIMP1", CustomsWorkbench.Platform.Data.Entities.RecordSource.Import, report.BatchId),
                (d.Date, d.Importer!.Code, d.Source, d.ImportBatchId));
            Assert.Equal((true, false, 0.0, 2101.0), (d.Inspected, d.Illicit, d.AdditionalRevenue, d.TotalFob));
            Assert.Equal("8517130001", Assert.Single(d.Items).TariffCode);
            d.Illicit = true;
            await db.SaveChangesAsync();
        }
        await using var check = factory.CreateDbContext();
        Assert.True((await check.Declarations.SingleAsync(x => x.Number == "BLKEF0001101")).Illicit);
    }

    [Fact]
    public async Task A_cp949_file_over_several_batches_keeps_its_korean()
    {
        var text = new StringBuilder(BacudaFile.Header + ",goods.description,office.name\n");
        for (var i = 1; i <= Rows; i++) text.Append(BacudaFile.Row("BLKKOR", i)).Append($",냉동 어류 {i},인천세관\n");

        var report = await ImportAsync(BacudaFile.WriteTemp(text.ToString(), encoding: CustomsWorkbench.Platform.Import.TextEncodingDetector.Cp949));

        Assert.True(report.Succeeded, string.Join("\n", report.Errors));
        Assert.Equal(("CP949", Rows), (report.Encoding, report.Inserted));
        await using var db = factory.CreateDbContext();
        var last = await db.Declarations.Include(x => x.Items).SingleAsync(x => x.Number == $"BLKKOR{Rows:D7}");
        Assert.Equal($"냉동 어류 {Rows}", last.Items[0].GoodsDescription);
    }

    [Fact]
    public async Task A_cp949_line_at_the_end_of_a_utf8_file_commits_nothing_and_names_the_line()
    {
        var header = BacudaFile.Header + ",goods.description\n";
        var utf8 = Encoding.UTF8.GetBytes(header + string.Concat(Enumerable.Range(1, Rows).Select(i => BacudaFile.Row("BLKENC", i) + $",냉동 어류 {i}\n")));
        // A row pasted from a Korean Excel export: the file is neither all UTF-8 nor all CP949, and none of it may be stored.
        var cp949 = TextEncodingDetector.Cp949.GetBytes(BacudaFile.Row("BLKENC", Rows + 1) + ",냉동 어류\n");
        var path = BacudaFile.WriteTemp("");
        await File.WriteAllBytesAsync(path, [.. utf8, .. cp949]);

        var report = await ImportAsync(path);

        var problem = Assert.Single(report.Errors);
        Assert.Equal(("MixedEncoding", Rows + 2), (problem.Code, problem.Row));
        Assert.Equal(0, await StoredAsync("BLKENC"));
    }
}
