using Bunit;
using CustomsWorkbench.Features.PersonalImports;
using CustomsWorkbench.Features.PersonalImports.Desk;
using CustomsWorkbench.Tests.Components;

namespace CustomsWorkbench.Tests.Features.PersonalImports.Holds;

/// <summary>The parcel page's hold banner: the reason in words, who held it, a link to the scan; nothing when not held.</summary>
public class ParcelHoldBannerTests : ComponentTestContext
{
    private static readonly ParcelHoldView Weapon = new(7, ParcelHoldReason.XRayWeapon, "xray-scan:42", "officer", new DateTime(2026, 12, 3, 9, 30, 0, DateTimeKind.Utc));

    public ParcelHoldBannerTests() : this("en-US") { }

    protected ParcelHoldBannerTests(string culture) : base(culture) { }

    protected virtual string WeaponWords => "X-ray review confirmed a weapon in the parcel";

    [Fact]
    public void Shows_the_reason_in_words_who_held_it_and_links_to_the_scan()
    {
        var cut = Render<ParcelHoldBanner>(p => p.Add(x => x.Holds, [Weapon]));

        var banner = cut.Find("[data-testid=parcel-held]");
        Assert.Equal("XRayWeapon", banner.GetAttribute("data-reason"));
        Assert.Contains(WeaponWords, banner.TextContent);
        Assert.Contains("officer", banner.TextContent);
        Assert.Contains("2026-12-03 09:30", banner.TextContent);
        Assert.DoesNotContain("XRayWeapon", banner.TextContent);
        Assert.EndsWith("/xray/scans/42", cut.Find("[data-testid=parcel-held-scan]").GetAttribute("href"));
    }

    [Fact]
    public void A_hold_from_another_source_has_no_scan_link_and_no_hold_shows_nothing()
    {
        var cut = Render<ParcelHoldBanner>(p => p.Add(x => x.Holds, [Weapon with { SourceReference = "case:9" }]));
        Assert.Single(cut.FindAll("[data-testid=parcel-held]"));
        Assert.Empty(cut.FindAll("[data-testid=parcel-held-scan]"));

        var none = Render<ParcelHoldBanner>(p => p.Add(x => x.Holds, []));
        Assert.Empty(none.FindAll("[data-testid=parcel-held]"));
    }
}

public class ParcelHoldBannerKoreanTests() : ParcelHoldBannerTests("ko-KR")
{
    protected override string WeaponWords => "X-ray 판독에서 물품 내 무기가 확인됨";
}
