using Bunit;
using CustomsWorkbench.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Components.Shared;

/// <summary>The shared "next item" button: goes where the page's queue says, or says that nothing is left.</summary>
public class NextItemButtonTests : ComponentTestContext
{
    [Fact]
    public void Goes_to_the_next_item_the_queue_names()
    {
        var cut = Render<NextItemButton>(p => p.Add(x => x.FindNext, _ => Task.FromResult<string?>("parcels/7?view=Open")).Add(x => x.BackHref, "parcels/queue?view=Open"));

        cut.Find("[data-testid=next-item]").Click();

        Assert.Equal("http://localhost/parcels/7?view=Open", Services.GetRequiredService<NavigationManager>().Uri);
        Assert.Empty(cut.FindAll("[data-testid=next-item-none]"));
    }

    [Fact]
    public void Says_so_when_the_view_has_nothing_left_and_offers_the_way_back()
    {
        var cut = Render<NextItemButton>(p => p.Add(x => x.FindNext, _ => Task.FromResult<string?>(null)).Add(x => x.BackHref, "risk/queue?view=Active"));

        cut.Find("[data-testid=next-item]").Click();

        Assert.Equal("No open item is left in this view.", cut.Find("[data-testid=next-item-none]").TextContent.Trim());
        Assert.Equal("risk/queue?view=Active", cut.Find("[data-testid=next-item-back]").GetAttribute("href"));
        Assert.Equal("http://localhost/", Services.GetRequiredService<NavigationManager>().Uri);
    }
}
