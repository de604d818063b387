using CustomsWorkbench.Features.XRay.Model;
using CustomsWorkbench.Tests.Features.XRay;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CustomsWorkbench.Tests.Browser;

/// <summary>
/// At 1366 px: an officer confirms a weapon alarm, dismisses the rest and completes (the pane then moves on); a supervisor
/// in a second browser context sees the escalation arrive live and finds the declaration held, with the reason in words.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public class XRayEscalationJourneyTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task Officer_confirms_a_weapon_and_completes_and_the_supervisor_sees_the_escalation_live_with_the_declaration_held()
    {
        Skip.If(BrowserFixture.ChromiumMissing, BrowserFixture.MissingMessage);
        // A knife-sized weapon box (a few pixels tall) and a cigarettes alarm.
        var scan = await XRayTestData.AnalysedScanAsync(browser.App,
            (ThreatClasses.Weapon, 0.91, 420, 210, 28, 3), (ThreatClasses.Cigarettes, 0.74, 150, 250, 120, 80));
        var (weapon, cigarettes) = (scan.Findings[0].Id, scan.Findings[1].Id);

        var supervisor = await browser.SignInAsync("supervisor");
        await supervisor.SetViewportSizeAsync(1366, 768);
        await supervisor.GotoAsync($"{browser.BaseUrl}/xray/queue");
        await BrowserFixture.WaitForInteractiveAsync(supervisor);
        await Assertions.Expect(supervisor.GetByTestId("xray-escalations")).ToBeVisibleAsync();
        await Assertions.Expect(supervisor.Locator($"[data-scan='{scan.Id}']")).ToHaveCountAsync(0);

        var officer = await browser.SignInAsync("officer");
        await officer.SetViewportSizeAsync(1366, 768);
        await officer.GotoAsync($"{browser.BaseUrl}/xray/scans/{scan.Id}");
        await BrowserFixture.WaitForInteractiveAsync(officer);
        await Assertions.Expect(officer.GetByTestId("xray-canvas")).ToHaveAttributeAsync("data-ready", "true", new() { Timeout = 20_000 });

        // Two open alarms: completion is disabled with the reason shown.
        var complete = officer.GetByTestId("xray-mark-reviewed");
        await Assertions.Expect(complete).ToBeDisabledAsync();
        await Assertions.Expect(officer.GetByTestId("xray-complete-reason")).ToBeVisibleAsync();
        await Assertions.Expect(officer.GetByTestId("xray-dossier-link")).ToHaveAttributeAsync("href", $"/risk/declarations/{scan.ConsignmentId}");

        await officer.GetByTestId($"finding-{weapon}-confirm").ClickAsync();
        await Assertions.Expect(officer.GetByTestId($"finding-{weapon}")).ToHaveAttributeAsync("data-verdict", "confirmed");
        await Assertions.Expect(officer.GetByTestId("xray-escalation")).ToHaveAttributeAsync("data-held", "true");

        // Live: the supervisor's open list gains the escalation without a reload.
        var row = supervisor.Locator($"[data-scan='{scan.Id}']");
        await Assertions.Expect(row).ToHaveCountAsync(1, new() { Timeout = 20_000 });
        await Assertions.Expect(row).ToContainTextAsync("무기");

        await officer.Locator("input[data-testid=xray-dismiss-reason], [data-testid=xray-dismiss-reason] input").FillAsync("담배 아님: 신고된 차 상자");
        await officer.GetByTestId($"finding-{cigarettes}-dismiss").ClickAsync();
        await Assertions.Expect(officer.GetByTestId($"finding-{cigarettes}")).ToHaveAttributeAsync("data-verdict", "dismissed");
        await Assertions.Expect(complete).ToBeEnabledAsync();
        await complete.ClickAsync();
        // The pane moves on to the next open scan, or says there is none.
        await officer.WaitForFunctionAsync(
            "id => !location.pathname.endsWith('/xray/scans/' + id) || document.querySelector('[data-testid=xray-no-next]') !== null", scan.Id,
            new() { Timeout = 30_000 });

        await using (var db = browser.App.CreateDbContext())
        {
            var stored = await db.Set<Scan>().Include(s => s.Findings).SingleAsync(s => s.Id == scan.Id);
            Assert.Equal("officer", stored.ReviewedBy);
            Assert.Equal("담배 아님: 신고된 차 상자", stored.Findings.Single(f => f.Id == cigarettes).DismissReason);
        }

        // The supervisor follows the escalation to the declaration: held, with the reason in words.
        await row.Locator("a[href^='/risk/declarations/']").ClickAsync();
        await Assertions.Expect(supervisor).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/risk/declarations/{scan.ConsignmentId}$"), new() { Timeout = 30_000 });
        var held = supervisor.Locator($"[data-testid=declaration-held]:has(a[href='/xray/scans/{scan.Id}'])");
        await Assertions.Expect(held).ToBeVisibleAsync(new() { Timeout = 20_000 }); // the dossier reads a lot before it renders
        await Assertions.Expect(held).ToContainTextAsync("무기가 확인됨");
        await officer.Context.CloseAsync();
        await supervisor.Context.CloseAsync();
    }
}
