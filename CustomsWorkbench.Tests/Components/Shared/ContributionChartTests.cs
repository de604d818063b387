using System.Globalization;
using Bunit;
using CustomsWorkbench.Components.Shared;

namespace CustomsWorkbench.Tests.Components.Shared;

/// <summary>The explanation chart shared by the dossier and the parcel page: units, headers, labels and trivial factors.</summary>
public class ContributionChartTests : ComponentTestContext
{
    private static readonly ContributionBar[] Sample =
    [
        new("value_ratio", "Declared value vs. peers", 0.31, 0.42),
        new("importer_hit_rate", "Importer's past hit rate", 0.18, 0.25),
        new("importer_age", "Importer age (days)", 2400, -0.15),
        new("office_hit_rate", "Office hit rate", 0.04, -0.05),
        new("weekday", "Day of the week", 3, 0.004),
        new("fta_claimed", "FTA preference claimed", 1, -0.0002),
    ];

    private IRenderedComponent<ContributionChart> RenderChart(IReadOnlyList<ContributionBar> bars, bool showValues = true) =>
        Render<ContributionChart>(p => p.Add(x => x.Bars, bars).Add(x => x.ShowValues, showValues)
            .Add(x => x.RaisesLabel, "Raises risk").Add(x => x.LowersLabel, "Lowers risk").Add(x => x.EmptyText, "none"));

    private static double Number(AngleSharp.Dom.IElement e, string attribute) =>
        double.Parse(e.GetAttribute(attribute)!, CultureInfo.InvariantCulture);

    [Fact]
    public void Bars_and_the_listed_contributions_share_one_scale_in_the_same_units()
    {
        var cut = RenderChart(Sample);

        var rows = cut.FindAll("[data-testid=contribution]");
        var listed = rows.Select(r => double.Parse(r.Children.Last().TextContent.Replace("▲", "").Replace("▼", "").Trim(), CultureInfo.InvariantCulture)).ToList();
        Assert.Equal([0.42, 0.25, -0.15, -0.05], listed);
        // Each bar's length is its listed contribution on the same scale: width / |contribution| is one constant.
        var ratios = rows.Select((r, i) => Number(r.QuerySelector("[data-testid=contribution-bar]")!, "data-width") / Math.Abs(listed[i])).ToList();
        Assert.All(ratios, r => Assert.Equal(ratios[0], r, 0));
        // The axis is labelled in those units: its ends are the largest push up and down, as written in the table.
        var ticks = cut.FindAll("[data-testid=chart-tick]").Select(t => t.TextContent.Trim()).ToList();
        Assert.Equal(["-0.150", "+0.420"], ticks);
        // Raising bars start at the zero line, lowering bars end at it.
        var zero = 0.15 / (0.42 + 0.15) * 100;
        var up = rows[0].QuerySelector("[data-testid=contribution-bar]")!;
        var down = rows[2].QuerySelector("[data-testid=contribution-bar]")!;
        Assert.Equal(zero, Number(up, "data-x"), 0);
        Assert.Equal(zero, Number(down, "data-x") + Number(down, "data-width"), 0);
    }

    [Fact]
    public void Every_column_of_the_table_has_a_header()
    {
        foreach (var showValues in new[] { true, false })
        {
            var cut = RenderChart(Sample, showValues);

            var headers = cut.FindAll("thead th");
            Assert.All(headers, h => Assert.False(string.IsNullOrWhiteSpace(h.TextContent)));
            Assert.All(cut.FindAll("tbody tr"), r => Assert.Equal(headers.Count, r.Children.Length));
            Assert.Equal(showValues, cut.FindAll("[data-testid=chart-header-value]").Count == 1);
            Assert.Equal("Contribution", cut.Find("[data-testid=chart-header-contribution]").TextContent.Trim());
        }
    }

    [Fact]
    public void Trivial_factors_are_folded_into_other_factors_not_shown_as_drivers()
    {
        var cut = RenderChart(Sample);

        var drivers = cut.FindAll("[data-testid=contribution]").Select(r => r.GetAttribute("data-feature")).ToList();
        Assert.DoesNotContain("weekday", drivers);
        Assert.DoesNotContain("fta_claimed", drivers);
        var other = cut.Find("[data-testid=contribution-other]");
        Assert.Equal("2", other.GetAttribute("data-count"));
        Assert.Equal(0.0038, Number(other, "data-contribution"), 4);
        Assert.Contains("Other factors (2)", other.TextContent);
        Assert.DoesNotContain("▲", other.TextContent);
    }

    [Fact]
    public void Axis_labels_sit_at_the_two_ends_only_and_factor_labels_each_have_their_own_row()
    {
        // Zero close to one end: a label at zero would collide with that end's label in a narrow column.
        var bars = new[] { new ContributionBar("a", "A long factor name that would collide on a chart axis", 1, 0.5), new ContributionBar("b", "Another long factor name", 1, -0.03) };
        var cut = RenderChart(bars);

        var ticks = cut.FindAll("[data-testid=chart-tick]");
        Assert.Equal(["-0.030", "+0.500"], ticks.Select(t => t.TextContent.Trim()));
        Assert.Equal(["left:0", "right:0"], ticks.Select(t => t.GetAttribute("style")));
        Assert.Equal(["A long factor name that would collide on a chart axis", "Another long factor name"],
            cut.FindAll("[data-testid=contribution] .wb-factor").Select(c => c.TextContent.Trim()));
        // Everything pushing one way: the near end is labelled zero.
        var positive = RenderChart([new ContributionBar("a", "A", 1, 0.5), new ContributionBar("b", "B", 1, 0.2)]);
        Assert.Equal(["0.000", "+0.500"], positive.FindAll("[data-testid=chart-tick]").Select(t => t.TextContent.Trim()));
    }

    [Fact]
    public void No_contributions_say_so()
    {
        var cut = RenderChart([]);
        Assert.Equal("none", cut.Find("[data-testid=explanation-none]").TextContent.Trim());
    }
}

/// <summary>The same chart in Korean: headers and the "other factors" line translated.</summary>
public class ContributionChartKoreanTests() : ComponentTestContext("ko-KR")
{
    [Fact]
    public void Headers_and_other_factors_are_in_korean()
    {
        var cut = Render<ContributionChart>(p => p.Add(x => x.Bars, [new ContributionBar("a", "가", 1, 0.3), new ContributionBar("b", "나", 1, 0.0001)])
            .Add(x => x.RaisesLabel, "위험 높임").Add(x => x.LowersLabel, "위험 낮춤").Add(x => x.EmptyText, "-"));

        Assert.Equal("요인", cut.Find("[data-testid=chart-header-factor]").TextContent.Trim());
        Assert.Equal("기여도", cut.Find("[data-testid=chart-header-contribution]").TextContent.Trim());
        Assert.Contains("기타 요인 1개", cut.Find("[data-testid=contribution-other]").TextContent);
    }
}
