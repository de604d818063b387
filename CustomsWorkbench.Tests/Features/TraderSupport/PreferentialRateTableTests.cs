using CustomsWorkbench.Features.TraderSupport.Preferences;
using CustomsWorkbench.Platform;

namespace CustomsWorkbench.Tests.Features.TraderSupport;

public class PreferentialRateTableTests
{
    private static readonly DateOnly Day = new(2026, 6, 1);

    private static PreferentialRateTable Table(string body) =>
        PreferentialRateTable.Parse(new StringReader("Agreement,NameEn,NameKo,Partners,Codes,Rate,From,To\n" + body));

    [Fact]
    public void The_shipped_table_loads_and_covers_the_demo_worlds_main_origins()
    {
        var table = PreferentialRateTable.Load(ShippedData.PathOf("reference", PreferentialRateTable.FileName));
        foreach (var origin in new[] { "US", "CN", "VN", "DE", "CL", "JP", "AU", "IN", "GB" })
            Assert.True(table.CoversOrigin(origin, Day), origin);
        Assert.False(table.CoversOrigin("TW", Day));
        Assert.Contains(table.Rows, r => r.Agreement == "RCEP");
    }

    [Fact]
    public void The_best_preference_is_the_lowest_rate_over_every_agreement_covering_the_origin()
    {
        var table = Table("""
            RCEP,RCEP,RCEP,CN JP,*,0.02,2022-02-01,
            KR-CN,Korea-China,한-중,CN,*,0.04,2015-12-20,
            KR-CN,Korea-China,한-중,CN,85,0,2015-12-20,
            """);

        var best = table.Best("cn", "8517130000", Day);

        Assert.Equal(("KR-CN", 0.0, "85"), (best!.Agreement, best.Rate, best.MatchedCodes));
        Assert.Equal(["KR-CN", "RCEP"], table.Available("CN", "8517130000", Day).Select(p => p.Agreement));
        Assert.Equal(("RCEP", 0.02), (table.Best("CN", "6109100000", Day)!.Agreement, table.Best("CN", "6109100000", Day)!.Rate));
        Assert.Equal("RCEP", table.Best("JP", "8517130000", Day)!.Agreement);
    }

    [Fact]
    public void An_exclusion_on_a_more_specific_prefix_removes_the_agreement_for_those_lines()
    {
        var table = Table("""
            KORUS,Korea-US,한-미,US,*,0,2012-03-15,
            KORUS,Korea-US,한-미,US,1006,X,2012-03-15,
            """);

        Assert.Null(table.Best("US", "1006301000", Day));
        Assert.Equal(0, table.Best("US", "1005900000", Day)!.Rate);
        Assert.True(table.CoversOrigin("US", Day));
    }

    [Fact]
    public void Rows_apply_only_between_their_dates()
    {
        var table = Table("""
            KR-PH,Korea-Philippines,한-필리핀,PH,*,0,2024-12-31,
            OLD,Old deal,옛 협정,PH,*,0.01,2010-01-01,2020-12-31
            """);

        Assert.Null(table.Best("PH", "8517130000", new DateOnly(2024, 6, 1)));
        Assert.Equal("OLD", table.Best("PH", "8517130000", new DateOnly(2019, 6, 1))!.Agreement);
        Assert.Equal("KR-PH", table.Best("PH", "8517130000", new DateOnly(2025, 1, 1))!.Agreement);
    }

    [Theory]
    [InlineData("A,a,a,USA,*,0,2020-01-01,", 2, "partners")]
    [InlineData("A,a,a,US,8a,0,2020-01-01,", 2, "codes")]
    [InlineData("A,a,a,US,*,free,2020-01-01,", 2, "rate")]
    [InlineData("A,a,a,US,*,0,01/01/2020,", 2, "dates")]
    [InlineData("A,a,a,US,*,0", 2, "8 fields")]
    public void A_bad_line_is_refused_with_its_number_and_problem(string line, int number, string problem)
    {
        var error = Assert.Throws<PreferentialRateFileException>(() => Table(line));
        Assert.Equal(number, error.Line);
        Assert.Contains(problem, error.Problem);
    }
}
