using CustomsWorkbench.Features.PersonalImports;
using CustomsWorkbench.Features.PersonalImports.Desk;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Tests.Features.PersonalImports.Desk;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.PersonalImports.Holds;

/// <summary>
/// Holds other features place on parcels (<see cref="IParcelHolds"/>): validated, idempotent, audited once, shown in the
/// dossier, and a held parcel is not cleared (alone or with others) while inspecting it stays possible.
/// </summary>
[Collection(WorkbenchCollection.Name)]
public class ParcelHoldServiceTests(WorkbenchFactory factory)
{
    private IParcelHolds Holds => factory.Services.GetRequiredService<IParcelHolds>();
    private ParcelDeskService Desk => factory.Services.GetRequiredService<ParcelDeskService>();

    private async Task<int> NewParcelAsync()
    {
        await using var db = factory.CreateDbContext();
        return await DeskParcels.AddAsync(db);
    }

    private static string Source() => "xray-scan:" + Random.Shared.Next(1_000_000, int.MaxValue);

    [Fact]
    public async Task Holding_twice_from_the_same_source_holds_once_and_is_audited_once()
    {
        var id = await NewParcelAsync();
        var source = Source();

        var first = await Holds.HoldAsync(new ParcelHoldRequest(id, ParcelHoldReason.XRayWeapon, source, "officer"));
        var again = await Holds.HoldAsync(new ParcelHoldRequest(id, ParcelHoldReason.XRayWeapon, source, "officer2"));

        Assert.True(first.Created);
        Assert.False(again.Created);
        Assert.Equal((ParcelHoldReason.XRayWeapon, "officer", first.Hold!.HeldAtUtc), (again.Hold!.Reason, again.Hold.HeldBy, again.Hold.HeldAtUtc));
        var hold = Assert.Single(await Holds.HoldsAsync(id));
        Assert.Equal(source, hold.SourceReference);
        await using var db = factory.CreateDbContext();
        var audit = await db.Set<AuditEntry>().Where(a => a.EntityType == ParcelDeskService.EntityType && a.EntityId == id.ToString() && a.Action == "parcel.held")
            .ToListAsync();
        var entry = Assert.Single(audit);
        Assert.Equal("officer", entry.Actor);
        Assert.Contains(source, entry.Details!);
    }

    [Fact]
    public async Task Concurrent_requests_from_one_source_place_one_hold()
    {
        var id = await NewParcelAsync();
        var request = new ParcelHoldRequest(id, ParcelHoldReason.XRayNarcotics, Source(), "officer");

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Holds.HoldAsync(request)));

        Assert.All(outcomes, o => Assert.True(o.Succeeded));
        Assert.Single(outcomes, o => o.Created);
        Assert.Single(await Holds.HoldsAsync(id));
    }

    [Fact]
    public async Task Invalid_requests_and_unknown_parcels_hold_nothing()
    {
        var id = await NewParcelAsync();

        Assert.NotNull((await Holds.HoldAsync(new ParcelHoldRequest(-1, ParcelHoldReason.XRayWeapon, Source(), "officer"))).Error);
        Assert.NotNull((await Holds.HoldAsync(new ParcelHoldRequest(id, ParcelHoldReason.XRayWeapon, new string('s', 65), "officer"))).Error);
        Assert.NotNull((await Holds.HoldAsync(new ParcelHoldRequest(id, ParcelHoldReason.XRayWeapon, " ", "officer"))).Error);
        Assert.NotNull((await Holds.HoldAsync(new ParcelHoldRequest(id, ParcelHoldReason.XRayWeapon, Source(), ""))).Error);
        Assert.NotNull((await Holds.HoldAsync(new ParcelHoldRequest(id, (ParcelHoldReason)99, Source(), "officer"))).Error);
        Assert.Empty(await Holds.HoldsAsync(id));
    }

    [Fact]
    public async Task A_held_parcel_is_shown_held_on_its_dossier_and_cannot_be_cleared_but_can_be_inspected()
    {
        var id = await NewParcelAsync();
        var source = Source();
        Assert.True((await Holds.HoldAsync(new ParcelHoldRequest(id, ParcelHoldReason.XRayWeapon, source, "officer"))).Succeeded);

        var dossier = await factory.Services.GetRequiredService<ParcelDossierQuery>().GetAsync(id);
        Assert.True(dossier!.Held);
        Assert.Equal(source, Assert.Single(dossier.Holds).SourceReference);

        var clear = await Desk.DecideAsync(id, "officer", ParcelAction.Clear, null, dossier.Parcel.DeskVersion);
        Assert.Equal(ParcelDeskProblem.Held, clear.Problem);
        await using (var db = factory.CreateDbContext())
        {
            var parcel = await db.Parcels.AsNoTracking().Include(p => p.Decisions).SingleAsync(p => p.Id == id);
            Assert.Equal(ParcelStatus.Open, parcel.Status);
            Assert.Empty(parcel.Decisions);
        }

        var inspect = await Desk.DecideAsync(id, "officer", ParcelAction.Inspect, "weapon confirmed in X-ray", dossier.Parcel.DeskVersion);
        Assert.True(inspect.Succeeded);
        Assert.Equal(ParcelStatus.Inspecting, inspect.Status);
    }

    [Fact]
    public async Task Clearing_several_parcels_of_which_one_is_held_clears_none()
    {
        var free = await NewParcelAsync();
        var held = await NewParcelAsync();
        Assert.True((await Holds.HoldAsync(new ParcelHoldRequest(held, ParcelHoldReason.XRayNarcotics, Source(), "officer"))).Succeeded);

        var results = await Desk.DecideManyAsync([new ParcelVersion(free), new ParcelVersion(held)], "officer", ParcelAction.Clear, null);

        Assert.All(results, r => Assert.False(r.Result.Succeeded));
        Assert.Equal(ParcelDeskProblem.Held, results.Single(r => r.ParcelId == held).Result.Problem);
        await using var db = factory.CreateDbContext();
        Assert.Equal(2, await db.Parcels.CountAsync(p => (p.Id == free || p.Id == held) && p.Status == ParcelStatus.Open));
    }
}
