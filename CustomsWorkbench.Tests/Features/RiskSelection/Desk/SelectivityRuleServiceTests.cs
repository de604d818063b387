using CustomsWorkbench.Features.RiskSelection.Desk;
using CustomsWorkbench.Features.RiskSelection.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.RiskSelection.Desk;

public class SelectivityRuleServiceTests(RiskDeskFactory factory) : IClassFixture<RiskDeskFactory>
{
    private SelectivityRuleService Rules => factory.Services.GetRequiredService<SelectivityRuleService>();

    private static RuleDraft Draft(string name) => new()
    {
        Name = name, Reason = "Undervalued footwear from one origin", TariffPrefix = "6402", OriginCountryCode = "kh",
        MaxValueRatio = 0.5, Channel = Channel.Red, ValidFrom = new DateOnly(2026, 1, 1),
    };

    [Fact]
    public async Task Editing_adds_a_new_version_and_only_the_newest_is_latest()
    {
        var v1 = await Rules.SaveAsync(Draft("Footwear KH"), "supervisor");
        var v2 = await Rules.SaveAsync(RuleDraft.From(v1) with { Channel = Channel.Yellow, ValidTo = new DateOnly(2026, 12, 31) }, "supervisor");
        var v3 = await Rules.SetEnabledAsync(v1.RuleKey, false, "admin");

        Assert.Equal((1, 2, 3), (v1.Version, v2.Version, v3.Version));
        Assert.Equal("KH", v1.OriginCountryCode);
        var history = await Rules.HistoryAsync(v1.RuleKey);
        Assert.Equal([3, 2, 1], history.Select(r => r.Version));
        Assert.Single(history, r => r.IsLatest);
        Assert.False(history[0].Enabled);
        Assert.Equal(Channel.Yellow, history[0].Channel);
        var latest = await Rules.ListLatestAsync();
        Assert.Single(latest, r => r.RuleKey == v1.RuleKey);

        await using var db = factory.CreateDbContext();
        var audited = await db.AuditEntries.AsNoTracking().Where(e => e.EntityType == "SelectivityRule" && e.EntityId.StartsWith(v1.RuleKey)).Select(e => e.Action).ToListAsync();
        Assert.Equal(["rule.create", "rule.new-version", "rule.new-version"], audited);
    }

    [Fact]
    public async Task A_draft_without_name_or_with_reversed_validity_is_refused()
    {
        Assert.Contains("RuleNameRequired", (Draft("") with { Name = " " }).Problems());
        Assert.Contains("RuleValidityOrder", (Draft("x") with { ValidTo = new DateOnly(2025, 1, 1) }).Problems());
        await Assert.ThrowsAsync<ArgumentException>(() => Rules.SaveAsync(Draft(""), "supervisor"));
    }
}
