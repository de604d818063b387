using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CustomsWorkbench.Features.XRay.Imaging;
using CustomsWorkbench.Features.XRay.Model;
using CustomsWorkbench.Features.XRay.Review;
using CustomsWorkbench.Features.XRay.Tip;
using CustomsWorkbench.Platform.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.XRay.Tip;

/// <summary>A world of its own: the TIP settings are one row these tests switch on and off.</summary>
public class TipTestFactory : XRayTestFactory;

public class TipApiTests(TipTestFactory factory) : IClassFixture<TipTestFactory>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    private TipService Tip => factory.Services.GetRequiredService<TipService>();

    [Fact]
    public async Task With_tip_on_at_full_share_the_served_images_carry_a_recorded_projection_and_a_box_on_it_is_a_hit()
    {
        await Tip.SaveSettingsAsync(true, 1.0, "supervisor");
        var scan = await XRayTestData.AnalysedScanAsync(factory);
        var original = await File.ReadAllBytesAsync(factory.Services.GetRequiredService<ScanStore>().PathOf(scan.HighEnergyFile)!);
        var client = await factory.CreateClientForAsync("officer");

        var high = await client.GetByteArrayAsync($"/api/xray/scans/{scan.Id}/images/high");
        var low = await client.GetByteArrayAsync($"/api/xray/scans/{scan.Id}/images/low");
        Assert.NotEqual(original, high);
        Assert.Equal(high, await client.GetByteArrayAsync($"/api/xray/scans/{scan.Id}/images/high"));

        await using (var db = factory.CreateDbContext())
        {
            var projection = await db.Set<TipProjection>().SingleAsync(p => p.ScanId == scan.Id);
            Assert.Equal("officer", projection.Officer);
            Assert.Null(projection.Hit);
            Assert.NotEqual(projection.HighEnergyFile, projection.LowEnergyFile);
            Assert.Equal(low, await File.ReadAllBytesAsync(factory.Services.GetRequiredService<ScanStore>().PathOf(projection.LowEnergyFile)!));

            var drawn = await client.PostAsJsonAsync($"/api/xray/scans/{scan.Id}/annotations",
                new { kind = "Drawn", @class = projection.Class, x = projection.X, y = projection.Y, width = Math.Max(4, projection.Width), height = Math.Max(4, projection.Height) }, Json);
            Assert.Equal(HttpStatusCode.Created, drawn.StatusCode);
        }

        var completion = await (await client.PostAsync($"/api/xray/scans/{scan.Id}/reviewed", null)).Content.ReadFromJsonAsync<ReviewCompletion>(Json);
        Assert.True(completion!.Training!.Hit);

        await using var check = factory.CreateDbContext();
        var scored = await check.Set<TipProjection>().SingleAsync(p => p.ScanId == scan.Id);
        Assert.True(scored.Hit);
        Assert.Equal(0, scored.FalseAlarms);
        Assert.NotNull(scored.SecondsToComplete);
        Assert.Contains(await check.Set<AuditEntry>().Where(a => a.EntityType == "Scan" && a.EntityId == scan.Id.ToString()).Select(a => a.Action).ToListAsync(), a => a == "xray.tip-hit");
        var stats = (await Tip.StatsAsync()).Single(s => s.Officer == "officer");
        Assert.True(stats.Shown >= 1 && stats.HitRate > 0);
    }

    [Fact]
    public async Task A_box_away_from_the_threat_is_a_miss_with_a_false_alarm()
    {
        await Tip.SaveSettingsAsync(true, 1.0, "supervisor");
        var scan = await XRayTestData.AnalysedScanAsync(factory);
        var client = await factory.CreateClientForAsync("officer2");
        await client.GetByteArrayAsync($"/api/xray/scans/{scan.Id}/images/high");
        await using var db = factory.CreateDbContext();
        var projection = await db.Set<TipProjection>().SingleAsync(p => p.ScanId == scan.Id);
        // A corner box, far from a threat placed inside the margins.
        await client.PostAsJsonAsync($"/api/xray/scans/{scan.Id}/annotations", new { kind = "Drawn", @class = projection.Class, x = 0, y = 0, width = 20, height = 20 }, Json);

        var completion = await (await client.PostAsync($"/api/xray/scans/{scan.Id}/reviewed", null)).Content.ReadFromJsonAsync<ReviewCompletion>(Json);

        Assert.False(completion!.Training!.Hit);
        var scored = await factory.CreateDbContext().Set<TipProjection>().SingleAsync(p => p.ScanId == scan.Id);
        Assert.Equal((false, 1), (scored.Hit!.Value, scored.FalseAlarms));
    }

    [Fact]
    public async Task With_tip_off_the_scan_is_served_as_stored_and_nothing_is_recorded()
    {
        await Tip.SaveSettingsAsync(false, 1.0, "supervisor");
        var scan = await XRayTestData.AnalysedScanAsync(factory);
        var original = await File.ReadAllBytesAsync(factory.Services.GetRequiredService<ScanStore>().PathOf(scan.HighEnergyFile)!);
        var client = await factory.CreateClientForAsync("officer");

        Assert.Equal(original, await client.GetByteArrayAsync($"/api/xray/scans/{scan.Id}/images/high"));
        var completion = await (await client.PostAsync($"/api/xray/scans/{scan.Id}/reviewed", null)).Content.ReadFromJsonAsync<ReviewCompletion>(Json);
        Assert.Null(completion!.Training);
        Assert.False(await factory.CreateDbContext().Set<TipProjection>().AnyAsync(p => p.ScanId == scan.Id));
    }

    [Fact]
    public async Task Every_completed_review_is_timed_from_first_opening_and_shown_per_officer_without_any_projection()
    {
        await Tip.SaveSettingsAsync(false, 1.0, "supervisor");
        var scan = await XRayTestData.AnalysedScanAsync(factory);
        var client = await factory.CreateClientForAsync("supervisor");
        await client.GetByteArrayAsync($"/api/xray/scans/{scan.Id}/images/high");
        await client.GetByteArrayAsync($"/api/xray/scans/{scan.Id}/images/low");

        var completion = await (await client.PostAsync($"/api/xray/scans/{scan.Id}/reviewed", null)).Content.ReadFromJsonAsync<ReviewCompletion>(Json);

        Assert.Null(completion!.Training);
        Assert.NotNull(completion.Seconds);
        await using var db = factory.CreateDbContext();
        var timing = await db.Set<ReviewTiming>().SingleAsync(t => t.ScanId == scan.Id);
        Assert.Equal(("supervisor", completion.Seconds), (timing.Officer, timing.Seconds));
        Assert.True(timing.CompletedAtUtc >= timing.OpenedAtUtc);
        var stats = (await Tip.StatsAsync()).Single(s => s.Officer == "supervisor");
        Assert.Equal(0, stats.Shown);
        Assert.True(stats.Reviews >= 1);
        Assert.NotNull(stats.MedianReviewSeconds);
    }

    [Fact]
    public async Task Settings_changes_are_audited()
    {
        await Tip.SaveSettingsAsync(true, 0.25, "supervisor");
        var settings = await Tip.GetSettingsAsync();
        Assert.Equal((true, 0.25, "supervisor"), (settings.Enabled, settings.Share, settings.UpdatedBy));
        await using var db = factory.CreateDbContext();
        Assert.True(await db.Set<AuditEntry>().AnyAsync(a => a.Action == "xray.tip-settings" && a.Actor == "supervisor"));
    }

    [Theory]
    [InlineData("officer", HttpStatusCode.Forbidden)]
    [InlineData("analyst", HttpStatusCode.Forbidden)]
    [InlineData("supervisor", HttpStatusCode.OK)]
    public async Task Only_oversight_opens_the_tip_page(string user, HttpStatusCode expected)
    {
        using var client = await factory.CreateClientForAsync(user);
        Assert.Equal(expected, (await client.GetAsync("/xray/tip")).StatusCode);
    }
}
