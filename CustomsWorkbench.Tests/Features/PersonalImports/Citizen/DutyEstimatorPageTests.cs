using Bunit;
using CustomsWorkbench.Features.PersonalImports.Citizen;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Tests.Components;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.PersonalImports.Citizen;

/// <summary>The estimator form on the real duty service, exchange rates and countries (empty database, no demo world).</summary>
public class DutyEstimatorPageTests : ComponentTestContext, IClassFixture<PersonalImportsTestFactory>
{
    public DutyEstimatorPageTests(PersonalImportsTestFactory factory)
    {
        _ = factory.Server;
        Services.AddSingleton(factory.Services.GetRequiredService<CitizenDutyService>());
        SignInAs("officer", Roles.Officer);
    }

    private IRenderedComponent<DutyEstimatorPage> Page()
    {
        var page = Render<DutyEstimatorPage>();
        page.WaitForElement("[data-testid=duty-estimate]", TimeSpan.FromSeconds(30));
        return page;
    }

    [Fact]
    public void The_default_question_clears_by_list_and_shows_the_rate_limits_and_lines()
    {
        var page = Page();

        page.Find("button[data-testid=duty-estimate]").Click();

        page.WaitForAssertion(() => Assert.Contains("List clearance", page.Find("[data-testid=duty-route]").TextContent), TimeSpan.FromSeconds(30));
        Assert.Equal("0 KRW", page.Find("[data-testid=duty-total]").TextContent.Trim());
        Assert.Contains("KRW/1 USD", page.Find("[data-testid=duty-rate]").TextContent);
        Assert.Contains("Self-use limit for Clothing: up to 10 pieces", page.Find("[data-testid=duty-limit]").TextContent);
        Assert.Equal(7, page.FindAll("[data-testid=duty-lines] tbody tr").Count);
    }

    [Fact]
    public void The_chosen_goods_type_shows_its_capitalised_name_and_rate_not_the_data_code()
    {
        var page = Page();

        Assert.Contains("Clothing (13%)", page.Markup);
        Assert.Equal("Cosmetics and perfume", CitizenGoodsTypes.Shipped.Find("cosmetics")!.Name(korean: false));
        Assert.Equal("화장품·향수", CitizenGoodsTypes.Shipped.Find("cosmetics")!.Name(korean: true));
    }

    [Fact]
    public void Over_the_limit_it_shows_duty_vat_and_a_commercial_quantity_warning()
    {
        var page = Page();
        page.Find("input[data-testid=duty-value]").Change("250");
        page.Find("input[data-testid=duty-quantity]").Change("12");

        page.Find("button[data-testid=duty-estimate]").Click();

        page.WaitForAssertion(() => Assert.Contains("General clearance", page.Find("[data-testid=duty-route]").TextContent), TimeSpan.FromSeconds(30));
        Assert.NotEqual("0 KRW", page.Find("[data-testid=duty-duty]").TextContent.Trim());
        Assert.Contains("12 pieces is over it", page.Find("[data-testid=duty-limit]").TextContent);
    }

    [Fact]
    public void Bad_input_is_refused_field_by_field_and_nothing_is_estimated()
    {
        var page = Page();
        page.Find("input[data-testid=duty-others]").Change("80, abc");

        page.Find("button[data-testid=duty-estimate]").Click();

        page.WaitForAssertion(() => Assert.Contains("\"abc\" is not a positive amount", page.Find("[data-testid=duty-invalid]").TextContent), TimeSpan.FromSeconds(30));
        Assert.Empty(page.FindAll("[data-testid=duty-route]"));

        page.Find("input[data-testid=duty-others]").Change("");
        page.Find("input[data-testid=duty-value]").Change("0");
        page.Find("button[data-testid=duty-estimate]").Click();

        page.WaitForAssertion(() => Assert.Contains("Value: must be a positive amount", page.Find("[data-testid=duty-invalid]").TextContent), TimeSpan.FromSeconds(30));
    }
}
