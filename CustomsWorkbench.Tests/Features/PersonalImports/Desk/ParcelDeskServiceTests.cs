using CustomsWorkbench.Features.PersonalImports.Desk;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Validation;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.PersonalImports.Desk;

/// <summary>Claims, decisions and outcomes through the real service, SQLite database and audit log.</summary>
[Collection(WorkbenchCollection.Name)]
public class ParcelDeskServiceTests(WorkbenchFactory factory)
{
    private ParcelDeskService Desk => factory.Services.GetRequiredService<ParcelDeskService>();

    private async Task<int> NewParcelAsync()
    {
        await using var db = factory.CreateDbContext();
        return await DeskParcels.AddAsync(db);
    }

    private async Task<ExpressParcel> LoadAsync(int id)
    {
        await using var db = factory.CreateDbContext();
        return await db.Parcels.AsNoTracking().Include(p => p.Decisions).SingleAsync(p => p.Id == id);
    }

    [Fact]
    public async Task A_second_officer_cannot_claim_or_decide_a_claimed_parcel_and_is_told_by_whom()
    {
        var id = await NewParcelAsync();
        Assert.True((await Desk.ClaimAsync(id, "officer")).Succeeded);

        var claim = await Desk.ClaimAsync(id, "officer2");
        var decide = await Desk.DecideAsync(id, "officer2", ParcelAction.Clear, null);

        Assert.Equal(ParcelDeskProblem.AlreadyClaimed, claim.Problem);
        Assert.Equal("officer", claim.OtherUser);
        Assert.Equal(ParcelDeskProblem.AlreadyClaimed, decide.Problem);
        var parcel = await LoadAsync(id);
        Assert.Equal(ParcelStatus.Open, parcel.Status);
        Assert.Empty(parcel.Decisions);
        Assert.False((await Desk.ReleaseAsync(id, "officer2")).Succeeded);
        Assert.True((await Desk.ReleaseAsync(id, "officer")).Succeeded);
        Assert.Null((await LoadAsync(id)).ClaimedBy);
    }

    [Fact]
    public async Task A_stale_version_is_refused_naming_who_changed_it_and_nothing_is_overwritten()
    {
        var id = await NewParcelAsync();
        var seen = (await LoadAsync(id)).DeskVersion;
        Assert.True((await Desk.DecideAsync(id, "officer", ParcelAction.HoldForDocuments, "invoice please", seen)).Succeeded);

        var stale = await Desk.DecideAsync(id, "officer2", ParcelAction.Clear, null, seen);

        Assert.Equal(ParcelDeskProblem.ChangedByOther, stale.Problem);
        Assert.Equal("officer", stale.OtherUser);
        var parcel = await LoadAsync(id);
        Assert.Equal(ParcelStatus.HeldForDocuments, parcel.Status);
        var decision = Assert.Single(parcel.Decisions);
        Assert.Equal(ParcelAction.HoldForDocuments, decision.Action);
    }

    [Fact]
    public async Task Two_officers_deciding_at_the_same_moment_exactly_one_wins()
    {
        for (var round = 0; round < 4; round++)
        {
            var id = await NewParcelAsync();
            var seen = (await LoadAsync(id)).DeskVersion;
            var results = await Task.WhenAll(
                Task.Run(() => Desk.DecideAsync(id, "officer", ParcelAction.Clear, null, seen)),
                Task.Run(() => Desk.DecideAsync(id, "officer2", ParcelAction.Inspect, null, seen)));

            Assert.Single(results, r => r.Succeeded);
            Assert.Single((await LoadAsync(id)).Decisions);
        }
    }

