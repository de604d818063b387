using System.Text;
using CustomsWorkbench.Features.PersonalImports.Export;
using CustomsWorkbench.Tests.Infrastructure;
using CustomsWorkbench.Tests.Platform.Import;

namespace CustomsWorkbench.Tests.Features.PersonalImports;

public class ParcelExportTests(PersonalImportsTestFactory factory) : IClassFixture<PersonalImportsTestFactory>
{
    private const string Expected =
        "tracking.no,arrival.date,pccc,recipient.name,recipient.phone,recipient.address,postal.code,seller,origin.country,goods.description,quantity," +
        "declared.value.usd,hs.code,currency,declared.value,weight.kg,carrier,clearance,estimated.duty.krw,risk,flags";

    private async Task ImportExportSetAsync()
    {
        // XEXP1 and XEXP2: one person, one day, from China, USD 100 + 60: combined. XEXP3: USD 230 from the US: general, flagged.
        // XEXP4: '=cmd' seller is written neutralised.
        var text = ManifestFile.Header + "\n" +
                   ManifestFile.Row("XEXP", 1, pccc: "P300000000001", date: "2025-03-04", value: "100", origin: "CN") + "\n" +
                   ManifestFile.Row("XEXP", 2, pccc: "P300000000001", date: "2025-03-04", value: "60", origin: "CN") + "\n" +
                   ManifestFile.Row("XEXP", 3, pccc: "P300000000002", date: "2025-03-04", value: "230", origin: "US") + "\n" +
                   ManifestFile.Row("XEXP", 4, pccc: "P300000000003", date: "2025-03-05", value: "20", origin: "CN").Replace("Amazon.com", "=cmd") + "\n";
        var report = await factory.ImportAsync(BacudaFile.WriteTemp(text));
        Assert.True(report.Succeeded || report.AlreadyImported, string.Join("\n", report.Errors));
    }

    private static Dictionary<string, string[]> Rows(string csv) =>
        csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).Where(c => c[0].StartsWith("XEXP")).ToDictionary(c => c[0]);

    [Fact]
    public async Task Export_parcels_writes_the_manifest_columns_then_clearance_duty_risk_and_flags()
    {
        await ImportExportSetAsync();
        var path = Path.Combine(Path.GetTempPath(), "cw-import-tests", Guid.NewGuid().ToString("N") + ".csv");

        var run = await CliVerbRunner.RunAsync(factory, "export parcels", path);

        Assert.Equal(0, run.Code);
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var csv = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith(Expected + "\r\n", csv);
        var rows = Rows(csv);
        Assert.Equal(21, rows["XEXP000001"].Length);
        Assert.Equal(("combined", "combined", "general", "list"), (rows["XEXP000001"][17], rows["XEXP000002"][17], rows["XEXP000003"][17], rows["XEXP000004"][17]));
        Assert.Equal(("", "over-de-minimis"), (rows["XEXP000003"][19], rows["XEXP000003"][20]));
        Assert.Equal("", rows["XEXP000001"][20]);
        Assert.Equal("0", rows["XEXP000004"][18]);
        Assert.True(double.Parse(rows["XEXP000003"][18], System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal("\"'=cmd\"", rows["XEXP000004"][7]);
    }

    [Fact]
    public async Task The_parcel_lists_export_csv_has_the_same_columns_under_the_lists_filter()
    {
        await ImportExportSetAsync();
        await factory.EnsureUserAsync("export-officer", CustomsWorkbench.Platform.Identity.Roles.Officer);
        using var client = await factory.CreateClientForAsync("export-officer");

        var csv = await client.GetStringAsync("/api/export/parcels?Search=XEXP&From=2025-03-04&To=2025-03-04");

        Assert.StartsWith(Expected, csv.TrimStart('\uFEFF'));
        Assert.Equal(["XEXP000001", "XEXP000002", "XEXP000003"], Rows(csv).Keys.Order());
    }

    [Fact]
    public async Task An_exported_file_re_imports_unchanged()
    {
        await ImportExportSetAsync();
        var path = Path.Combine(Path.GetTempPath(), "cw-import-tests", Guid.NewGuid().ToString("N") + ".csv");
        Assert.Equal(0, (await CliVerbRunner.RunAsync(factory, "export parcels", path)).Code);

        var report = await factory.ImportAsync(path);

        Assert.True(report.Succeeded, string.Join("\n", report.Errors));
        Assert.Equal(0, report.Inserted);
        Assert.Equal(report.RowCount, report.Unchanged);
    }
}
