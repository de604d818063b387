using System.Globalization;
using System.Text;
using Microsoft.Playwright;

namespace CustomsWorkbench.Tests.Browser;

/// <summary>
/// A supervisor uploads a file with a bad row and gets the (row, column, problem) report with nothing stored; the corrected
/// file imports, and an officer's open declarations list announces the arrivals live.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public class ImportJourneyTests(BrowserFixture browser)
{
    private const string Header = "sgd.id,sgd.date,importer.id,declarant.id,country,office.id,tariff.code,quantity,gross.weight,fob.value,cif.value,total.taxes,illicit,revenue";

    [SkippableFact]
    public async Task Bad_file_is_reported_row_by_row_then_the_good_file_arrives_live_on_an_officers_list()
    {
        Skip.If(BrowserFixture.ChromiumMissing, BrowserFixture.MissingMessage);
        var stamp = DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture);
        var good = Csv(stamp, "120.5");
        var bad = Csv(stamp, "abc");

        var officer = await browser.SignInAsync("officer");
        await officer.GotoAsync($"{browser.BaseUrl}/declarations");
        await BrowserFixture.WaitForInteractiveAsync(officer);

        var supervisor = await browser.SignInAsync("supervisor");
        await supervisor.GotoAsync($"{browser.BaseUrl}/data/import");
        await BrowserFixture.WaitForInteractiveAsync(supervisor);

        await supervisor.GetByTestId("import-file").Last.SetInputFilesAsync(
            new FilePayload { Name = "bad.csv", MimeType = "text/csv", Buffer = bad });
        await Assertions.Expect(supervisor.GetByTestId("import-rejected")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(supervisor.GetByTestId("import-errors")).ToContainTextAsync("fob.value");
        await Assertions.Expect(officer.GetByTestId("arrivals-banner")).ToHaveCountAsync(0);

        await supervisor.GetByTestId("import-file").Last.SetInputFilesAsync(
            new FilePayload { Name = "good.csv", MimeType = "text/csv", Buffer = good });
        await Assertions.Expect(supervisor.GetByTestId("import-inserted")).ToContainTextAsync("2", new() { Timeout = 20_000 });

        await Assertions.Expect(officer.GetByTestId("arrivals-banner")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await officer.GetByTestId("arrivals-show").ClickAsync();
        await officer.GetByTestId("filter-search").FillAsync($"WB{stamp}");
        // The search applies after its debounce and a server query: on two busy cores that takes longer than the 5 s default.
        await Assertions.Expect(officer.GetByTestId("grid-declarations")).ToContainTextAsync($"WB{stamp}-1", new() { Timeout = 30_000 });

        await officer.Context.CloseAsync();
        await supervisor.Context.CloseAsync();
    }

    private static byte[] Csv(string stamp, string secondFob) => Encoding.UTF8.GetBytes(string.Join("\n",
        Header,
        $"WB{stamp}-1,26-10-02,IMP-E2E-1,DCL-E2E,CN,020,8517130000,10,5.5,1000,1100,210,,",
        $"WB{stamp}-2,2026-10-03,IMP-E2E-2,DCL-E2E,VN,020,6204620000,200,80,{secondFob},2500,400,1,350") + "\n");
}
