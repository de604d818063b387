using System.Text;
using CustomsWorkbench.Platform.Cli;
using CustomsWorkbench.Platform.Import;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Platform.Import;

public class ImportCliTests(ImportTestFactory factory) : IClassFixture<ImportTestFactory>
{
    private async Task<(int Code, string Out, string Error)> RunAsync(string verbName, params string[] args)
    {
        var run = await CliVerbRunner.RunAsync(factory, verbName, args);
        return (run.Code, run.Out, run.Error);
    }

    [Fact]
    public async Task Import_of_a_good_file_exits_0_and_prints_the_counts()
    {
        var (code, output, error) = await RunAsync("import", BacudaFile.WriteTemp(BacudaFile.Text("CLIOK", 12)));
        Assert.Equal(0, code);
        Assert.Contains("12 inserted", output);
        Assert.Equal("", error);
    }

    [Fact]
    public async Task Import_of_a_bad_file_exits_1_with_the_problems_on_stderr()
    {
        var (code, output, error) = await RunAsync("import", BacudaFile.Fixture("bad-row-bacuda.csv"));
        Assert.Equal(1, code);
        Assert.Contains("row 4, column fob.value: 'abc' is not a number", error);
        Assert.Equal("", output);
    }

    [Fact]
    public async Task Usage_errors_and_missing_files_exit_2()
    {
        Assert.Equal(2, (await RunAsync("import")).Code);
        Assert.Equal(2, (await RunAsync("import", "a.csv", "b.csv")).Code);
        var missing = await RunAsync("import", Path.Combine(Path.GetTempPath(), "no-such-file.csv"));
        Assert.Equal(2, missing.Code);
        Assert.Contains("File not found", missing.Error);
        Assert.Equal(2, (await RunAsync("export declarations")).Code);
    }

    [Fact]
    public async Task Export_verb_writes_a_csv_with_bom_and_the_bacuda_header_first()
    {
        await factory.Imports.ImportFileAsync(BacudaFile.Fixture("korean-cp949.csv"), "korean-cp949.csv", "test");
        var path = Path.Combine(Path.GetTempPath(), "cw-import-tests", Guid.NewGuid().ToString("N") + ".csv");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        var (code, output, _) = await RunAsync("export declarations", path);

        Assert.Equal(0, code);
        Assert.Contains("Exported", output);
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split('\n');
        Assert.StartsWith(string.Join(",", BacudaColumns.Required) + ",", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("KOR0001,2026-03-02,한빛무역,") && l.Contains("스마트폰 및 충전기"));
    }
}
