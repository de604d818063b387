using Bunit;
using CustomsWorkbench.Features.RiskSelection;
using CustomsWorkbench.Features.RiskSelection.Desk;
using CustomsWorkbench.Features.XRay.Model;
using CustomsWorkbench.Features.XRay.Pages;
using CustomsWorkbench.Features.XRay.Review;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Tests.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CustomsWorkbench.Tests.Features.XRay;

/// <summary>The X-ray queue, review page and the dossier's hold banner rendered by bUnit over the app's real services.</summary>
public class ReviewPagesComponentTests : ComponentTestContext, IClassFixture<XRayTestFactory>
{
    private readonly XRayTestFactory _factory;

    public ReviewPagesComponentTests(XRayTestFactory factory)
    {
        _factory = factory;
        Services.AddFallbackServiceProvider(factory.Services.CreateScope().ServiceProvider);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        JSInterop.SetupModule("./js/xray-viewer.js");
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
    }

    private ScanReviewService Review => _factory.Services.GetRequiredService<ScanReviewService>();

    [Fact]
    public async Task The_review_page_blocks_completion_with_a_reason_links_the_dossier_and_names_the_scanner_in_words()
    {
        SignInAs("officer", Roles.Officer);
        var scan = await XRayTestData.AnalysedScanAsync(_factory, (ThreatClasses.Cigarettes, 0.8, 100, 100, 60, 40));

        var cut = Render<ScanReviewPage>(p => p.Add(x => x.Id, scan.Id));
        cut.WaitForAssertion(() => cut.Find("[data-testid=xray-mark-reviewed]"), TimeSpan.FromSeconds(10));

        Assert.True(cut.Find("[data-testid=xray-mark-reviewed]").HasAttribute("disabled"));
        Assert.Contains("1 open", cut.Find("[data-testid=xray-complete-reason]").TextContent);
        Assert.Equal($"/risk/declarations/{scan.ConsignmentId}", cut.Find("[data-testid=xray-dossier-link]").GetAttribute("href"));
        Assert.Contains("Test scanner", cut.Find("[data-testid=xray-scan-facts]").TextContent);
        // Opening the review holds the scan for this officer.
        Assert.Contains("officer", cut.Find("[data-testid=xray-holder]").TextContent);

        cut.Find($"[data-testid=finding-{scan.Findings[0].Id}-dismiss]").Click();
        cut.WaitForAssertion(() => Assert.False(cut.Find("[data-testid=xray-mark-reviewed]").HasAttribute("disabled")));
        Assert.Empty(cut.FindAll("[data-testid=xray-complete-reason]"));
    }

    [Fact]
    public async Task A_scan_a_colleague_holds_is_read_only_for_an_officer()
    {
        var scan = await XRayTestData.AnalysedScanAsync(_factory, (ThreatClasses.Cigarettes, 0.8, 100, 100, 60, 40));
        await Review.ClaimAsync(scan.Id, "officer2");

        SignInAs("officer", Roles.Officer);
        var officerView = Render<ScanReviewPage>(p => p.Add(x => x.Id, scan.Id));
        officerView.WaitForAssertion(() => Assert.Contains("officer2 holds this scan", officerView.Find("[data-testid=xray-held-by-other]").TextContent), TimeSpan.FromSeconds(30));
        Assert.True(officerView.Find("[data-testid=xray-mark-reviewed]").HasAttribute("disabled"));
        Assert.Empty(officerView.FindAll($"[data-testid=finding-{scan.Findings[0].Id}-dismiss]"));
        Assert.Empty(officerView.FindAll("[data-testid=xray-take-over]"));
    }

    [Fact]
    public async Task A_supervisor_takes_over_a_scan_a_colleague_holds_from_the_review_page()
    {
        var scan = await XRayTestData.AnalysedScanAsync(_factory, (ThreatClasses.Cigarettes, 0.8, 100, 100, 60, 40));
        await Review.ClaimAsync(scan.Id, "officer2");

        SignInAs("supervisor", Roles.Supervisor);
        var supervisorView = Render<ScanReviewPage>(p => p.Add(x => x.Id, scan.Id));
        supervisorView.WaitForAssertion(() => supervisorView.Find("[data-testid=xray-take-over]"), TimeSpan.FromSeconds(30));
        supervisorView.Find("[data-testid=xray-take-over]").Click();
        supervisorView.WaitForAssertion(() => Assert.Empty(supervisorView.FindAll("[data-testid=xray-held-by-other]")), TimeSpan.FromSeconds(30));
        Assert.Contains("supervisor", supervisorView.Find("[data-testid=xray-holder]").TextContent);
        supervisorView.Find($"[data-testid=finding-{scan.Findings[0].Id}-dismiss]");
    }

