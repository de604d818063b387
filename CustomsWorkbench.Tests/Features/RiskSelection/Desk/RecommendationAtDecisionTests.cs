using CustomsWorkbench.Features.RiskSelection.Desk;
using CustomsWorkbench.Features.RiskSelection.Engine;
using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Platform.Models.Monitoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.RiskSelection.Desk;

/// <summary>Agreement and override share compare a decision with the recommendation made when it was taken, not today's re-score.</summary>
public class RecommendationAtDecisionTests(RiskDeskFactory factory) : IClassFixture<RiskDeskFactory>
{
    [Fact]
    public async Task A_decision_keeps_the_recommendation_it_was_made_against_and_the_override_share_uses_it()
    {
        _ = factory.Server;
        // The demo world's past inspections were the service's own selections of the day: red, whatever today's model says.
        var health = (await factory.Services.GetRequiredService<ModelHealthService>().HealthAsync(RiskEngine.ModelName))!;
        var shares = health.OverrideShare.Where(s => s is not null).ToList();
        Assert.NotEmpty(shares);
        Assert.All(shares, s => Assert.Equal(0, s));
        await using (var db = factory.CreateDbContext())
        {
            var history = await db.Set<DeclarationTriage>().Where(t => t.DecidedChannel != null).ToListAsync();
            Assert.NotEmpty(history);
            Assert.All(history, t => Assert.Equal((Channel.Red, RiskAssessmentWriter.PriorSelection), (t.RecommendedAtDecision!.Value, t.ModelVersionAtDecision!)));
        }

        // An officer follows the recommendation; a later re-score changes the row's recommendation but not the decision's.
        int id;
        Channel recommended;
        string version;
        await using (var db = factory.CreateDbContext())
        {
            id = (await TriageSeed.AddAsync(db, 1))[0];
            var row = await db.Set<DeclarationTriage>().AsNoTracking().SingleAsync(t => t.DeclarationId == id);
            (recommended, version) = (row.RecommendedChannel, row.ModelVersion);
        }
        var triage = factory.Services.GetRequiredService<TriageService>();
        Assert.True((await triage.ClaimAsync(id, "agreeing-officer")).Succeeded);
        Assert.True((await triage.DecideAsync(id, "agreeing-officer", recommended, null)).Succeeded);
        var rescored = recommended == Channel.Red ? Channel.Green : Channel.Red;
        await using (var db = factory.CreateDbContext())
            await db.Set<DeclarationTriage>().Where(t => t.DeclarationId == id)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.RecommendedChannel, rescored).SetProperty(t => t.ModelVersion, "risk-rescored"));

        await using (var db = factory.CreateDbContext())
        {
            var row = await db.Set<DeclarationTriage>().AsNoTracking().SingleAsync(t => t.DeclarationId == id);
            Assert.Equal((recommended, version), (row.RecommendedAtDecision!.Value, row.ModelVersionAtDecision!));
        }
        var review = factory.Services.GetRequiredService<ReviewService>();
        var officer = Assert.Single(await review.AgreementByOfficerAsync(), a => a.Key == "agreeing-officer");
        Assert.Equal((1, 1), (officer.Decided, officer.Agreed));
        Assert.DoesNotContain(await review.AgreementByModelAsync(), a => a.Key == "risk-rescored");
    }
}
