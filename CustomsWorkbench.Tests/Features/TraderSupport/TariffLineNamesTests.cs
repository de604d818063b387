using CustomsWorkbench.Features.TraderSupport;
using CustomsWorkbench.Platform.Demo.Reference;

namespace CustomsWorkbench.Tests.Features.TraderSupport;

public class TariffLineNamesTests
{
    [Fact]
    public void Every_line_the_workbench_knows_has_a_korean_name_shown_in_the_korean_ui()
    {
        var lines = ReferenceDataFiles.Shipped.TariffCodes();

        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Matches(@"\p{IsHangulSyllables}", TariffLineNames.Of(l.Code, korean: true)!));
        Assert.Equal("헤드폰 및 이어폰", TariffLineNames.Of("8518300000", korean: true));
        Assert.Equal("Headphones and earphones", TariffLineNames.Of("8518300000", korean: false));
    }

    [Fact]
    public void An_unknown_code_has_no_name()
    {
        Assert.Null(TariffLineNames.Of("9999999999", korean: true));
    }
}
