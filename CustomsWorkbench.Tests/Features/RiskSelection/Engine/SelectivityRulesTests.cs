using CustomsWorkbench.Features.RiskSelection.Engine;
using CustomsWorkbench.Features.RiskSelection.Model;
using static CustomsWorkbench.Tests.Features.RiskSelection.Engine.RiskRecords;

namespace CustomsWorkbench.Tests.Features.RiskSelection.Engine;

public class SelectivityRulesTests
{
    private static SelectivityRule Rule(Action<SelectivityRule>? change = null)
    {
        var rule = new SelectivityRule
        {
            RuleKey = "r", Version = 2, IsLatest = true, Enabled = true, Name = "r", Reason = "why", Channel = Channel.Red,
            ValidFrom = Day0, ValidTo = Day0.AddDays(10), CreatedBy = "supervisor",
        };
        change?.Invoke(rule);
        return rule;
    }

    [Fact]
    public void Empty_conditions_match_anything_inside_the_validity_period()
    {
        Assert.True(SelectivityRules.Matches(Rule(), Make(1, day: 0), 1));
        Assert.True(SelectivityRules.Matches(Rule(), Make(1, day: 10), 1));
        Assert.False(SelectivityRules.Matches(Rule(), Make(1, day: -1), 1));
        Assert.False(SelectivityRules.Matches(Rule(), Make(1, day: 11), 1));
        Assert.True(SelectivityRules.Matches(Rule(r => r.ValidTo = null), Make(1, day: 5000), 1));
    }

    [Fact]
    public void Old_versions_and_disabled_rules_never_match()
    {
        Assert.False(SelectivityRules.Matches(Rule(r => r.IsLatest = false), Make(1), 1));
        Assert.False(SelectivityRules.Matches(Rule(r => r.Enabled = false), Make(1), 1));
        var applicable = SelectivityRules.Applicable([Rule(), Rule(r => r.IsLatest = false), Rule(r => r.Enabled = false)]);
        Assert.Single(applicable);
    }

    [Theory]
    [InlineData("tariff", true)]
    [InlineData("tariff-miss", false)]
    [InlineData("origin", true)]
    [InlineData("origin-miss", false)]
    [InlineData("importer", true)]
    [InlineData("declarant-miss", false)]
    [InlineData("fta", true)]
    [InlineData("fta-miss", false)]
    public void Each_condition_restricts_the_match(string condition, bool expected)
    {
        var rule = Rule(r =>
        {
            switch (condition)
            {
                case "tariff": r.TariffPrefix = "8517"; break;
                case "tariff-miss": r.TariffPrefix = "24"; break;
                case "origin": r.OriginCountryCode = "cn"; break;
                case "origin-miss": r.OriginCountryCode = "VN"; break;
                case "importer": r.ImporterCode = "IMP1"; break;
                case "declarant-miss": r.DeclarantCode = "DEC9"; break;
                case "fta": r.FtaPreferenceClaimed = true; break;
                case "fta-miss": r.FtaPreferenceClaimed = false; break;
            }
        });
        Assert.Equal(expected, SelectivityRules.Matches(rule, Make(1, fta: true), 1));
    }

    [Fact]
    public void Value_ratio_condition_matches_at_or_below_the_maximum_and_never_without_peers()
    {
        var rule = Rule(r => r.MaxValueRatio = 0.6);
        Assert.True(SelectivityRules.Matches(rule, Make(1), 0.6));
        Assert.True(SelectivityRules.Matches(rule, Make(1), 0.3));
        Assert.False(SelectivityRules.Matches(rule, Make(1), 0.61));
        Assert.False(SelectivityRules.Matches(rule, Make(1), double.NaN));
    }

    [Fact]
    public void Hits_carry_key_version_reason_and_channel()
    {
        var hit = Assert.Single(SelectivityRules.Hits([Rule(r => r.Channel = Channel.Yellow)], Make(1), 1));
        Assert.Equal(new RuleHit("r", 2, "r", "why", Channel.Yellow), hit);
    }
}
