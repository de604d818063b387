using CustomsWorkbench.Platform;
using CustomsWorkbench.Platform.Import;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Tests.Platform.Import;

public class ImportServiceTests(ImportTestFactory factory) : IClassFixture<ImportTestFactory>
{
    private Task<ImportReport> ImportAsync(string path, string? name = null) =>
        factory.Imports.ImportFileAsync(path, name ?? Path.GetFileName(path), "test");

    private async Task<(int Declarations, int Items, int Importers, int Batches)> CountsAsync()
    {
        await using var db = factory.CreateDbContext();
        return (await db.Declarations.CountAsync(), await db.DeclarationItems.CountAsync(), await db.Importers.CountAsync(), await db.ImportBatches.CountAsync());
    }

    [Fact]
    public async Task Good_bacuda_file_imports_with_counts_labels_and_created_master_records()
    {
        var report = await ImportAsync(BacudaFile.Fixture("good-bacuda.csv"));

        Assert.True(report.Succeeded, string.Join("\n", report.Errors));
        Assert.Equal((10, 10, 0, 0), (report.RowCount, report.Inserted, report.Updated, report.Unchanged));
        await using var db = factory.CreateDbContext();
        var stored = await db.Declarations.Include(d => d.Items).Include(d => d.Importer).Include(d => d.Office)
            .Where(d => d.Number.StartsWith("GOOD")).OrderBy(d => d.Number).ToListAsync();
        Assert.Equal(10, stored.Count);
        Assert.Equal(5, stored.Count(d => d.Inspected));
        Assert.Equal(["GOOD0003", "GOOD0006"], stored.Where(d => d.Illicit == true).Select(d => d.Number));
        Assert.Equal(2340.5, stored.Single(d => d.Number == "GOOD0003").AdditionalRevenue);
        Assert.All(stored.Where(d => !d.Inspected), d => Assert.Null(d.Illicit));
        var first = stored[0];
        Assert.Equal(new DateOnly(2013, 1, 2), first.Date);
        Assert.Equal(("IMP826164", "OFFICE20", "OFFICE20"), (first.Importer!.Code, first.Office!.NameEn, first.Office.NameKo));
        Assert.Equal(1, Assert.Single(first.Items).LineNumber);
        Assert.Equal("87082990", stored.Single(d => d.Number == "GOOD0005").MainTariffCode);
        Assert.Equal(new DateOnly(2013, 3, 2), stored.Single(d => d.Number == "GOOD0010").Date);
        var batch = await db.ImportBatches.SingleAsync(b => b.Id == report.BatchId);
        Assert.Equal((10, 10), (batch.RowCount, batch.InsertedCount));
        Assert.Contains(factory.Arrivals.Calls, call => stored.Select(d => d.Id).Order().SequenceEqual(call.Order()));
    }

    [Fact]
    public async Task One_bad_row_leaves_the_database_unchanged_and_names_row_and_column()
    {
        var before = await CountsAsync();
        var calls = factory.Arrivals.Calls.Count;

        var report = await ImportAsync(BacudaFile.Fixture("bad-row-bacuda.csv"));

        Assert.False(report.Succeeded);
        var problem = Assert.Single(report.Errors);
        Assert.Equal("row 4, column fob.value: 'abc' is not a number", problem.ToString());
        Assert.Equal(before, await CountsAsync());
        Assert.Equal(calls, factory.Arrivals.Calls.Count);
    }

    [Fact]
    public async Task Bad_header_gives_one_error_naming_the_columns()
    {
        var report = await ImportAsync(BacudaFile.Fixture("bad-header-bacuda.csv"));
        var problem = Assert.Single(report.Errors);
        Assert.Equal(1, problem.Row);
        Assert.Contains("missing columns: office.id", problem.Problem);
        Assert.Contains("unknown columns: 'office'", problem.Problem);
    }

    [Fact]
    public async Task Reimporting_the_same_file_changes_nothing()
    {
        var path = BacudaFile.WriteTemp(BacudaFile.Text("REIMP", 30));
        var first = await ImportAsync(path);
        Assert.Equal(30, first.Inserted);
        var before = await CountsAsync();

        var again = await ImportAsync(path);
        Assert.True(again.AlreadyImported);
        Assert.Equal((0, 30, first.BatchId), (again.Inserted, again.Unchanged, again.BatchId));

        // The same rows in another file (different hash): every row is recognised as unchanged.
        var reordered = BacudaFile.Header + "\n" + string.Join("\n", Enumerable.Range(1, 30).Reverse().Select(i => BacudaFile.Row("REIMP", i))) + "\n";
        var copy = await ImportAsync(BacudaFile.WriteTemp(reordered));
        Assert.Equal((0, 0, 30), (copy.Inserted, copy.Updated, copy.Unchanged));
        Assert.Equal(before.Declarations, (await CountsAsync()).Declarations);
    }

