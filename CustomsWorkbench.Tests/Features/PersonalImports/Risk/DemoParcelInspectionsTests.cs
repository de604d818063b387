using CustomsWorkbench.Features.PersonalImports.Flags;
using CustomsWorkbench.Features.PersonalImports.Evaluation;
using CustomsWorkbench.Features.PersonalImports.Risk;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Demo.World;

namespace CustomsWorkbench.Tests.Features.PersonalImports.Risk;

/// <summary>The demo world's past inspections: chosen from what the office knew (flags, a random sample), outcomes from the truth.</summary>
public class DemoParcelInspectionsTests
{
    /// <summary>A planted scenario as the seeder sees it: parcel ids are positions, irregular ids from the planted truth.</summary>
    internal static (ParcelRiskDataset Data, HashSet<int> Irregular) Scenario(int seed, int count)
    {
        var scenario = ParcelScenario.Generate(seed, count, dayCount: 150);
        var manifest = scenario.Manifest.OrderBy(p => p.ArrivalDate).ToList();
        var flags = new ParcelFlagger(ParcelGoodsTables.Shipped).Flag([], manifest, scenario.RegisterByCode());
        var irregularFlags = new[] { ParcelFlagCodes.PcccMisuse, ParcelFlagCodes.SplitShipment, ParcelFlagCodes.Resale, ParcelFlagCodes.Undervalued };
        var irregularTracking = irregularFlags.SelectMany(f => scenario.Truth[f]).ToHashSet();
        var records = manifest.Select((p, i) => new ParcelRiskRecord(i + 1, p.TrackingNumber, p.ArrivalDate, null)).ToList();
        var irregular = records.Where(r => irregularTracking.Contains(r.TrackingNumber)).Select(r => r.Id).ToHashSet();
        return (new ParcelRiskDataset(records, ParcelFeatureBuilder.Build(manifest, flags)), irregular);
    }

    [Fact]
    public void Flagged_parcels_and_a_random_sample_are_inspected_before_the_open_window_with_outcomes_from_the_truth()
    {
        var (data, irregular) = Scenario(31337, 6000);

        var decisions = DemoParcelInspections.Select(data, irregular, DemoRandom.For(1, "parcel-inspections"));

        var byId = data.Records.Select((r, i) => (r, i)).ToDictionary(x => x.r.Id, x => x.i);
        var openFrom = data.Records[^1].Day.AddDays(-DemoParcelInspections.OpenDays + 1);
        Assert.All(decisions, d => Assert.True(data.Records[byId[d.ParcelId]].Day < openFrom));
        Assert.All(decisions, d => Assert.Equal(irregular.Contains(d.ParcelId) ? ParcelOutcome.Irregular : ParcelOutcome.Compliant, d.Outcome));
        Assert.All(decisions, d => Assert.Equal(RecordSource.Demo, d.Source));
        Assert.Equal(decisions.Count, decisions.Select(d => d.ParcelId).Distinct().Count());

        var past = data.Records.Where(r => r.Day < openFrom).Select(r => byId[r.Id]).ToList();
        bool Flagged(int i) => data.Row(i)[ParcelRiskFeatures.FlagCount] > 0;
        var chosen = decisions.Select(d => byId[d.ParcelId]).ToHashSet();
        var flaggedRate = (double)past.Count(i => Flagged(i) && chosen.Contains(i)) / past.Count(Flagged);
        var unflaggedRate = (double)past.Count(i => !Flagged(i) && chosen.Contains(i)) / past.Count(i => !Flagged(i));
        Assert.InRange(flaggedRate, DemoParcelInspections.FlaggedInspected - 0.08, DemoParcelInspections.FlaggedInspected + 0.08);
        Assert.InRange(unflaggedRate, DemoParcelInspections.RandomInspected - 0.015, DemoParcelInspections.RandomInspected + 0.015);
        // Selection is by what was known, not by the truth: many planted parcels were never inspected.
        var plantedPast = past.Count(i => irregular.Contains(data.Records[i].Id));
        var plantedInspected = past.Count(i => irregular.Contains(data.Records[i].Id) && chosen.Contains(i));
        Assert.True(plantedInspected > 0 && plantedInspected < plantedPast * 0.7, $"{plantedInspected} of {plantedPast} planted parcels inspected");
        Assert.Contains(decisions, d => d.Action == ParcelAction.ReferForMisuse);
        Assert.Contains(decisions, d => d.Outcome == ParcelOutcome.Compliant);
    }

    [Fact]
    public void The_selection_is_deterministic_by_seed()
    {
        var (data, irregular) = Scenario(4242, 1500);

        var a = DemoParcelInspections.Select(data, irregular, DemoRandom.For(7, "parcel-inspections")).Select(d => (d.ParcelId, d.Action, d.Outcome));
        var b = DemoParcelInspections.Select(data, irregular, DemoRandom.For(7, "parcel-inspections")).Select(d => (d.ParcelId, d.Action, d.Outcome));

        Assert.Equal(a, b);
    }

    [Theory]
    [InlineData(FraudPattern.IdentityMisuse, true)]
    [InlineData(FraudPattern.SplitShipment, true)]
    [InlineData(FraudPattern.Resale, true)]
    [InlineData(FraudPattern.UndervaluedParcel, true)]
    [InlineData(FraudPattern.OverDeMinimis, false)]
    [InlineData(FraudPattern.CombinedTaxation, false)]
    public void An_inspection_finds_misuse_split_resale_and_undervaluation(FraudPattern pattern, bool irregular) =>
        Assert.Equal(irregular, DemoParcelInspections.IsIrregular(pattern));
}
