using Bunit;
using Microsoft.AspNetCore.Components;
using CustomsWorkbench.Features.RiskSelection;
using CustomsWorkbench.Features.RiskSelection.Desk;
using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Platform.Realtime;
using CustomsWorkbench.Tests.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CustomsWorkbench.Tests.Features.RiskSelection.Desk;

/// <summary>The desk's components rendered by bUnit over the real services and database of the app.</summary>
public class DeskComponentTests : ComponentTestContext, IClassFixture<RiskDeskFactory>
{
    private readonly RiskDeskFactory _factory;

    public DeskComponentTests(RiskDeskFactory factory)
    {
        _factory = factory;
        Services.AddSingleton(factory.Services.GetRequiredService<RiskQueueQuery>());
        Services.AddSingleton(factory.Services.GetRequiredService<TriageService>());
        Services.AddSingleton(factory.Services.GetRequiredService<IRealtimeNotifier>());
        Services.AddSingleton(factory.Services.GetRequiredService<PresenceTracker>());
        Services.AddScoped<PresenceCircuit>();
        Services.AddSingleton(factory.Services.GetRequiredService<TimeProvider>());
        Services.AddSingleton(factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<RiskDeskOptions>>());
        SignInAs("officer", Roles.Officer);
        using var db = factory.CreateDbContext();
        if (!db.Set<DeclarationTriage>().Any()) TriageSeed.AddAsync(db, 80, seed: 3).GetAwaiter().GetResult();
    }

    private IRenderedComponent<RiskQueue> RenderQueue()
    {
        Render<MudPopoverProvider>();
        // Every day's open and claimed items (the default is today's work of my office; these scenarios are about the grid).
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo(navigation.GetUriWithQueryParameter("view", nameof(QueueView.Active)));
        var cut = Render<RiskQueue>();
        cut.WaitForAssertion(() => Assert.NotEmpty(Rows(cut)), TimeSpan.FromSeconds(10));
        return cut;
    }

    private static IReadOnlyList<AngleSharp.Dom.IElement> Rows(IRenderedComponent<RiskQueue> cut) =>
        cut.FindAll("[data-testid=queue-grid] tbody tr.mud-table-row");

