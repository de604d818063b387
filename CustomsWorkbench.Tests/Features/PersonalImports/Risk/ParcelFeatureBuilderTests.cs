using CustomsWorkbench.Features.PersonalImports.Flags;
using CustomsWorkbench.Features.PersonalImports.Risk;
using F = CustomsWorkbench.Features.PersonalImports.Risk.ParcelRiskFeatures;

namespace CustomsWorkbench.Tests.Features.PersonalImports.Risk;

/// <summary>The parcel risk features are what was known on the parcel's arrival day: nothing later changes them.</summary>
public class ParcelFeatureBuilderTests
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<ParcelFlag>> NoFlags = new Dictionary<string, IReadOnlyList<ParcelFlag>>();

    private static float Feature(float[] features, int row, int feature) => features[row * F.Count + feature];

    [Fact]
    public void Parcels_arriving_later_do_not_change_an_earlier_parcels_features()
    {
        var early = Enumerable.Range(0, 12).Select(i => ParcelBuilder.Parcel(day: i % 4, name: i % 3 == 0 ? "박서준" : "김민준", value: 30 + i, quantity: 1 + i % 2)).OrderBy(p => p.ArrivalDate).ToList();
        var later = Enumerable.Range(0, 30).Select(i => ParcelBuilder.Parcel(day: 5 + i % 3, name: $"이도윤{i}", phone: $"010-9999-{i:D4}", value: 2 + i)).OrderBy(p => p.ArrivalDate).ToList();
        var flags = ParcelBuilder.Flag([.. early, .. later]);

        var alone = ParcelFeatureBuilder.Build(early, flags);
        var withFuture = ParcelFeatureBuilder.Build([.. early, .. later], flags);

        Assert.Equal(alone, withFuture.Take(alone.Length).ToArray());
        // The later parcels did see the earlier ones (the code's names grew), so the comparison above is not vacuous.
        Assert.True(Feature(withFuture, early.Count + later.Count - 1, F.CodeNames) > Feature(alone, early.Count - 1, F.CodeNames));
    }

    [Fact]
    public void Code_history_counts_the_same_day_and_the_window_but_not_what_fell_out_of_it()
    {
        var first = ParcelBuilder.Parcel(day: 0, name: "김민준", phone: "010-1111-0001", address: "서울 강남구 1");
        var romanised = ParcelBuilder.Parcel(day: 1, name: "Kim Minjun", phone: "010-1111-0001", address: "서울 강남구 1");
        var stranger = ParcelBuilder.Parcel(day: 1, name: "최지우", phone: "010-2222-0002", address: "부산 해운대구 9");
        var muchLater = ParcelBuilder.Parcel(day: 1 + ParcelFeatureBuilder.HistoryDays + 5, name: "김민준", phone: "010-1111-0001", address: "서울 강남구 1");

        var features = ParcelFeatureBuilder.Build([first, romanised, stranger, muchLater], NoFlags);

        Assert.Equal(1, Feature(features, 0, F.CodeNames));
        // Same day: the stranger's parcel is in the day's manifest, known at arrival; the romanised name is the same person.
        Assert.Equal(2, Feature(features, 1, F.CodeNames));
        Assert.Equal(2, Feature(features, 1, F.CodePhones));
        Assert.Equal(2, Feature(features, 1, F.CodeParcelsSameDay));
        Assert.Equal(3, Feature(features, 2, F.CodeParcels30));
        // More than the history window later, only the parcel itself is left.
        Assert.Equal(1, Feature(features, 3, F.CodeNames));
        Assert.Equal(1, Feature(features, 3, F.CodeParcels30));
    }

    [Fact]
    public void Unit_price_is_compared_with_earlier_days_only_and_missing_without_enough_peers()
    {
        var peers = Enumerable.Range(0, 6).Select(i => ParcelBuilder.Parcel(day: i, pccc: $"P1000000001{i:D2}", value: 100, goods: "Vitamin C")).ToList();
        var cheapSameDayAsPeer = ParcelBuilder.Parcel(day: 5, pccc: "P100000000200", value: 10, goods: "Vitamin C");
        var cheapNextDay = ParcelBuilder.Parcel(day: 6, pccc: "P100000000201", value: 10, goods: "Vitamin C");

        var features = ParcelFeatureBuilder.Build([.. peers, cheapSameDayAsPeer, cheapNextDay], NoFlags);

        Assert.True(float.IsNaN(Feature(features, 0, F.UnitPriceVsPeers)));
        // Day 5 has five earlier peers (days 0-4), not the day-5 parcel itself.
        Assert.Equal(Math.Log(0.1), Feature(features, 6, F.UnitPriceVsPeers), 3);
        Assert.Equal(Math.Log(0.1), Feature(features, 7, F.UnitPriceVsPeers), 3);
    }

    [Fact]
    public void Flags_and_de_minimis_inputs_follow_the_parcel()
    {
        var us = ParcelBuilder.Parcel(country: "US", value: 180);
        var cn = ParcelBuilder.Parcel(country: "CN", value: 180, pccc: "P100000000009");
        var flags = ParcelBuilder.Flag([us, cn]);

        var features = ParcelFeatureBuilder.Build([us, cn], flags);

        Assert.Equal(1, Feature(features, 0, F.OriginUs));
        Assert.Equal(0.9f, Feature(features, 0, F.ValueToLimit), 3);
        Assert.Equal(0, Feature(features, 0, F.FirstFlag + 4));
        Assert.Equal(1, Feature(features, 1, F.FirstFlag + F.FlagCodes.ToList().IndexOf(ParcelFlagCodes.OverDeMinimis)));
        Assert.True(Feature(features, 1, F.FlagCount) >= 1);
    }

    [Fact]
    public void Every_feature_has_a_name_and_words_in_both_languages()
    {
        Assert.Equal(F.Count, F.Names.Length);
        Assert.Equal(F.Names.Length, F.Names.Distinct().Count());
        for (var f = 0; f < F.Count; f++)
        {
            var (en, ko) = F.Label(f, 1);
            Assert.False(string.IsNullOrWhiteSpace(en));
            Assert.False(string.IsNullOrWhiteSpace(ko));
            Assert.NotEqual(F.Names[f], en);
            // Officers read words, not the export's flag codes ("resale" is also the English word).
            Assert.DoesNotContain(F.FlagCodes, code => ko.Contains(code) || (code.Contains('-') && en.Contains(code)));
        }
        Assert.Contains("USD", F.Label(F.LogValueUsd, (float)Math.Log(1 + 120)).En);
        Assert.Contains("50% below", F.Label(F.UnitPriceVsPeers, (float)Math.Log(0.5)).En);
    }
}
