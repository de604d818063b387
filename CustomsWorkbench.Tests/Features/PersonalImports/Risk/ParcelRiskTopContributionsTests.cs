using CustomsWorkbench.Features.PersonalImports.Risk;

namespace CustomsWorkbench.Tests.Features.PersonalImports.Risk;

/// <summary>The stored form of a parcel's strongest inputs: what is kept, in which order, and how it reads back.</summary>
public class ParcelRiskTopContributionsTests
{
    private static (float[] Features, float[] Pushes) Row()
    {
        var features = new float[ParcelRiskFeatures.Count];
        var pushes = new float[ParcelRiskFeatures.Count];
        features[ParcelRiskFeatures.Quantity] = 12;
        features[ParcelRiskFeatures.ValueToLimit] = 1.25f;
        features[ParcelRiskFeatures.UnitPriceVsPeers] = float.NaN;
        pushes[ParcelRiskFeatures.Quantity] = 0.8f;
        pushes[ParcelRiskFeatures.ValueToLimit] = -1.1f;
        pushes[ParcelRiskFeatures.UnitPriceVsPeers] = 0.05f;
        pushes[ParcelRiskFeatures.OriginUs] = 0.00005f;
        return (features, pushes);
    }

    [Fact]
    public void Keeps_the_inputs_that_matter_strongest_first_with_their_values_and_words()
    {
        var (features, pushes) = Row();

        var read = ParcelRiskTopContributions.Decode(ParcelRiskTopContributions.Encode(features, pushes));

        Assert.Equal(["value-to-limit", "quantity", "unit-price-vs-peers"], read.Select(c => c.Feature));
        Assert.Equal(-1.1, read[0].Contribution, 4);
        Assert.Equal(1.25, read[0].Value, 4);
        Assert.Equal("Value is 125% of the list-clearance limit", read[0].LabelEn);
        Assert.Equal("수량 12개", read[1].LabelKo);
        // A missing value (no peers) reads back as 0 with words that say so.
        Assert.Equal(0, read[2].Value);
        Assert.StartsWith("Unit price: too few", read[2].LabelEn);
    }

    [Fact]
    public void Keeps_at_most_eight_and_fits_its_column()
    {
        var features = Enumerable.Range(0, ParcelRiskFeatures.Count).Select(f => 1000.123f + f).ToArray();
        var pushes = Enumerable.Range(0, ParcelRiskFeatures.Count).Select(f => -1.23456f * (f + 1)).ToArray();

        var stored = ParcelRiskTopContributions.Encode(features, pushes);
        var read = ParcelRiskTopContributions.Decode(stored);

        Assert.Equal(ParcelRiskTopContributions.Top, read.Count);
        Assert.Equal(ParcelRiskFeatures.Names[^1], read[0].Feature);
        Assert.True(stored.Length <= ParcelRiskTopContributions.MaxLength / 2, stored);
    }

    [Fact]
    public void Nothing_that_matters_is_stored_as_empty_and_unknown_or_broken_parts_are_skipped()
    {
        Assert.Equal("", ParcelRiskTopContributions.Encode(new float[ParcelRiskFeatures.Count], new float[ParcelRiskFeatures.Count]));
        Assert.Empty(ParcelRiskTopContributions.Decode(null));
        Assert.Empty(ParcelRiskTopContributions.Decode(""));

        var read = ParcelRiskTopContributions.Decode("retired-input=1:0.5;quantity=x:0.2;quantity;quantity=3:0.25");

        Assert.Equal("quantity", Assert.Single(read).Feature);
        Assert.Equal(0.25, read[0].Contribution);
    }
}