    private static double ScoreOf(AngleSharp.Dom.IElement row) =>
        double.Parse(row.QuerySelector("[data-testid=score-bar]")!.GetAttribute("data-score")!, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Queue_grid_shows_the_highest_scores_first_with_channel_and_reason()
    {
        var cut = RenderQueue();
        await using var db = _factory.CreateDbContext();
        var top = await db.Set<DeclarationTriage>().AsNoTracking()
            .Where(t => t.Status == TriageStatus.Open || t.Status == TriageStatus.Claimed).OrderByDescending(t => t.Score).FirstAsync();

        var first = Rows(cut)[0];
        Assert.Equal(top.Score, ScoreOf(first), 3);
        Assert.Equal(top.RecommendedChannel.ToString(), first.QuerySelector("[data-testid=channel-chip]")!.GetAttribute("data-channel"));
        Assert.Equal(top.Reason.ToString(), first.QuerySelector("[data-testid=reason-icon]")!.GetAttribute("data-reason"));
        var scores = Rows(cut).Select(ScoreOf).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
    }

    [Fact]
    public void Minimum_score_filter_reloads_the_grid_with_matching_rows_only()
    {
        var cut = RenderQueue();
        var before = Rows(cut).Count;
        // The first page holds the highest scores; the 10th one as minimum keeps roughly the top ten, whatever the model's scale.
        var threshold = Math.Floor(ScoreOf(Rows(cut)[9]) * 100) / 100 + 0.01;

        cut.Find("input[data-testid=filter-min-score]").Change(threshold.ToString(System.Globalization.CultureInfo.InvariantCulture));

        cut.WaitForAssertion(() =>
        {
            var rows = Rows(cut);
            Assert.NotEmpty(rows);
            Assert.True(rows.Count < before);
            Assert.All(rows, r => Assert.True(ScoreOf(r) >= threshold));
        });
    }

    [Fact]
    public async Task A_claim_by_someone_else_updates_the_row_in_place_and_new_scores_show_a_banner()
    {
        var cut = RenderQueue();
        var id = int.Parse(Rows(cut)[1].QuerySelector("[data-testid=claim-cell]")!.GetAttribute("data-declaration")!);
        var notifier = Services.GetRequiredService<IRealtimeNotifier>();

        await notifier.PublishAsync(RiskEvents.QueueTopic, RiskEvents.ItemChanged, new QueueItemChanged(id, "Claimed", "officer2"));
        await notifier.PublishAsync(RiskEvents.QueueTopic, RiskEvents.Scored, new[] { 900_001, 900_002 });

        cut.WaitForAssertion(() =>
        {
            var cell = cut.Find($"[data-testid=claim-cell][data-declaration='{id}']");
            Assert.Equal("officer2", cell.GetAttribute("data-claimed-by"));
            Assert.Contains("wb-claimed-other", cell.Closest("tr")!.ClassName);
            Assert.Contains("2", cut.Find("[data-testid=queue-new-banner]").TextContent);
        });
    }

    [Fact]
    public void Explanation_chart_lists_contributions_by_size_with_their_direction()
    {
        var explanation = new RiskExplanation(TriageSeed.SampleContributions, [], false, "", "");
        var cut = Render<ExplanationChart>(p => p.Add(x => x.Explanation, explanation));

        var rows = cut.FindAll("[data-testid=contribution]");
        Assert.Equal(TriageSeed.SampleContributions.OrderByDescending(c => Math.Abs(c.Contribution)).Select(c => c.Feature), rows.Select(r => r.GetAttribute("data-feature")));
        Assert.Contains("Declared value vs. peers", rows[0].TextContent);
        Assert.Contains("▲", rows[0].TextContent);
        Assert.Contains("▼", cut.Find("[data-feature=importer_age]").TextContent);
        Assert.NotEmpty(cut.FindAll("[data-testid=explanation-chart] svg"));
    }

    [Fact]
    public async Task Deciding_against_the_recommendation_asks_for_a_reason_before_anything_is_saved()
    {
        await using var db = _factory.CreateDbContext();
        var id = (await TriageSeed.AddAsync(db, 1, seed: 5, channel: Channel.Red))[0];
        var triage = Services.GetRequiredService<TriageService>();
        Assert.True((await triage.ClaimAsync(id, "officer")).Succeeded);
        var state = await ReadStateAsync(id);

        var dialogs = Render<MudDialogProvider>();
        var cut = Render<DecisionPanel>(p => p.Add(x => x.DeclarationId, id).Add(x => x.State, state).Add(x => x.Me, "officer"));
        cut.Find("[data-testid=action-decide-green]").Click();
        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=override-confirm]"));

        dialogs.Find("[data-testid=override-confirm]").Click();
        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=override-reason-required]"));
        Assert.Equal(TriageStatus.Claimed, (await ReadStateAsync(id)).Status);

