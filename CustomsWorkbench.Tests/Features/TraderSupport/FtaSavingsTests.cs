using CustomsWorkbench.Features.TraderSupport.Notices;
using CustomsWorkbench.Features.TraderSupport.Preferences;

namespace CustomsWorkbench.Tests.Features.TraderSupport;

public class FtaSavingsTests
{
    [Theory]
    [InlineData(10_000_000, 0.08, 0.0, 880_000)]   // 800,000 duty + 80,000 VAT on that duty
    [InlineData(10_000_000, 0.08, 0.05, 330_000)]
    [InlineData(1_234_567, 0.13, 0.04, 122_222)]    // 1,234,567 × 0.09 × 1.1 = 122,222.1
    [InlineData(10_000_000, 0.05, 0.05, 0)]
    [InlineData(10_000_000, 0.0, 0.05, 0)]          // a "preference" above the paid rate saves nothing
    public void The_saving_is_the_rate_difference_on_CIF_plus_the_VAT_on_that_duty(double cif, double paid, double preferential, double expected)
    {
        Assert.Equal(expected, FtaSavingsArithmetic.Saving(cif, paid, preferential));
    }

    [Fact]
    public void The_notice_template_is_bilingual_and_lists_the_lines_with_their_total()
    {
        var rate = new PreferentialRate("KR-CN", "Korea-China FTA", "한-중 FTA", 0, "*");
        var missed = new[]
        {
            new MissedPreference(1, "D-1", new DateOnly(2026, 3, 1), 1, "8516600000", "CN", 10_000_000, 0.08, rate, 880_000),
            new MissedPreference(2, "D-2", new DateOnly(2026, 4, 1), 1, "8516600000", "CN", 5_000_000, 0.08, rate, 440_000),
        };

        var (subject, body) = FtaNoticeTemplate.Draft("한빛무역", missed);

        Assert.Contains("FTA", subject);
        Assert.Contains("한빛무역 귀하", body);
        Assert.Contains("Dear 한빛무역", body);
        Assert.Contains("1,320,000", body);
        Assert.Contains("D-1 | 2026-03-01 | 8516600000 | CN | 한-중 FTA / Korea-China FTA", body);
        Assert.Contains("2건(2개 품목)", body);
    }
}
