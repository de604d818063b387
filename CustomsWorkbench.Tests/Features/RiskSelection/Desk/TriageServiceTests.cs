using CustomsWorkbench.Features.RiskSelection;
using CustomsWorkbench.Features.RiskSelection.Desk;
using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Platform.Realtime;
using CustomsWorkbench.Platform.Seizures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.RiskSelection.Desk;

/// <summary>Claims, decisions and results through the real service, database, audit log and realtime bus.</summary>
public class TriageServiceTests(RiskDeskFactory factory) : IClassFixture<RiskDeskFactory>
{
    private TriageService Triage => factory.Services.GetRequiredService<TriageService>();

    private async Task<(int Id, Channel Recommended)> NewItemAsync(Channel? channel = null)
    {
        await using var db = factory.CreateDbContext();
        var id = (await TriageSeed.AddAsync(db, 1, channel: channel))[0];
        return (id, (await db.Set<DeclarationTriage>().AsNoTracking().SingleAsync(t => t.DeclarationId == id)).RecommendedChannel);
    }

    [Fact]
    public async Task Second_officer_cannot_claim_an_item_already_claimed_and_is_told_by_whom()
    {
        var (id, _) = await NewItemAsync();
        Assert.True((await Triage.ClaimAsync(id, "officer")).Succeeded);

        var second = await Triage.ClaimAsync(id, "officer2");

        Assert.False(second.Succeeded);
        Assert.Equal(TriageProblem.AlreadyClaimed, second.Problem);
        Assert.Equal("officer", second.OtherUser);
    }

    [Fact]
    public async Task Two_officers_claiming_at_the_same_moment_exactly_one_wins()
    {
        for (var round = 0; round < 5; round++)
        {
            var (id, _) = await NewItemAsync();
            var results = await Task.WhenAll(Task.Run(() => Triage.ClaimAsync(id, "officer")), Task.Run(() => Triage.ClaimAsync(id, "officer2")));

            Assert.Single(results, r => r.Succeeded);
            var loser = Assert.Single(results, r => !r.Succeeded);
            Assert.Equal(TriageProblem.AlreadyClaimed, loser.Problem);
            await using var db = factory.CreateDbContext();
            var row = await db.Set<DeclarationTriage>().AsNoTracking().SingleAsync(t => t.DeclarationId == id);
            Assert.NotNull(loser.OtherUser);
            Assert.Equal(row.ClaimedBy, loser.OtherUser);
        }
    }

    [Fact]
    public async Task Deciding_requires_holding_the_claim()
    {
        var (id, recommended) = await NewItemAsync();
        var unclaimed = await Triage.DecideAsync(id, "officer", recommended, null);
        Assert.Equal(TriageProblem.NotClaimedByYou, unclaimed.Problem);

        await Triage.ClaimAsync(id, "officer");
        var other = await Triage.DecideAsync(id, "officer2", recommended, null);
        Assert.Equal(TriageProblem.AlreadyClaimed, other.Problem);
        Assert.Equal("officer", other.OtherUser);

        Assert.True((await Triage.DecideAsync(id, "officer", recommended, null)).Succeeded);
        var again = await Triage.DecideAsync(id, "officer2", recommended, null);
        Assert.False(again.Succeeded);
    }

    [Fact]
    public async Task A_decision_against_the_recommendation_needs_a_reason_and_goes_to_review()
    {
        var (id, _) = await NewItemAsync(Channel.Red);
        await Triage.ClaimAsync(id, "officer");

        Assert.Equal(TriageProblem.ReasonRequired, (await Triage.DecideAsync(id, "officer", Channel.Green, "  ")).Problem);
        Assert.True((await Triage.DecideAsync(id, "officer", Channel.Green, "Known trader, goods seen last week")).Succeeded);

        await using var db = factory.CreateDbContext();
        var row = await db.Set<DeclarationTriage>().AsNoTracking().SingleAsync(t => t.DeclarationId == id);
        Assert.Equal(TriageStatus.Closed, row.Status);
        Assert.Equal(Channel.Green, row.DecidedChannel);
        Assert.Equal(ReviewStatus.Pending, row.Review);
        Assert.Equal("Known trader, goods seen last week", row.OverrideReason);
    }

