using CustomsWorkbench.Features.RiskSelection.Desk;
using CustomsWorkbench.Features.RiskSelection.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.RiskSelection.Desk;

public class ReviewServiceTests(RiskDeskFactory factory) : IClassFixture<RiskDeskFactory>
{
    private TriageService Triage => factory.Services.GetRequiredService<TriageService>();
    private ReviewService Reviews => factory.Services.GetRequiredService<ReviewService>();

    private async Task<int> DecidedAsync(string officer, Channel recommended, Channel decided, string? reason)
    {
        await using var db = factory.CreateDbContext();
        var id = (await TriageSeed.AddAsync(db, 1, channel: recommended))[0];
        await Triage.ClaimAsync(id, officer);
        Assert.True((await Triage.DecideAsync(id, officer, decided, reason)).Succeeded);
        return id;
    }

    [Fact]
    public async Task Overrides_wait_for_review_and_a_return_needs_a_note()
    {
        var overridden = await DecidedAsync("officer", Channel.Red, Channel.Yellow, "Documents explain the low price");
        var followed = await DecidedAsync("officer", Channel.Yellow, Channel.Yellow, null);

        var pending = await Reviews.ListAsync(pendingOnly: true);
        var item = Assert.Single(pending, i => i.DeclarationId == overridden);
        Assert.Equal("Documents explain the low price", item.OverrideReason);
        Assert.DoesNotContain(pending, i => i.DeclarationId == followed);

        Assert.Equal(TriageProblem.ReasonRequired, (await Reviews.ReviewAsync(overridden, "supervisor", approve: false, null, item.Version)).Problem);
        Assert.True((await Reviews.ReviewAsync(overridden, "supervisor", approve: false, "Inspect next shipment", item.Version)).Succeeded);
        Assert.Equal(TriageProblem.ChangedByOther, (await Reviews.ReviewAsync(overridden, "supervisor", approve: true, null, item.Version)).Problem);

        Assert.DoesNotContain(await Reviews.ListAsync(pendingOnly: true), i => i.DeclarationId == overridden);
        var reviewed = Assert.Single(await Reviews.ListAsync(pendingOnly: false), i => i.DeclarationId == overridden);
        Assert.Equal((ReviewStatus.Returned, "supervisor", "Inspect next shipment"), (reviewed.Review, reviewed.ReviewedBy, reviewed.ReviewNote));
        await using var db = factory.CreateDbContext();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "review.return" && e.EntityId == overridden.ToString()));
    }

    [Fact]
    public async Task Agreement_rate_counts_decisions_equal_to_the_recommendation_per_officer_and_model()
    {
        var before = (await Reviews.AgreementByOfficerAsync()).SingleOrDefault(r => r.Key == "officer2") ?? new AgreementRate("officer2", 0, 0);
        var first = await DecidedAsync("officer2", Channel.Red, Channel.Red, null);
        await DecidedAsync("officer2", Channel.Yellow, Channel.Yellow, null);
        await DecidedAsync("officer2", Channel.Red, Channel.Green, "Trusted trader");

        var after = Assert.Single(await Reviews.AgreementByOfficerAsync(), r => r.Key == "officer2");
        Assert.Equal(before.Decided + 3, after.Decided);
        Assert.Equal(before.Agreed + 2, after.Agreed);
        await using var db = factory.CreateDbContext();
        var modelVersion = (await db.Set<DeclarationTriage>().AsNoTracking().SingleAsync(t => t.DeclarationId == first)).ModelVersion;
        Assert.Contains(await Reviews.AgreementByModelAsync(), r => r.Key == modelVersion && r.Decided >= 3);
    }
}
