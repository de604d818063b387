using Bunit;
using CustomsWorkbench.Features.RiskSelection.Desk;
using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Tests.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CustomsWorkbench.Tests.Features.RiskSelection.Desk;

/// <summary>
/// The dossier page rendered by bUnit over the app's real services: what each role sees (analysts read the score and its
/// explanation but get no actions; admins see neither, as in the assistant) and "next item" after a decision.
/// </summary>
public class DossierRolesAndNextTests : ComponentTestContext, IClassFixture<RiskDeskFactory>
{
    private readonly RiskDeskFactory _factory;

    public DossierRolesAndNextTests(RiskDeskFactory factory)
    {
        _factory = factory;
        // Every service the page and its parts use comes from the real app (a scope, as a circuit would have).
        Services.AddFallbackServiceProvider(factory.Services.CreateScope().ServiceProvider);
        Render<MudPopoverProvider>();
    }

    private async Task<int> OpenItemAsync(Channel channel)
    {
        await using var db = _factory.CreateDbContext();
        return (await TriageSeed.AddAsync(db, 1, seed: 9, channel: channel))[0];
    }

    private IRenderedComponent<RiskDeclaration> RenderDossier(int id)
    {
        var cut = Render<RiskDeclaration>(p => p.Add(x => x.Id, id));
        cut.WaitForAssertion(() => cut.Find("[data-testid=declaration-number]"), TimeSpan.FromSeconds(10));
        return cut;
    }

    [Fact]
    public async Task An_analyst_reads_the_score_and_explanation_but_has_no_actions()
    {
        SignInAs("analyst", Roles.Analyst);
        var id = await OpenItemAsync(Channel.Red);

        var cut = RenderDossier(id);

        cut.WaitForAssertion(() => cut.Find("[data-testid=risk-score] [data-testid=explanation-chart]"));
        Assert.NotEmpty(cut.FindAll("[data-testid=contribution]"));
        Assert.Empty(cut.FindAll("[data-testid=decision-panel]"));
        Assert.Empty(cut.FindAll("[data-testid=next-item]"));
        Assert.NotEmpty(cut.FindAll("[data-testid=declaration-read-only]"));
        Assert.Empty(cut.FindAll("[data-testid=risk-score-withheld]"));
        // Back goes to the records list, not to a queue the analyst cannot open.
        Assert.Empty(cut.FindAll("[data-testid=back-to-queue]"));
        Assert.Equal("declarations", cut.Find("[data-testid=back-to-declarations]").GetAttribute("href"));
        // The transport mode is a translated word, never a missing resource key.
        Assert.DoesNotContain("TransportMode_", cut.Markup);
    }

    [Fact]
    public async Task An_admin_sees_the_declaration_but_not_its_risk_explanation()
    {
        SignInAs("admin", Roles.Admin);
        var id = await OpenItemAsync(Channel.Yellow);

        var cut = RenderDossier(id);

        Assert.NotEmpty(cut.FindAll("[data-testid=risk-score-withheld]"));
        Assert.Empty(cut.FindAll("[data-testid=risk-score]"));
        Assert.Empty(cut.FindAll("[data-testid=decision-panel]"));
    }

    [Fact]
    public async Task After_a_decision_next_item_opens_the_next_open_item_of_the_same_view()
    {
        SignInAs("officer", Roles.Officer);
        var id = await OpenItemAsync(Channel.Red);
        var view = new QueueFilter(QueueView.Active, Channel.Red);
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo(QueueLinks.Dossier(id, view));
        var cut = RenderDossier(id);
        Assert.Empty(cut.FindAll("[data-testid=next-item]"));
        Assert.Contains("view=Active", cut.Find("[data-testid=back-to-queue]").GetAttribute("href"));

        cut.Find("[data-testid=action-claim]").Click();
        cut.WaitForAssertion(() => cut.Find("[data-testid=action-decide-red]"));
        cut.Find("[data-testid=action-decide-red]").Click();
        cut.WaitForAssertion(() => cut.Find("[data-testid=next-item]"));
        var expected = await _factory.Services.GetRequiredService<RiskQueueQuery>().NextAsync(view, id, "officer");
        Assert.NotNull(expected);

        cut.Find("[data-testid=next-item]").Click();

        cut.WaitForAssertion(() => Assert.Equal(navigation.ToAbsoluteUri(QueueLinks.Dossier(expected!.Value, view)).ToString(), navigation.Uri));
        await using var db = _factory.CreateDbContext();
        var next = await db.Set<DeclarationTriage>().AsNoTracking().SingleAsync(t => t.DeclarationId == expected);
        Assert.Equal(Channel.Red, next.RecommendedChannel);
        Assert.True(next.Status == TriageStatus.Open || next.ClaimedBy == "officer");
    }
}
