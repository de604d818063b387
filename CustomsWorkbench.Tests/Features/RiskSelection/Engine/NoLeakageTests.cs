using CustomsWorkbench.Features.RiskSelection.Engine;
using static CustomsWorkbench.Tests.Features.RiskSelection.Engine.RiskRecords;

namespace CustomsWorkbench.Tests.Features.RiskSelection.Engine;

/// <summary>A declaration's features depend only on what happened before its date: adding or changing later data leaves them as they were.</summary>
public class NoLeakageTests
{
    private static float[] Slice(float[] all, int index) => all.AsSpan(index * RiskFeatures.Count, RiskFeatures.Count).ToArray();

    [Fact]
    public void Features_do_not_change_when_later_declarations_and_labels_are_added_or_altered()
    {
        var history = History(600, days: 60);
        var cutoff = Day0.AddDays(40);
        var early = history.Where(r => r.Date < cutoff).ToList();
        var before = new FeatureState().BuildChronological(early);

        // Same early declarations, then: every later label flipped, later values scrambled, and new later declarations.
        var random = new Random(3);
        var altered = history.Select(r => r.Date < cutoff ? Clone(r) : Alter(r, random)).ToList();
        altered.AddRange(Enumerable.Range(10_000, 200).Select(id => Make(id, day: 40 + random.Next(20), unitValue: 1, importer: 1 + random.Next(30),
            inspected: true, illicit: true, revenue: 1e9)));
        altered = altered.OrderBy(r => r.Date).ThenBy(r => r.Id).ToList();
        var after = new FeatureState().BuildChronological(altered);

        var positions = altered.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i);
        for (var i = 0; i < early.Count; i++)
            Assert.Equal(Slice(before, i), Slice(after, positions[early[i].Id]));
    }

    [Fact]
    public void A_declarations_own_label_and_same_day_labels_do_not_reach_its_features()
    {
        var history = History(300, days: 30);
        var baseline = new FeatureState().BuildChronological(history);
        var day = history[150].Date;
        var flipped = history.Select(r => r.Date == day ? Flip(Clone(r)) : Clone(r)).ToList();
        var after = new FeatureState().BuildChronological(flipped);

        for (var i = 0; i < history.Count && history[i].Date <= day; i++)
            Assert.Equal(Slice(baseline, i), Slice(after, i));
        // ...while the next day does see them (the test would be empty otherwise).
        var next = history.FindIndex(r => r.Date > day);
        Assert.NotEqual(Slice(baseline, next), Slice(after, next));
    }

    private static RiskRecord Clone(RiskRecord r) => Make(r.Id, day: r.Date.DayNumber - Day0.DayNumber, unitValue: r.Fob / r.Quantity, quantity: r.Quantity,
        tariff: r.MainTariffCode, origin: r.OriginCountryCode, importer: r.ImporterId, declarant: r.DeclarantId, office: r.OfficeId,
        inspected: r.Inspected, illicit: r.Illicit == true, revenue: r.AdditionalRevenue ?? 0, established: r.ImporterEstablishedOn,
        fta: r.FtaPreferenceClaimed);

    private static RiskRecord Flip(RiskRecord r)
    {
        r.Inspected = true;
        r.Illicit = !(r.Illicit ?? false);
        r.AdditionalRevenue = r.Illicit == true ? 5_000 : 0;
        return r;
    }

    private static RiskRecord Alter(RiskRecord r, Random random) => Flip(Make(r.Id, day: r.Date.DayNumber - Day0.DayNumber,
        unitValue: random.NextDouble() * 1000, tariff: r.MainTariffCode, origin: r.OriginCountryCode, importer: r.ImporterId,
        declarant: r.DeclarantId, office: r.OfficeId, inspected: r.Inspected, illicit: r.Illicit == true));
}
