using CustomsWorkbench.Features.RiskSelection;
using CustomsWorkbench.Features.RiskSelection.Desk;
using CustomsWorkbench.Features.RiskSelection.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.RiskSelection.Desk;

/// <summary>
/// A release (green close) can be undone by its officer within RiskDesk:UndoSeconds; until it is final it reaches no
/// supervisor's review. The undo is audited and the server's clock decides.
/// </summary>
public class ReleaseUndoTests(RiskDeskFactory factory) : IClassFixture<RiskDeskFactory>
{
    private TriageService Triage => factory.Services.GetRequiredService<TriageService>();
    private ReviewService Reviews => factory.Services.GetRequiredService<ReviewService>();

    /// <summary>A claimed item recommended red, released against the recommendation (so it is one for review).</summary>
    private async Task<int> ReleasedOverrideAsync(string officer = "officer")
    {
        await using var db = factory.CreateDbContext();
        var id = (await TriageSeed.AddAsync(db, 1, seed: 21, channel: Channel.Red))[0];
        Assert.True((await Triage.ClaimAsync(id, officer)).Succeeded);
        var released = await Triage.DecideAsync(id, officer, Channel.Green, "Known trader, goods seen last week");
        Assert.True(released.Succeeded);
        Assert.NotNull(released.UndoableUntilUtc);
        return id;
    }

    private async Task<DeclarationTriage> RowAsync(int id)
    {
        await using var db = factory.CreateDbContext();
        return await db.Set<DeclarationTriage>().AsNoTracking().SingleAsync(t => t.DeclarationId == id);
    }

    [Fact]
    public async Task Undo_within_the_window_gives_the_item_back_claimed_and_undecided_audited_once_and_never_reviewed()
    {
        var id = await ReleasedOverrideAsync();
        // While undoable, no supervisor sees it for review (and cannot sign it off).
        Assert.DoesNotContain(await Reviews.ListAsync(pendingOnly: true), i => i.DeclarationId == id);
        var row = await RowAsync(id);
        Assert.Equal(TriageProblem.WrongState, (await Reviews.ReviewAsync(id, "supervisor", approve: true, null, row.Version)).Problem);

        var undone = await Triage.UndoAsync(id, "officer");
        var again = await Triage.UndoAsync(id, "officer");

        Assert.True(undone.Succeeded);
        Assert.Equal(TriageProblem.NothingToUndo, again.Problem);
        row = await RowAsync(id);
        Assert.Equal((TriageStatus.Claimed, "officer"), (row.Status, row.ClaimedBy));
        Assert.Null(row.DecidedChannel);
        Assert.Null(row.DecidedBy);
        Assert.Null(row.OverrideReason);
        Assert.Null(row.ClosedAtUtc);
        Assert.Null(row.UndoableUntilUtc);
        Assert.Equal(ReviewStatus.None, row.Review);
        await using var db = factory.CreateDbContext();
        var actions = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == TriageService.EntityType && a.EntityId == id.ToString())
            .OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
        Assert.Equal(["declaration.claim", "declaration.decide-green", "declaration.release-undone"], actions);

        // The finalizer has nothing to make final, and the officer can decide again.
        await factory.Services.GetRequiredService<OutcomeFinalizer>().ApplyDueAsync();
        Assert.DoesNotContain(await Reviews.ListAsync(pendingOnly: true), i => i.DeclarationId == id);
        Assert.True((await Triage.DecideAsync(id, "officer", Channel.Red, null)).Succeeded);
    }

    [Fact]
    public async Task After_the_window_the_release_is_final_and_goes_to_review_and_undo_is_refused()
    {
        var id = await ReleasedOverrideAsync();

        await OutcomeFinality.WaitUntilFinalAsync(factory, id);

        Assert.Equal(TriageProblem.UndoExpired, (await Triage.UndoAsync(id, "officer")).Problem);
        var item = Assert.Single(await Reviews.ListAsync(pendingOnly: true), i => i.DeclarationId == id);
        Assert.Equal(Channel.Green, item.DecidedChannel);
        var row = await RowAsync(id);
        Assert.Equal(TriageStatus.Closed, row.Status);
        // A release writes no inspection label.
        await using var db = factory.CreateDbContext();
        Assert.False((await db.Declarations.AsNoTracking().SingleAsync(d => d.Id == id)).Inspected);
        Assert.True((await Reviews.ReviewAsync(id, "supervisor", approve: true, null, row.Version)).Succeeded);
    }

    [Fact]
    public async Task Only_the_releasing_officer_may_undo_and_a_repeated_release_is_a_no_op()
    {
        var id = await ReleasedOverrideAsync();
        var first = await RowAsync(id);

        var repeat = await Triage.DecideAsync(id, "officer", Channel.Green, "Known trader, goods seen last week");

        Assert.True(repeat.Succeeded);
        Assert.Equal(first.Version, repeat.Version);
        Assert.Equal(TriageProblem.NotClaimedByYou, (await Triage.UndoAsync(id, "officer2")).Problem);
        Assert.True((await Triage.UndoAsync(id, "officer")).Succeeded);
    }
    [Fact]
    public async Task A_held_declaration_cannot_be_released_but_can_be_sent_to_inspection()
    {
        await using var db = factory.CreateDbContext();
        var id = (await TriageSeed.AddAsync(db, 1, seed: 29, channel: Channel.Green))[0];
        var holds = factory.Services.GetRequiredService<IDeclarationHolds>();
        Assert.True((await holds.HoldAsync(new DeclarationHoldRequest(id, HoldReason.XRayNarcotics, "scan-held-test", "officer2"))).Created);
        Assert.True((await Triage.ClaimAsync(id, "officer")).Succeeded);

        var release = await Triage.DecideAsync(id, "officer", Channel.Green, null);
        var inspect = await Triage.DecideAsync(id, "officer", Channel.Red, "Held by an X-ray escalation");

        Assert.Equal(TriageProblem.Held, release.Problem);
        Assert.True(inspect.Succeeded);
        Assert.Equal((TriageStatus.Decided, Channel.Red), ((await RowAsync(id)).Status, (await RowAsync(id)).DecidedChannel));
    }
}
