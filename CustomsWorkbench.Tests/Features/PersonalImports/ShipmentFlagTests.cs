using CustomsWorkbench.Features.PersonalImports.Flags;
using static CustomsWorkbench.Tests.Features.PersonalImports.ParcelBuilder;

namespace CustomsWorkbench.Tests.Features.PersonalImports;

/// <summary>Split shipments, combined taxation and the de-minimis limit: the value arithmetic flags.</summary>
public class ShipmentFlagTests
{
    [Fact]
    public void One_order_split_into_parcels_under_the_limit_that_together_exceed_it_is_a_split_shipment()
    {
        var parts = new[] { Parcel(day: 0, value: 140m), Parcel(day: 0, value: 145m), Parcel(day: 1, value: 138m) };

        var flags = Flag(parts);

        Assert.All(parts, p => Assert.True(flags.Has(p, ParcelFlagCodes.SplitShipment)));
        var evidence = flags.Get(parts[2], ParcelFlagCodes.SplitShipment);
        Assert.Contains("3 parcels from iHerb", evidence.EvidenceEn);
        Assert.Contains("USD 423.00", evidence.EvidenceEn);
        Assert.Equal([parts[0].TrackingNumber, parts[1].TrackingNumber], evidence.RelatedTrackingNumbers.Order());
    }

    [Fact]
    public void Only_the_past_a_lone_first_part_is_not_flagged_by_the_parts_that_come_later()
    {
        var first = Parcel(day: 0, value: 140m);
        var later = new[] { Parcel(day: 2, value: 140m), Parcel(day: 2, value: 100m) };

        var flags = Flag([first, .. later]);

        Assert.False(flags.Has(first, ParcelFlagCodes.SplitShipment));
        Assert.All(later, p => Assert.True(flags.Has(p, ParcelFlagCodes.SplitShipment)));
    }

    [Fact]
    public void Small_orders_from_one_seller_a_week_apart_or_under_the_limit_together_are_not_split()
    {
        var apart = new[] { Parcel(day: 0, value: 140m), Parcel(day: 7, value: 140m) };
        var small = new[] { Parcel(day: 20, value: 60m), Parcel(day: 21, value: 70m) };

        var flags = Flag([.. apart, .. small]);

        Assert.DoesNotContain(flags.Values, f => f.Any(x => x.Code == ParcelFlagCodes.SplitShipment));
    }

    [Fact]
    public void Same_day_parcels_from_one_country_over_the_limit_together_are_taxed_together()
    {
        var a = Parcel(seller: "Taobao", value: 90m);
        var b = Parcel(seller: "AliExpress", value: 70m);
        var fromJapan = Parcel(seller: "Rakuten", country: "JP", value: 120m);
        var nextDay = Parcel(day: 1, seller: "Temu", value: 120m);

        var flags = Flag([a, b, fromJapan, nextDay]);

        Assert.True(flags.Has(a, ParcelFlagCodes.CombinedTaxation));
        Assert.True(flags.Has(b, ParcelFlagCodes.CombinedTaxation));
        Assert.False(flags.Has(fromJapan, ParcelFlagCodes.CombinedTaxation));
        Assert.False(flags.Has(nextDay, ParcelFlagCodes.CombinedTaxation));
        Assert.Contains("합산과세", flags.Get(a, ParcelFlagCodes.CombinedTaxation).EvidenceKo);
        Assert.False(flags.Has(a, ParcelFlagCodes.SplitShipment));
    }

    [Fact]
    public void Exactly_the_limit_together_is_still_list_clearance()
    {
        var a = Parcel(seller: "Taobao", value: 100m);
        var b = Parcel(seller: "Temu", value: 50m);

        Assert.DoesNotContain(Flag([a, b]).Values, f => f.Any(x => x.Code == ParcelFlagCodes.CombinedTaxation));
    }

    [Theory]
    [InlineData("CN", 150, false)]
    [InlineData("CN", 150.01, true)]
    [InlineData("US", 150.01, false)]
    [InlineData("US", 200, false)]
    [InlineData("us", 200.01, true)]
    [InlineData("JP", 199, true)]
    public void Over_de_minimis_is_over_USD_150_or_USD_200_from_the_US(string country, double value, bool flagged)
    {
        var parcel = Parcel(country: country, value: (decimal)value);

        var flags = Flag([parcel]);

        Assert.Equal(flagged, flags.Has(parcel, ParcelFlagCodes.OverDeMinimis));
        if (flagged) Assert.Contains("목록통관 한도", flags.Get(parcel, ParcelFlagCodes.OverDeMinimis).EvidenceKo);
    }
}