    [Fact]
    public async Task An_inspection_outcome_may_be_added_but_other_changes_are_errors()
    {
        // Row 1 is uninspected (1 % 3 != 0).
        var unlabelled = BacudaFile.Header + "\n" + BacudaFile.Row("LABEL", 1) + "\n";
        Assert.Equal(1, (await ImportAsync(BacudaFile.WriteTemp(unlabelled))).Inserted);

        var labelled = unlabelled.TrimEnd('\n').TrimEnd(',').TrimEnd(',') + ",1,750\n";
        var update = await ImportAsync(BacudaFile.WriteTemp(labelled));
        Assert.Equal((0, 1, 0), (update.Inserted, update.Updated, update.Unchanged));
        await using (var db = factory.CreateDbContext())
        {
            var d = await db.Declarations.SingleAsync(x => x.Number == "LABEL0000001");
            Assert.Equal((true, true, 750.0), (d.Inspected, d.Illicit, d.AdditionalRevenue));
        }

        var changed = BacudaFile.Header + "\n" + BacudaFile.Row("LABEL", 1, fob: "99999") + "\n";
        var conflict = await ImportAsync(BacudaFile.WriteTemp(changed));
        var problem = Assert.Single(conflict.Errors);
        Assert.Equal((2, "fob.value"), (problem.Row, problem.Column));
        Assert.Contains("already stored", problem.Problem);
    }

    [Fact]
    public async Task Duplicate_numbers_in_one_file_are_reported()
    {
        var text = BacudaFile.Header + "\n" + BacudaFile.Row("DUP", 1) + "\n" + BacudaFile.Row("DUP", 2) + "\n" + BacudaFile.Row("DUP", 1) + "\n";
        var problem = Assert.Single((await ImportAsync(BacudaFile.WriteTemp(text))).Errors);
        Assert.Equal("row 4, column sgd.id: 'DUP0000001' appears again (first in row 2)", problem.ToString());
    }

    [Fact]
    public async Task Cp949_file_reads_korean_correctly()
    {
        var report = await ImportAsync(BacudaFile.Fixture("korean-cp949.csv"));
        Assert.True(report.Succeeded, string.Join("\n", report.Errors));
        Assert.Equal(("CP949", 2), (report.Encoding, report.Inserted));
        await using var db = factory.CreateDbContext();
        var d = await db.Declarations.Include(x => x.Items).Include(x => x.Office).Include(x => x.Importer).SingleAsync(x => x.Number == "KOR0001");
        Assert.Equal(("인천세관", "한빛무역", "스마트폰 및 충전기"), (d.Office!.NameKo, d.Importer!.Code, d.Items[0].GoodsDescription));
    }

    [Fact]
    public async Task Utf8_with_bom_reads_korean_correctly()
    {
        var text = File.ReadAllText(BacudaFile.Fixture("korean-cp949.csv"), TextEncodingDetector.Cp949).Replace("KOR", "BOM");
        var report = await ImportAsync(BacudaFile.WriteTemp(text, encoding: new System.Text.UTF8Encoding(true)));
        Assert.Equal(("UTF-8", 2), (report.Encoding, report.Inserted));
        await using var db = factory.CreateDbContext();
        Assert.Equal("부산세관", (await db.Declarations.Include(x => x.Office).SingleAsync(x => x.Number == "BOM0002")).Office!.NameKo);
    }

    [Fact]
    public async Task Json_sample_imports_items_parties_and_labels()
    {
        var report = await ImportAsync(ShippedData.PathOf("samples", "declarations-sample.json"));
        Assert.True(report.Succeeded, string.Join("\n", report.Errors));
        Assert.Equal((ImportFormat.Json, 3), (report.Format, report.Inserted));
        await using var db = factory.CreateDbContext();
        var d = await db.Declarations.Include(x => x.Items).Include(x => x.Supplier).Include(x => x.Importer)
            .SingleAsync(x => x.Number == "KCS-2026-0000101");
        Assert.Equal(2, d.Items.Count);
        Assert.Equal((16_200_000.0, 17_160_000.0, 1_716_000.0), (d.TotalFob, d.TotalCif, d.TotalTaxes));
        Assert.Equal(("Shenzhen Bright Electronics Co.", "120-81-45678"), (d.Supplier!.Name, d.Importer!.BusinessNumber));
        Assert.True(d.FtaPreferenceClaimed);
        Assert.False(d.Inspected);
        var labelled = await db.Declarations.SingleAsync(x => x.Number == "KCS-2026-0000102");
        Assert.Equal((true, true, 2_350_000.0), (labelled.Inspected, labelled.Illicit, labelled.AdditionalRevenue));
        var air = await db.Declarations.Include(x => x.Items).SingleAsync(x => x.Number == "KCS-2026-0000103");
        Assert.Equal((CustomsWorkbench.Platform.Data.Entities.TransportMode.Air, 611000 + 1001100.0), (air.TransportMode, air.TotalTaxes));
    }

    [Fact]
    public async Task Json_problems_carry_the_declaration_position_and_property_path()
    {
        var json = """[{"number":"JSONBAD1","date":"2026-01-01","importer":{"code":"I"},"declarant":{"code":"D"},"office":{"code":"O"},"items":[{"tariffCode":"12ab","originCountryCode":"CN","quantity":1,"grossWeightKg":1,"fobValue":1,"cifValue":1}]}]""";
        var problem = Assert.Single((await ImportAsync(BacudaFile.WriteTemp(json, ".json"))).Errors);
        Assert.Equal((1, "items[0].tariffCode"), (problem.Row, problem.Column));

        var broken = await ImportAsync(BacudaFile.WriteTemp("[{\"number\": ", ".json"));
        Assert.False(broken.Succeeded);
        Assert.Contains("not valid workbench JSON", Assert.Single(broken.Errors).Problem);
    }

    [Fact]
    public async Task Unsupported_extension_is_rejected_without_reading()
    {
        var report = await ImportAsync(BacudaFile.WriteTemp("x", ".xlsx"));
        Assert.Contains("not a supported file type", Assert.Single(report.Errors).Problem);
    }
}
