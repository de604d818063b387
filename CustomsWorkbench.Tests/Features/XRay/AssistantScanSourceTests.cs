using System.Globalization;
using CustomsWorkbench.Features.Assistant;
using CustomsWorkbench.Features.Assistant.Plugins;
using CustomsWorkbench.Features.XRay;
using CustomsWorkbench.Features.XRay.Detection;
using CustomsWorkbench.Features.XRay.Model;
using CustomsWorkbench.Features.XRay.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CustomsWorkbench.Tests.Features.XRay;

/// <summary>
/// The assistant's window on X-ray: a declaration's analysed scan answers with its findings (or, with none, the
/// consistency reason), and the stored reason renders in both languages. Analysis trains the factory's small detector.
/// </summary>
public class AssistantScanSourceTests(XRayTestFactory factory) : IClassFixture<XRayTestFactory>
{
    [Fact]
    public async Task A_declaration_with_an_analysed_scan_answers_with_its_findings_and_link()
    {
        int scanId, declarationId;
        await using (var db = factory.CreateDbContext())
        {
            var pending = await db.Set<Scan>().Where(s => s.ConsignmentKind == ConsignmentKind.Declaration).OrderBy(s => s.Id).FirstAsync();
            (scanId, declarationId) = (pending.Id, pending.ConsignmentId);
        }
        await factory.Services.GetRequiredService<ScanAnalysis>().EnsureAnalysedAsync(scanId, CancellationToken.None);
        await using var check = factory.CreateDbContext();
        var scan = await check.Set<Scan>().Include(s => s.Findings).SingleAsync(s => s.Id == scanId);
        Assert.Equal(ScanStatus.Analysed, scan.Status);
        var source = factory.Services.GetRequiredService<IAssistantScanSource>();

        var findings = await source.FindingsAsync(declarationId, null, CancellationToken.None);

        var own = findings.Where(f => f.ScanId == scanId.ToString(CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(own);
        Assert.All(own, f => Assert.Equal($"/xray/scans/{scanId}", f.Link));
        if (scan.Findings.Count == 0)
            Assert.Equal(scan.ConsistencyReason, Assert.Single(own).Finding);
        else
            Assert.Equal(scan.Findings.Select(f => f.Class).Order(), own.Select(f => f.Finding).Order());
        Assert.Equal(own.Select(f => f.Finding), (await source.FindingsAsync(null, scanId.ToString(CultureInfo.InvariantCulture), CancellationToken.None)).Select(f => f.Finding));
        Assert.Empty(await source.FindingsAsync(-1, null, CancellationToken.None));
    }

    [Fact]
    public async Task The_consistency_reason_is_stored_as_a_code_and_reads_in_korean_and_english()
    {
        int scanId;
        await using (var db = factory.CreateDbContext())
            scanId = (await db.Set<Scan>().Where(s => s.ConsignmentKind == ConsignmentKind.Parcel).OrderBy(s => s.Id).FirstAsync()).Id;
        await factory.Services.GetRequiredService<ScanAnalysis>().EnsureAnalysedAsync(scanId, CancellationToken.None);
        await using var check = factory.CreateDbContext();
        var scan = await check.Set<Scan>().SingleAsync(s => s.Id == scanId);
        var reason = ConsistencyReason.FromJson(scan.ConsistencyReasonCode);

        Assert.NotNull(reason);
        Assert.Contains(reason.Code, new[] { ConsistencyReason.AsExpected, ConsistencyReason.Excess });
        Assert.Equal(scan.ConsistencyReason, reason.English());
        var localizer = factory.Services.GetRequiredService<IStringLocalizer<XRayStrings>>();
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ko-KR");
            var korean = reason.Localize(localizer);
            Assert.StartsWith("신고 품목", korean);
            Assert.DoesNotContain("declared", korean);
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
            Assert.Equal(reason.English(), reason.Localize(localizer));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);
        }
    }

    [Fact]
    public void Reasons_round_trip_through_json_and_name_the_material_in_english()
    {
        var reason = new ConsistencyReason(ConsistencyReason.Excess, "textiles", "metal", 0.18, 0.03);
        Assert.Equal(reason, ConsistencyReason.FromJson(reason.ToJson()));
        Assert.Equal("declared textiles; 18% of the load area reads as dense metal (expected about 3%)", reason.English());
        Assert.Null(ConsistencyReason.FromJson("not json"));
    }
}
