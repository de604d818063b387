using System.Text;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Tests.Infrastructure;

namespace CustomsWorkbench.Tests.Platform.Import;

/// <summary>Formula injection planted in imported text comes out neutralised from every declarations export door.</summary>
public class ExportInjectionTests(ImportTestFactory factory) : IClassFixture<ImportTestFactory>
{
    private const string Hyperlink = "=HYPERLINK(\"\"http://evil.example\"\",\"\"open\"\")";
    private const string Command = "=cmd|' /C calc'!A0";

    private async Task ImportHostileDeclarationAsync()
    {
        var json = """
            [{"number":"INJ-0001","date":"2026-03-02",
              "importer":{"code":"IMP-INJ","name":"=HYPERLINK(\"http://evil.example\",\"open\")"},
              "declarant":{"code":"DCL-INJ","name":"Broker"},
              "office":{"code":"040","nameEn":"Incheon Customs","nameKo":"인천세관"},
              "supplier":{"name":"@SUM(A1:A9)","countryCode":"CN"},
              "transportMode":"Sea","ftaPreferenceClaimed":false,"totalTaxes":10,
              "items":[{"lineNumber":1,"tariffCode":"8517130000","goodsDescription":"=cmd|' /C calc'!A0","originCountryCode":"CN",
                        "quantity":1,"quantityUnit":"EA","grossWeightKg":1,"fobValue":100,"cifValue":110,"dutyRate":0,"dutyAmount":0,"vatAmount":11}]}]
            """;
        var report = await factory.Imports.ImportFileAsync(BacudaFile.WriteTemp(json, ".json"), "hostile.json", "test");
        Assert.True(report.Succeeded, string.Join("\n", report.Errors));
    }

    [Fact]
    public async Task Cli_export_neutralises_text_and_the_file_reimports_unchanged()
    {
        await ImportHostileDeclarationAsync();
        var path = Path.Combine(Path.GetTempPath(), "cw-import-tests", Guid.NewGuid().ToString("N") + ".csv");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        Assert.Equal(0, (await CliVerbRunner.RunAsync(factory, "export declarations", path)).Code);

        var line = (await File.ReadAllLinesAsync(path, Encoding.UTF8)).Single(l => l.StartsWith("INJ-0001,"));
        Assert.Contains($"\"'{Command}\"", line);
        Assert.Contains("\"'@SUM(A1:A9)\"", line);
        Assert.DoesNotContain($",{Command}", line);
        var again = await factory.Imports.ImportFileAsync(path, "export.csv", "test");
        Assert.True(again.Succeeded, string.Join("\n", again.Errors));
        Assert.Equal(0, again.Inserted + again.Updated);
    }

    [Fact]
    public async Task Api_list_export_neutralises_the_importer_name()
    {
        await ImportHostileDeclarationAsync();
        await factory.EnsureUserAsync("export-officer", Roles.Officer);
        using var client = await factory.CreateClientForAsync("export-officer");

        var declarations = await client.GetStringAsync("/api/export/declarations?search=INJ-0001");
        Assert.Contains($"\"'{Hyperlink}\"", declarations);
        Assert.DoesNotContain($",\"{Hyperlink}", declarations);

        var importers = await client.GetStringAsync("/api/export/importers?search=IMP-INJ");
        Assert.Contains($"\"'{Hyperlink}\"", importers);
    }
}
