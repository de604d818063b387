using System.Text;
using CustomsWorkbench.Platform.Import;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Platform.Import;

public class ExportRoundTripTests(ImportTestFactory factory) : IClassFixture<ImportTestFactory>
{
    private static async Task<string> ExportAsync(ImportTestFactory app)
    {
        var writer = new StringWriter { NewLine = "\n" };
        await app.Services.GetRequiredService<DeclarationCsvWriter>().WriteAllAsync(writer);
        return writer.ToString();
    }

    [Fact]
    public async Task Exported_csv_reimports_cleanly_into_the_same_and_into_an_empty_database()
    {
        Assert.True((await factory.Imports.ImportFileAsync(BacudaFile.Fixture("good-bacuda.csv"), "good.csv", "test")).Succeeded);
        Assert.True((await factory.Imports.ImportFileAsync(ShippedData("declarations-sample.json"), "sample.json", "test")).Succeeded);
        var exported = await ExportAsync(factory);
        var path = BacudaFile.WriteTemp(exported, encoding: new UTF8Encoding(true));

        var same = await factory.Imports.ImportFileAsync(path, "export.csv", "test");
        Assert.True(same.Succeeded, string.Join("\n", same.Errors));
        Assert.Equal((0, 0, 13), (same.Inserted, same.Updated, same.Unchanged));

        using var empty = new ImportTestFactory();
        _ = empty.Server;
        var fresh = await empty.Imports.ImportFileAsync(path, "export.csv", "test");
        Assert.True(fresh.Succeeded, string.Join("\n", fresh.Errors));
        Assert.Equal(13, fresh.Inserted);

        // The BACUDA columns survive the trip exactly; the JSON declarations' two items become one total item.
        var again = await ExportAsync(empty);
        Assert.Equal(Bacuda(exported), Bacuda(again));
    }

    private static string ShippedData(string name) => CustomsWorkbench.Platform.ShippedData.PathOf("samples", name);

    private static IEnumerable<string> Bacuda(string csv) =>
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => string.Join(",", l.Split(',').Take(BacudaColumns.Required.Length)));
}
