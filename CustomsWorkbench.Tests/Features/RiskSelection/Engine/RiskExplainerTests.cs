using CustomsWorkbench.Features.RiskSelection.Engine;
using CustomsWorkbench.Features.RiskSelection.Model;

namespace CustomsWorkbench.Tests.Features.RiskSelection.Engine;

public class RiskExplainerTests
{
    [Fact]
    public void Value_ratio_reads_as_a_percentage_against_similar_imports_in_both_languages()
    {
        var (en, ko) = RiskExplainer.Label(RiskFeatures.UnitValueRatio, (float)Math.Log(0.38));
        Assert.Equal("Declared unit value 62% below similar imports", en);
        Assert.Equal("유사 수입품 대비 신고 단가 62% 낮음", ko);
        Assert.Contains("above", RiskExplainer.Label(RiskFeatures.KgValueRatio, (float)Math.Log(1.5)).En);
    }

    [Fact]
    public void Top_contributions_are_ordered_by_size_with_their_direction()
    {
        var features = new float[RiskFeatures.Count];
        features[RiskFeatures.UnitValueRatio] = (float)Math.Log(0.5);
        features[RiskFeatures.ImporterHitRate] = 0.3f;
        var contributions = new float[RiskFeatures.Count];
        contributions[RiskFeatures.UnitValueRatio] = 1.2f;
        contributions[RiskFeatures.ImporterHitRate] = -0.4f;
        contributions[RiskFeatures.Month] = 0.1f;

        var e = RiskExplainer.Explain(features, contributions, top: 2, [], false, 0.7, 1_000_000, modelAvailable: true);

        Assert.Equal(["UnitValueRatio", "ImporterHitRate"], e.TopContributions.Select(c => c.Feature));
        Assert.True(e.TopContributions[0].Contribution > 0);
        Assert.True(e.TopContributions[1].Contribution < 0);
        Assert.Contains("Declared unit value 50% below similar imports", e.SummaryEn);
        Assert.Contains("Illicit probability 70%", e.SummaryEn);
        Assert.Contains("유사 수입품 대비 신고 단가 50% 낮음", e.SummaryKo);
    }

    [Fact]
    public void Random_selection_and_rule_hits_are_stated()
    {
        var hit = new RuleHit("k", 1, "Tobacco", "High duty", Channel.Yellow);
        var e = RiskExplainer.Explain(new float[RiskFeatures.Count], new float[RiskFeatures.Count], 4, [hit], true, 0, 0, modelAvailable: false);

        Assert.True(e.RandomSelection);
        Assert.Empty(e.TopContributions);
        Assert.Contains("Random selection", e.SummaryEn);
        Assert.Contains("무작위 선별", e.SummaryKo);
        Assert.Contains("Tobacco", e.SummaryEn);
    }
}
