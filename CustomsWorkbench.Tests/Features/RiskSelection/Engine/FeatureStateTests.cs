using CustomsWorkbench.Features.RiskSelection.Engine;
using static CustomsWorkbench.Tests.Features.RiskSelection.Engine.RiskRecords;

namespace CustomsWorkbench.Tests.Features.RiskSelection.Engine;

public class FeatureStateTests
{
    private static float[] FeaturesOf(FeatureState state, RiskRecord r)
    {
        var f = new float[RiskFeatures.Count];
        state.Featurize(r, f);
        return f;
    }

    [Fact]
    public void Unit_value_is_compared_with_the_median_of_earlier_same_code_and_origin_peers()
    {
        var state = new FeatureState(minPeers: 5);
        // Peer unit values 80..120: median 100. One extreme outlier must not move a median.
        var peers = Enumerable.Range(0, 41).Select(i => Make(i + 1, unitValue: 80 + i)).Append(Make(100, unitValue: 1_000_000)).ToList();
        foreach (var p in peers) state.Observe(p);

        var f = FeaturesOf(state, Make(200, day: 1, unitValue: 38));

        Assert.Equal(0, f[RiskFeatures.PeerLevel]);
        Assert.InRange(Math.Exp(f[RiskFeatures.UnitValueRatio]), 0.38 / 1.06, 0.38 / 0.94);
    }

    [Fact]
    public void Few_same_origin_peers_fall_back_to_the_tariff_code_then_the_chapter()
    {
        var state = new FeatureState(minPeers: 5);
        for (var i = 0; i < 6; i++) state.Observe(Make(i + 1, origin: "DE", unitValue: 200));
        state.Observe(Make(10, origin: "CN", unitValue: 50));

        var byTariff = FeaturesOf(state, Make(20, day: 1, origin: "CN", unitValue: 100));
        Assert.Equal(1, byTariff[RiskFeatures.PeerLevel]);
        Assert.InRange(Math.Exp(byTariff[RiskFeatures.UnitValueRatio]), 0.5 / 1.1, 0.5 * 1.1);

        var byChapter = FeaturesOf(state, Make(21, day: 1, tariff: "8517999999", unitValue: 100));
        Assert.Equal(2, byChapter[RiskFeatures.PeerLevel]);

        var none = FeaturesOf(state, Make(22, day: 1, tariff: "0101000000"));
        Assert.Equal(3, none[RiskFeatures.PeerLevel]);
        Assert.True(float.IsNaN(none[RiskFeatures.UnitValueRatio]));
    }

    [Fact]
    public void Hit_rates_are_smoothed_toward_the_global_rate()
    {
        var state = new FeatureState(priorStrength: 10);
        // 20 inspections in total, 4 hits: global 0.2. Importer 7 had 2 inspections, both hits.
        for (var i = 0; i < 18; i++) state.Observe(Make(i + 1, importer: 1, inspected: true, illicit: i < 2));
        state.Observe(Make(50, importer: 7, inspected: true, illicit: true));
        state.Observe(Make(51, importer: 7, inspected: true, illicit: true));
        state.Observe(Make(52, importer: 7)); // not inspected: no label

        var f = FeaturesOf(state, Make(60, day: 1, importer: 7));
        var unknown = FeaturesOf(state, Make(61, day: 1, importer: 99));

        Assert.Equal(0.2, state.GlobalHitRate, 6);
        Assert.Equal((2 + 10 * 0.2) / (2 + 10), f[RiskFeatures.ImporterHitRate], 5);
        Assert.Equal(0.2, unknown[RiskFeatures.ImporterHitRate], 5);
        Assert.Equal(Math.Log(3), f[RiskFeatures.ImporterInspections], 5);
    }

    [Fact]
    public void A_label_recorded_later_is_counted_once()
    {
        var state = new FeatureState(priorStrength: 0);
        var r = Make(1);
        state.Observe(r);
        r.Inspected = true;
        r.Illicit = true;
        state.Observe(r);
        state.Observe(r);
        state.Observe(Make(2, inspected: true, illicit: false));

        Assert.Equal(0.5, state.GlobalHitRate, 6);
        Assert.Equal(0.5, FeaturesOf(state, Make(3, day: 1))[RiskFeatures.ImporterHitRate], 5);
    }

    [Fact]
    public void Importer_age_and_volume_of_the_previous_90_days()
    {
        var state = new FeatureState();
        state.Observe(Make(1, day: 0, importer: 3));
        state.Observe(Make(2, day: 50, importer: 3));
        state.Observe(Make(3, day: 95, importer: 3));

        var f = FeaturesOf(state, Make(4, day: 100, importer: 3, established: Day0.AddDays(-20)));

        Assert.Equal(120, f[RiskFeatures.ImporterAgeDays]);
        Assert.Equal(2, f[RiskFeatures.ImporterVolume90]); // day 0 is more than 90 days before day 100
        Assert.Equal(Day0.AddDays(100).Month, f[RiskFeatures.Month]);
    }

    [Fact]
    public void Chronological_pass_does_not_let_same_day_declarations_see_each_other()
    {
        var records = new List<RiskRecord> { Make(1, day: 0, inspected: true, illicit: true), Make(2, day: 0), Make(3, day: 1) };
        var f = new FeatureState(priorStrength: 0).BuildChronological(records);

        Assert.Equal(0, f[1 * RiskFeatures.Count + RiskFeatures.ImporterInspections]);
        Assert.Equal(0, f[1 * RiskFeatures.Count + RiskFeatures.ImporterVolume90]);
        Assert.Equal(Math.Log(2), f[2 * RiskFeatures.Count + RiskFeatures.ImporterInspections], 5);
        Assert.Equal(2, f[2 * RiskFeatures.Count + RiskFeatures.ImporterVolume90]);
    }
}
