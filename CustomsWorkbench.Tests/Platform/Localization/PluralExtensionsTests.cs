using System.Globalization;
using CustomsWorkbench.Features.Intelligence;
using CustomsWorkbench.Features.RiskSelection.Desk;
using CustomsWorkbench.Platform.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CustomsWorkbench.Tests.Platform.Localization;

/// <summary>Counted text reads right for one in English ("1 declaration", not "1 declarations") and stays Korean in Korean.</summary>
public class PluralExtensionsTests
{
    private static IStringLocalizer<T> Localizer<T>(string culture)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        return new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider().GetRequiredService<IStringLocalizer<T>>();
    }

    [Theory]
    [InlineData(0, "0 declarations")]
    [InlineData(1, "1 declaration")]
    [InlineData(2, "2 declarations")]
    public void English_uses_the_singular_for_exactly_one(int count, string expected) =>
        Assert.Equal(expected, Localizer<RiskDeskStrings>("en-US").Plural("QueueTotal", count, count));

    [Fact]
    public void Links_and_records_in_the_explorer_read_right_for_one()
    {
        var l = Localizer<IntelligenceStrings>("en-US");
        Assert.Equal("1 record", l.Plural("EvidenceCount", 1, 1));
        Assert.Equal("3 records", l.Plural("EvidenceCount", 3, 3));
        Assert.Equal("Path found: 1 link.", l.Plural("PathFound", 1, 1));
    }

    [Fact]
    public void Korean_has_its_own_singular_text_and_never_falls_back_to_english()
    {
        var l = Localizer<RiskDeskStrings>("ko-KR");
        Assert.Equal("1건", l.Plural("QueueTotal", 1, 1));
        Assert.Equal("5건", l.Plural("QueueTotal", 5, 5));
    }

    [Fact]
    public void A_key_without_a_singular_variant_uses_its_one_text()
    {
        var l = Localizer<RiskDeskStrings>("en-US");
        Assert.Equal(l["BackToQueue"].Value, l.Plural("BackToQueue", 1));
    }
}