    [Fact]
    public async Task A_seizure_result_closes_the_item_writes_the_label_and_opens_a_seizure_case()
    {
        var (id, _) = await NewItemAsync(Channel.Red);
        await Triage.ClaimAsync(id, "officer");
        await Triage.DecideAsync(id, "officer", Channel.Red, null);
        await using (var before = factory.CreateDbContext())
            Assert.False((await before.Declarations.AsNoTracking().SingleAsync(d => d.Id == id)).Inspected);

        Assert.Equal(TriageProblem.OutcomeIncomplete, (await Triage.RecordOutcomeAsync(id, "officer", new InspectionResult(InspectionOutcome.Seizure))).Problem);
        var details = new SeizureDetails("counterfeit", 40, "pcs", "in-goods", null, "container", null);
        var result = await Triage.RecordOutcomeAsync(id, "officer", new InspectionResult(InspectionOutcome.Seizure, 1_500_000, "Counterfeit watches, 40 pcs", details));

        Assert.True(result.Succeeded);
        Assert.NotNull(result.UndoableUntilUtc);
        await OutcomeFinality.WaitUntilFinalAsync(factory, id);
        await using var db = factory.CreateDbContext();
        var declaration = await db.Declarations.AsNoTracking().SingleAsync(d => d.Id == id);
        Assert.True(declaration.Inspected);
        Assert.True(declaration.Illicit);
        Assert.Equal(1_500_000, declaration.AdditionalRevenue);
        var row0 = await db.Set<DeclarationTriage>().AsNoTracking().SingleAsync(t => t.DeclarationId == id);
        Assert.Matches(@"^SZ-\d{4}-\d{6}$", row0.SeizureCaseNumber);
        var seizure = await db.Seizures.AsNoTracking().SingleAsync(s => s.CaseNumber == row0.SeizureCaseNumber);
        Assert.Equal(id, seizure.DeclarationId);
        Assert.Equal("counterfeit", seizure.GoodsCategory);
        Assert.Equal("Counterfeit watches, 40 pcs", seizure.Description);
        var row = await db.Set<DeclarationTriage>().AsNoTracking().SingleAsync(t => t.DeclarationId == id);
        Assert.Equal(TriageStatus.Closed, row.Status);
        Assert.Equal(InspectionOutcome.Seizure, row.Outcome);
    }

    [Fact]
    public async Task Nothing_found_labels_the_declaration_clean()
    {
        var (id, _) = await NewItemAsync(Channel.Yellow);
        await Triage.ClaimAsync(id, "officer2");
        await Triage.DecideAsync(id, "officer2", Channel.Yellow, null);
        Assert.Equal(TriageProblem.NotClaimedByYou, (await Triage.RecordOutcomeAsync(id, "officer", new InspectionResult(InspectionOutcome.NothingFound))).Problem);

        Assert.True((await Triage.RecordOutcomeAsync(id, "officer2", new InspectionResult(InspectionOutcome.NothingFound))).Succeeded);

        await OutcomeFinality.WaitUntilFinalAsync(factory, id);
        await using var db = factory.CreateDbContext();
        var declaration = await db.Declarations.AsNoTracking().SingleAsync(d => d.Id == id);
        Assert.True(declaration.Inspected);
        Assert.False(declaration.Illicit);
        Assert.Equal(0, declaration.AdditionalRevenue);
    }

    [Fact]
    public async Task Every_action_is_audited_with_the_ai_output_and_published_to_open_queues()
    {
        var (id, recommended) = await NewItemAsync();
        var changes = new List<QueueItemChanged>();
        using var subscription = factory.Services.GetRequiredService<IRealtimeNotifier>().Subscribe(RiskEvents.QueueTopic, m =>
        {
            if (m.Payload is QueueItemChanged c && c.DeclarationId == id) lock (changes) changes.Add(c);
            return Task.CompletedTask;
        });

        await Triage.ClaimAsync(id, "officer");
        await Triage.ReleaseAsync(id, "officer");
        await Triage.ClaimAsync(id, "officer2");
        await Triage.DecideAsync(id, "officer2", recommended, null);

        await using var db = factory.CreateDbContext();
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.EntityType == "Declaration" && e.EntityId == id.ToString()).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(["declaration.claim", "declaration.release-claim", "declaration.claim", $"declaration.decide-{recommended.ToString().ToLowerInvariant()}"],
            entries.Select(e => e.Action));
        var modelVersion = (await db.Set<DeclarationTriage>().AsNoTracking().SingleAsync(t => t.DeclarationId == id)).ModelVersion;
        Assert.All(entries, e => Assert.Equal(modelVersion, e.ModelVersion));
        Assert.All(entries, e => Assert.Contains("recommendedChannel", e.AiOutput));
        Assert.Equal([("Claimed", "officer"), ("Open", null), ("Claimed", "officer2"), (recommended == Channel.Green ? "Closed" : "Decided", "officer2")],
            changes.Select(c => (c.Status, c.ClaimedBy)));
    }
}