    [Fact]
    public async Task Completing_opens_the_next_open_scan()
    {
        SignInAs("officer", Roles.Officer);
        var next = await XRayTestData.AnalysedScanAsync(_factory, (ThreatClasses.Compartment, 0.9999, 100, 100, 60, 40));
        var scan = await XRayTestData.AnalysedScanAsync(_factory);
        var navigation = Services.GetRequiredService<NavigationManager>();

        var cut = Render<ScanReviewPage>(p => p.Add(x => x.Id, scan.Id));
        cut.WaitForAssertion(() => Assert.False(cut.Find("[data-testid=xray-mark-reviewed]").HasAttribute("disabled")), TimeSpan.FromSeconds(10));
        cut.Find("[data-testid=xray-mark-reviewed]").Click();

        cut.WaitForAssertion(() => Assert.EndsWith($"/xray/scans/{next.Id}", navigation.Uri));
    }

    [Fact]
    public async Task Confirming_a_weapon_shows_the_escalation_and_the_held_declaration()
    {
        SignInAs("officer", Roles.Officer);
        var scan = await XRayTestData.AnalysedScanAsync(_factory, (ThreatClasses.Weapon, 0.8, 100, 100, 30, 5));
        var cut = Render<ScanReviewPage>(p => p.Add(x => x.Id, scan.Id));
        cut.WaitForAssertion(() => cut.Find($"[data-testid=finding-{scan.Findings[0].Id}-confirm]"), TimeSpan.FromSeconds(10));

        cut.Find($"[data-testid=finding-{scan.Findings[0].Id}-confirm]").Click();

        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find("[data-testid=xray-escalation]").GetAttribute("data-held")));
        Assert.Contains("Weapon / knife", cut.Find("[data-testid=xray-escalation]").TextContent);

        var banner = Render<DeclarationHoldBanner>(p => p.Add(x => x.DeclarationId, scan.ConsignmentId));
        var held = banner.FindAll("[data-testid=declaration-held]").Single(e => e.QuerySelector("[data-testid=declaration-held-scan]")?.GetAttribute("href") == $"/xray/scans/{scan.Id}");
        Assert.Contains("confirmed a weapon", held.TextContent);
        Assert.DoesNotContain("HoldReason_", banner.Markup);
    }

    [Fact]
    public async Task The_queue_shows_threat_age_and_holder_and_supervisors_get_escalations_live()
    {
        SignInAs("supervisor", Roles.Supervisor);
        var scan = await XRayTestData.AnalysedScanAsync(_factory, (ThreatClasses.OrganicPackage, 0.97, 100, 100, 60, 40));
        await Review.ClaimAsync(scan.Id, "officer2");

        var cut = Render<ScanQueuePage>();
        cut.WaitForAssertion(() => cut.Find($"[data-testid=xray-threat-{scan.Id}]"), TimeSpan.FromSeconds(10));
        Assert.Equal("Dense organic package", cut.Find($"[data-testid=xray-threat-{scan.Id}]").TextContent.Trim());
        Assert.Equal("officer2", cut.Find($"[data-testid=xray-holder-{scan.Id}]").TextContent.Trim());
        Assert.Matches(@"^\d+ min$", cut.Find($"[data-testid=xray-age-{scan.Id}]").TextContent.Trim());
        Assert.Empty(cut.FindAll($"[data-scan='{scan.Id}']"));

        // An officer confirms narcotics elsewhere: the open supervisor list gains the row without a reload.
        var outcome = await Review.AnnotateAsync(scan.Id, new AnnotationRequest(AnnotationKind.Confirm, scan.Findings[0].Id, null, 0, 0, 0, 0), "officer2");
        Assert.True(outcome.Succeeded, outcome.Error);
        cut.WaitForAssertion(() => cut.Find($"[data-scan='{scan.Id}']"), TimeSpan.FromSeconds(10));
        var row = cut.Find($"[data-scan='{scan.Id}']");
        Assert.Contains("/risk/declarations/", row.InnerHtml);
        Assert.Contains($"/xray/scans/{scan.Id}", row.InnerHtml);
    }

    [Fact]
    public void Officers_do_not_see_the_escalations()
    {
        SignInAs("officer", Roles.Officer);
        var cut = Render<ScanQueuePage>();
        cut.WaitForAssertion(() => cut.Find("[data-testid=xray-queue]"), TimeSpan.FromSeconds(10));
        Assert.Empty(cut.FindAll("[data-testid=xray-escalations]"));
    }
}