    [Fact]
    public async Task Repeating_a_decision_succeeds_once_and_writes_one_decision_and_one_audit_entry()
    {
        var id = await NewParcelAsync();
        var seen = (await LoadAsync(id)).DeskVersion;

        var first = await Desk.DecideAsync(id, "officer", ParcelAction.HoldForDocuments, "invoice", seen);
        var again = await Desk.DecideAsync(id, "officer", ParcelAction.HoldForDocuments, "invoice", seen);

        Assert.True(first.Succeeded);
        Assert.True(again.Succeeded);
        Assert.Equal(first.DeskVersion, again.DeskVersion);
        Assert.Single((await LoadAsync(id)).Decisions);
        await using var db = factory.CreateDbContext();
        var audit = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == ParcelDeskService.EntityType && a.EntityId == id.ToString()).ToListAsync();
        var entry = Assert.Single(audit);
        Assert.Equal("officer", entry.Actor);
        Assert.Equal("parcel.hold-for-documents", entry.Action);
        Assert.Contains("invoice", entry.Details);
    }

    [Fact]
    public async Task Each_action_sets_its_status_and_a_held_parcel_can_then_be_cleared()
    {
        foreach (var (action, status) in new[] { (ParcelAction.Clear, ParcelStatus.Cleared), (ParcelAction.HoldForDocuments, ParcelStatus.HeldForDocuments),
            (ParcelAction.Inspect, ParcelStatus.Inspecting), (ParcelAction.ReferForMisuse, ParcelStatus.ReferredForMisuse) })
        {
            var id = await NewParcelAsync();
            var result = await Desk.DecideAsync(id, "officer", action, "reason");
            Assert.True(result.Succeeded, action.ToString());
            Assert.Equal(status, (await LoadAsync(id)).Status);
        }

        var held = await NewParcelAsync();
        await Desk.DecideAsync(held, "officer", ParcelAction.HoldForDocuments, null);
        Assert.True((await Desk.DecideAsync(held, "officer2", ParcelAction.Clear, "documents received")).Succeeded);
        Assert.Equal(ParcelStatus.Cleared, (await LoadAsync(held)).Status);
        Assert.Equal(ParcelDeskProblem.WrongState, (await Desk.DecideAsync(held, "officer", ParcelAction.Inspect, null)).Problem);
    }

    [Fact]
    public async Task A_referral_needs_a_bounded_reason()
    {
        var id = await NewParcelAsync();
        Assert.Equal(ParcelDeskProblem.ReasonRequired, (await Desk.DecideAsync(id, "officer", ParcelAction.ReferForMisuse, "  ")).Problem);
        await Assert.ThrowsAsync<FieldLimitException>(() => Desk.DecideAsync(id, "officer", ParcelAction.ReferForMisuse, new string('x', FieldLimits.Reason + 1)));
        Assert.Equal(ParcelStatus.Open, (await LoadAsync(id)).Status);
    }

    [Fact]
    public async Task An_outcome_is_recorded_only_after_an_inspection_or_referral_and_closes_the_parcel_as_a_label()
    {
        var open = await NewParcelAsync();
        Assert.Equal(ParcelDeskProblem.OutcomeNotExpected, (await Desk.RecordOutcomeAsync(open, "officer", ParcelOutcome.Irregular, null)).Problem);
        var held = await NewParcelAsync();
        await Desk.DecideAsync(held, "officer", ParcelAction.HoldForDocuments, null);
        Assert.Equal(ParcelDeskProblem.OutcomeNotExpected, (await Desk.RecordOutcomeAsync(held, "officer", ParcelOutcome.Compliant, null)).Problem);
        await Assert.ThrowsAsync<FieldLimitException>(() => Desk.RecordOutcomeAsync(held, "officer", ParcelOutcome.Pending, null));

        var inspected = await NewParcelAsync();
        await Desk.DecideAsync(inspected, "officer", ParcelAction.Inspect, null);
        var recorded = await Desk.RecordOutcomeAsync(inspected, "officer2", ParcelOutcome.Irregular, "20 units of the same cosmetics");
        var repeated = await Desk.RecordOutcomeAsync(inspected, "officer2", ParcelOutcome.Irregular, "20 units of the same cosmetics");

        Assert.True(recorded.Succeeded);
        Assert.True(repeated.Succeeded);
        var parcel = await LoadAsync(inspected);
        Assert.Equal(ParcelStatus.Closed, parcel.Status);
        var label = Assert.Single(parcel.Decisions);
        Assert.Equal(ParcelOutcome.Irregular, label.Outcome);
        Assert.Equal("officer2", label.OutcomeBy);
        Assert.Equal(ParcelDeskProblem.OutcomeNotExpected, (await Desk.RecordOutcomeAsync(inspected, "officer", ParcelOutcome.Compliant, null)).Problem);
    }

    [Fact]
    public async Task Holding_several_parcels_changes_all_or_none()
    {
        var a = await NewParcelAsync();
        var b = await NewParcelAsync();
        var c = await NewParcelAsync();
        await Desk.ClaimAsync(c, "officer2");

        var refused = await Desk.DecideManyAsync([new(a), new(b), new(c)], "officer", ParcelAction.HoldForDocuments, null);
        Assert.Contains(refused, r => r.ParcelId == c && r.Result.Problem == ParcelDeskProblem.AlreadyClaimed);
        Assert.Equal(ParcelStatus.Open, (await LoadAsync(a)).Status);
        Assert.Equal(ParcelStatus.Open, (await LoadAsync(b)).Status);

        var held = await Desk.DecideManyAsync([new(a), new(b)], "officer", ParcelAction.HoldForDocuments, "split shipment");
        Assert.All(held, r => Assert.True(r.Result.Succeeded));
        Assert.Equal(ParcelStatus.HeldForDocuments, (await LoadAsync(a)).Status);
        Assert.Equal(ParcelStatus.HeldForDocuments, (await LoadAsync(b)).Status);
    }
}