        dialogs.Find("textarea[data-testid=override-reason]").Input("Goods verified at the previous shipment");
        dialogs.Find("[data-testid=override-confirm]").Click();
        cut.WaitForAssertion(() => Assert.Contains("mud-alert-text-success", cut.Find("[data-testid=triage-message]").ClassName));
        var after = await ReadStateAsync(id);
        Assert.Equal(Channel.Green, after.DecidedChannel);
        Assert.Equal("Goods verified at the previous shipment", after.OverrideReason);
    }

    [Fact]
    public async Task Following_the_recommendation_decides_without_asking()
    {
        await using var db = _factory.CreateDbContext();
        var id = (await TriageSeed.AddAsync(db, 1, seed: 6, channel: Channel.Yellow))[0];
        await Services.GetRequiredService<TriageService>().ClaimAsync(id, "officer");
        Render<MudDialogProvider>();
        var cut = Render<DecisionPanel>(p => p.Add(x => x.DeclarationId, id).Add(x => x.State, ReadStateAsync(id).Result).Add(x => x.Me, "officer"));

        cut.Find("[data-testid=action-decide-yellow]").Click();

        cut.WaitForAssertion(() => cut.Find("[data-testid=triage-message]"));
        Assert.Equal(TriageStatus.Decided, (await ReadStateAsync(id)).Status);
    }

    [Fact]
    public async Task Recording_a_result_asks_for_confirmation_first_then_offers_an_undo_that_reverts_it()
    {
        await using var db = _factory.CreateDbContext();
        var id = (await TriageSeed.AddAsync(db, 1, seed: 8, channel: Channel.Red))[0];
        var triage = Services.GetRequiredService<TriageService>();
        await triage.ClaimAsync(id, "officer");
        await triage.DecideAsync(id, "officer", Channel.Red, null);
        var dialogs = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        var cut = Render<DecisionPanel>(p => p.Add(x => x.DeclarationId, id).Add(x => x.State, ReadStateAsync(id).Result).Add(x => x.Me, "officer"));

        cut.Find("[data-testid=action-record-outcome]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Nothing found", dialogs.Find("[data-testid=outcome-confirm-summary]").TextContent));
        Assert.Equal(TriageStatus.Decided, (await ReadStateAsync(id)).Status);

        dialogs.Find("[data-testid=outcome-confirm]").Click();
        cut.WaitForAssertion(() => Assert.Contains("mud-alert-text-success", cut.Find("[data-testid=triage-message]").ClassName));
        var closed = await ReadStateAsync(id);
        Assert.Equal(TriageStatus.Closed, closed.Status);
        cut.Render(p => p.Add(x => x.State, closed));
        cut.WaitForAssertion(() => cut.Find("[data-testid=undo-countdown]"));

        cut.Find("[data-testid=action-undo-outcome]").Click();
        cut.WaitForAssertion(() => Assert.Equal(TriageStatus.Decided, ReadStateAsync(id).Result.Status));
        Assert.Null((await ReadStateAsync(id)).Outcome);
    }

    [Fact]
    public async Task Releasing_asks_for_confirmation_first_then_offers_an_undo_that_gives_the_item_back()
    {
        await using var db = _factory.CreateDbContext();
        var id = (await TriageSeed.AddAsync(db, 1, seed: 9, channel: Channel.Green))[0];
        var triage = Services.GetRequiredService<TriageService>();
        await triage.ClaimAsync(id, "officer");
        var dialogs = Render<MudDialogProvider>();
        var cut = Render<DecisionPanel>(p => p.Add(x => x.DeclarationId, id).Add(x => x.State, ReadStateAsync(id).Result).Add(x => x.Me, "officer"));

        cut.Find("[data-testid=action-decide-green]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains($"{RiskDeskFactory.UndoSeconds} seconds", dialogs.Find("[data-testid=release-confirm-text]").TextContent),
            TimeSpan.FromSeconds(30));
        // Nothing happens before the officer confirms.
        Assert.Equal(TriageStatus.Claimed, (await ReadStateAsync(id)).Status);

        dialogs.Find("[data-testid=release-confirm]").Click();
        cut.WaitForAssertion(() => Assert.Contains("mud-alert-text-success", cut.Find("[data-testid=triage-message]").ClassName), TimeSpan.FromSeconds(30));
        var closed = await ReadStateAsync(id);
        Assert.Equal((TriageStatus.Closed, Channel.Green), (closed.Status, closed.DecidedChannel));
        cut.Render(p => p.Add(x => x.State, closed));
        cut.WaitForAssertion(() => Assert.Contains("undo the release", cut.Find("[data-testid=undo-countdown]").TextContent), TimeSpan.FromSeconds(30));

        cut.Find("[data-testid=action-undo-outcome]").Click();
        cut.WaitForAssertion(() => Assert.Equal(TriageStatus.Claimed, ReadStateAsync(id).Result.Status), TimeSpan.FromSeconds(30));
        Assert.Null((await ReadStateAsync(id)).DecidedChannel);
    }

    [Fact]
    public void Seizure_form_shows_each_problem_beside_its_field_in_words()
    {
        Render<MudPopoverProvider>();
        var draft = new SeizureDraft { Quantity = 0, Concealment = "other" };
        var cut = Render<SeizureForm>(p => p.Add(x => x.Draft, draft).Add(x => x.ShowProblems, true));

        Assert.Contains("Choose a category from the list.", cut.Markup);
        Assert.Contains("Enter a quantity greater than zero.", cut.Markup);
        Assert.Contains("needs a few words", cut.Markup);
        Assert.Contains("Choose where the goods were found.", cut.Markup);

        draft.Category = "narcotics";
        draft.Quantity = 1.74m;
        draft.ConcealmentNote = "inside the spare tyre";
        draft.FoundIn = "vehicle";
        cut.Render(p => p.Add(x => x.Draft, draft));
        Assert.DoesNotContain("mud-input-error", cut.Markup);
    }

    private async Task<TriageState> ReadStateAsync(int id)
    {
        await using var db = _factory.CreateDbContext();
        var t = await db.Set<DeclarationTriage>().AsNoTracking().SingleAsync(x => x.DeclarationId == id);
        return new TriageState(t.Score, t.RecommendedChannel, t.Reason, t.ModelVersion, t.Status, t.ClaimedBy, t.DecidedChannel, t.DecidedBy,
            t.OverrideReason, t.Outcome, t.OutcomeRevenue, t.SeizedGoods, t.Review, t.ReviewNote, t.Version, t.UndoableUntilUtc, t.OutcomeAppliedAtUtc != null,
            t.SeizureCaseNumber);
    }
}
