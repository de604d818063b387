using Bunit;
using CustomsWorkbench.Features.Oversight;
using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Realtime;
using CustomsWorkbench.Tests.Platform.Audit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace CustomsWorkbench.Tests.Features.Oversight;

/// <summary>The explorer page rendered by bUnit over a real audit database.</summary>
public class AuditExplorerTests : IAsyncLifetime
{
    private readonly BunitContext _ctx = new();
    private AuditTestDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await AuditTestDatabase.CreateAsync();
        for (var i = 1; i <= 30; i++)
            await _db.Log.RecordAsync(new AuditRecord(i % 2 == 0 ? "officer" : "officer2", "declaration.claim", "Declaration", i.ToString()));
        await _db.Log.RecordAsync(AuditRecord.AiRecommendation("risk-engine", "risk.assess", "Declaration", "77", "risk-2026.04",
            new { score = 0.93, reasons = new[] { "원산지 불일치" } }));

        _ctx.Services.AddLogging();
        _ctx.Services.AddLocalization();
        _ctx.Services.AddMudServices();
        _ctx.Services.AddSingleton(_db.Query);
        _ctx.Services.AddSingleton(_db.Verifier);
        _ctx.Services.AddSingleton(TimeProvider.System);
        _ctx.Services.AddSingleton<RealtimeBus>();
        _ctx.Services.AddSingleton<IRealtimeNotifier, RealtimeNotifier>();
        _ctx.Services.AddSingleton<PresenceTracker>();
        _ctx.Services.AddScoped<PresenceCircuit>();
        _ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        _ctx.AddAuthorization().SetAuthorized("supervisor");
    }

    public async Task DisposeAsync()
    {
        await _ctx.DisposeAsync();
        await _db.DisposeAsync();
    }

    private IRenderedComponent<AuditExplorer> RenderPage()
    {
        _ctx.Render<MudPopoverProvider>();
        var cut = _ctx.Render<AuditExplorer>();
        cut.WaitForAssertion(() => Assert.NotEmpty(Rows(cut)));
        return cut;
    }

    private static IReadOnlyList<string[]> Rows(IRenderedComponent<AuditExplorer> cut) =>
        cut.FindAll("[data-testid=audit-grid] tbody tr.mud-table-row")
            .Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray())
            .ToList();

    [Fact]
    public void Shows_the_newest_page_of_entries_first()
    {
        var cut = RenderPage();
        var rows = Rows(cut);
        Assert.Equal(25, rows.Count);
        Assert.Equal("31", rows[0][0]);
        Assert.Equal("risk-engine", rows[0][2]);
    }

    [Fact]
    public void Filters_on_the_server_by_actor_and_record()
    {
        var cut = RenderPage();
        cut.Find("input[data-testid=audit-filter-entity-id]").Change("12");
        cut.Find("form").Submit();
        cut.WaitForAssertion(() => Assert.Equal(["12"], Rows(cut).Select(r => r[0])));

        cut.Find("[data-testid=audit-clear]").Click();
        cut.Find("input[data-testid=audit-filter-actor]").Change("officer2");
        cut.Find("form").Submit();
        cut.WaitForAssertion(() => Assert.All(Rows(cut), r => Assert.Equal("officer2", r[2])));
        Assert.Equal(15, Rows(cut).Count);
    }

    [Fact]
    public async Task Clicking_a_row_shows_the_entry_with_pretty_printed_ai_output()
    {
        var cut = RenderPage();
        cut.Find("[data-testid=audit-grid] tbody tr.mud-table-row").Click();
        cut.WaitForAssertion(() => cut.Find("[data-testid=audit-detail]"));

        Assert.Equal("risk-2026.04", cut.Find("[data-testid=audit-detail-model]").TextContent);
        var ai = cut.Find("[data-testid=audit-detail-ai]").TextContent;
        Assert.Contains("\n  \"score\": 0.93", ai);
        Assert.Contains("원산지 불일치", ai);
        Assert.Equal((await _db.Query.GetAsync(31))!.Hash, cut.Find("[data-testid=audit-detail-hash]").TextContent);
    }

    [Fact]
    public void Verify_button_reports_an_intact_chain()
    {
        var cut = RenderPage();
        cut.Find("[data-testid=audit-verify]").Click();
        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find("[data-testid=audit-verify-result]").GetAttribute("data-valid")));
        Assert.Contains("31", cut.Find("[data-testid=audit-verify-result]").TextContent);
    }

    [Fact]
    public async Task Verify_button_names_the_tampered_entry_and_opens_it()
    {
        await _db.TamperAsync("UPDATE AuditEntries SET Actor = 'mallory' WHERE Id = 20;");
        var cut = RenderPage();
        cut.Find("[data-testid=audit-verify]").Click();
        cut.WaitForAssertion(() => Assert.Equal("false", cut.Find("[data-testid=audit-verify-result]").GetAttribute("data-valid")));
        Assert.Contains("#20", cut.Find("[data-testid=audit-verify-result]").TextContent);

        cut.Find("[data-testid=audit-show-broken]").Click();
        cut.WaitForAssertion(() => Assert.Equal("mallory", cut.Find("[data-testid=audit-detail-actor]").TextContent));
    }

    [Fact]
    public void Verify_button_reports_a_missing_anchor_file_as_a_failure()
    {
        File.Delete(Path.Combine(_db.DataFolder, "audit-anchors.log"));
        var cut = RenderPage();
        cut.Find("[data-testid=audit-verify]").Click();
        cut.WaitForAssertion(() => Assert.Equal("false", cut.Find("[data-testid=audit-verify-result]").GetAttribute("data-valid")));
        Assert.Contains("Workbench:AuditAnchorFile", cut.Find("[data-testid=audit-verify-result]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=audit-show-broken]"));
    }
}
