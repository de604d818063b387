using Bunit;
using CustomsWorkbench.Features.RiskSelection.Capacity;
using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Tests.Components;

namespace CustomsWorkbench.Tests.Features.RiskSelection.Capacity;

public class CapacityGaugeTests : ComponentTestContext
{
    private IRenderedComponent<CapacityGauge> Gauge(int used, int capacity, Channel channel = Channel.Red) =>
        Render<CapacityGauge>(p => p.Add(g => g.Channel, channel).Add(g => g.Used, used).Add(g => g.Capacity, capacity));

    [Fact]
    public void Shows_used_of_capacity_with_a_bar()
    {
        var cut = Gauge(3, 12);
        var gauge = cut.Find("[data-testid=capacity-gauge]");

        Assert.Equal("3", gauge.GetAttribute("data-used"));
        Assert.Equal("12", gauge.GetAttribute("data-capacity"));
        Assert.Equal("False", gauge.GetAttribute("data-full"));
        Assert.Contains("3 / 12", gauge.TextContent);
        Assert.DoesNotContain("full", gauge.TextContent);
        Assert.Equal("25", cut.Find("[role=progressbar]").GetAttribute("aria-valuenow"));
    }

    [Fact]
    public void A_used_up_capacity_says_full_and_the_bar_stops_at_the_end()
    {
        var cut = Gauge(14, 12);

        Assert.Equal("True", cut.Find("[data-testid=capacity-gauge]").GetAttribute("data-full"));
        Assert.Contains("full", cut.Markup);
        Assert.Equal("100", cut.Find("[role=progressbar]").GetAttribute("aria-valuenow"));
    }

    [Fact]
    public void Gauge_follows_new_figures_when_the_page_reloads_them()
    {
        var cut = Gauge(1, 4, Channel.Yellow);
        cut.Render(p => p.Add(g => g.Used, 4));

        Assert.Equal("True", cut.Find("[data-testid=capacity-gauge]").GetAttribute("data-full"));
        Assert.Contains("4 / 4", cut.Markup);
    }
}
