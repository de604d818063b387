using Bunit;
using CustomsWorkbench.Features.PersonalImports.Risk;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Tests.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.PersonalImports.Risk;

/// <summary>The parcel risk panel over the real scorer and a trained model: score, version and contributions in words.</summary>
[Collection(ParcelRiskCollection.Name)]
public class ParcelRiskPanelTests : ComponentTestContext
{
    private readonly ParcelRiskWorld _world;

    public ParcelRiskPanelTests(ParcelRiskWorld world) : this(world, "en-US") { }

    protected ParcelRiskPanelTests(ParcelRiskWorld world, string culture) : base(culture)
    {
        _world = world;
        Services.AddSingleton(world.Services.GetRequiredService<ParcelRiskScorer>());
        SignInAs("officer", Roles.Officer);
    }

    protected async Task<(int Id, double Score, string Version)> RiskiestAsync()
    {
        var active = await _world.ActiveVersionAsync();
        await _world.WaitUntilAsync(async db => !await db.Parcels.AnyAsync(p => p.RiskModelVersion != active), "every parcel is scored");
        await using var db = _world.CreateDbContext();
        var p = await db.Parcels.Where(p => p.RiskModelVersion == active).OrderByDescending(p => p.RiskScore).ThenBy(p => p.Id).FirstAsync();
        return (p.Id, p.RiskScore!.Value, active);
    }

    [Fact]
    public async Task Shows_the_stored_score_its_version_and_the_largest_contributions_in_words_with_units()
    {
        var (id, score, version) = await RiskiestAsync();

        var cut = Render<ParcelRiskPanel>(p => p.Add(x => x.ParcelId, id));

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=parcel-risk-score]")), TimeSpan.FromSeconds(20));
        // Scored on arrival from the history window and in batch from all parcels: the same features, so the same score.
        Assert.Equal(score.ToString("0.00"), cut.Find("[data-testid=parcel-risk-score]").TextContent.Trim());
        Assert.Contains(version, cut.Find("[data-testid=parcel-risk-version]").TextContent);
        var rows = cut.FindAll("[data-testid=contribution]");
        Assert.InRange(rows.Count, 1, ParcelRiskScorer.ExplanationTop);
        Assert.Contains("▲", rows[0].TextContent);
        Assert.DoesNotContain(rows, r => r.QuerySelectorAll("td").Any(td => ParcelRiskFeatures.Names.Contains(td.TextContent.Trim())));
        Assert.Equal("1", rows[0].QuerySelector("td")!.TextContent.Trim());
        Assert.NotEmpty(cut.FindAll("[data-testid=explanation-chart] svg"));
    }

    [Fact]
    public void An_unknown_parcel_shows_no_score()
    {
        var cut = Render<ParcelRiskPanel>(p => p.Add(x => x.ParcelId, int.MaxValue));

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=parcel-risk-none]")), TimeSpan.FromSeconds(20));
        Assert.Empty(cut.FindAll("[data-testid=parcel-risk-score]"));
    }
}

/// <summary>The same panel in Korean: its own strings and the contributions' Korean words.</summary>
[Collection(ParcelRiskCollection.Name)]
public class ParcelRiskPanelKoreanTests(ParcelRiskWorld world) : ParcelRiskPanelTests(world, "ko-KR")
{
    [Fact]
    public async Task Renders_in_korean()
    {
        var (id, _, _) = await RiskiestAsync();

        var cut = Render<ParcelRiskPanel>(p => p.Add(x => x.ParcelId, id));

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=parcel-risk-score]")), TimeSpan.FromSeconds(20));
        Assert.Contains("위험 점수", cut.Markup);
        Assert.Matches("[가-힣]", cut.FindAll("[data-testid=contribution]")[0].TextContent);
    }
}
