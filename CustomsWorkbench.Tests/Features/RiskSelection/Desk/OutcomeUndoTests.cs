using System.Net;
using CustomsWorkbench.Features.RiskSelection.Desk;
using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Seizures;
using CustomsWorkbench.Platform.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.RiskSelection.Desk;

/// <summary>
/// A recorded result can be undone by its officer within RiskDesk:UndoSeconds; its label and seizure case are written
/// only after that, so nothing acts on an undone result. Seizure details and photos are checked and kept exactly.
/// </summary>
public class OutcomeUndoTests(RiskDeskFactory factory) : IClassFixture<RiskDeskFactory>
{
    private TriageService Triage => factory.Services.GetRequiredService<TriageService>();

    private async Task<int> DecidedRedAsync(string officer = "officer")
    {
        await using var db = factory.CreateDbContext();
        var id = (await TriageSeed.AddAsync(db, 1, seed: 11, channel: Channel.Red))[0];
        Assert.True((await Triage.ClaimAsync(id, officer)).Succeeded);
        Assert.True((await Triage.DecideAsync(id, officer, Channel.Red, null)).Succeeded);
        return id;
    }

    private static InspectionResult Seizure(params byte[][] photos) => new(InspectionOutcome.Seizure, 2_000_000, "Methamphetamine in the pallet floor",
        SeizureSamples.Methamphetamine174, photos.Select((p, i) => new SeizurePhotoUpload($"photo{i}.png", p)).ToList());

    [Fact]
    public async Task Undo_within_the_window_restores_the_item_exactly_and_is_audited_once_even_when_repeated()
    {
        var id = await DecidedRedAsync();
        DeclarationTriage before;
        await using (var db = factory.CreateDbContext()) before = await db.Set<DeclarationTriage>().AsNoTracking().SingleAsync(t => t.DeclarationId == id);

        var recorded = await Triage.RecordOutcomeAsync(id, "officer", Seizure(SeizureSamples.Png));
        Assert.True(recorded.Succeeded);
        string storedPhoto;
        await using (var db = factory.CreateDbContext())
        {
            // Nothing downstream sees the result yet: no label, no seizure case; the photo waits on the declaration.
            Assert.False((await db.Declarations.AsNoTracking().SingleAsync(d => d.Id == id)).Inspected);
            Assert.False(await db.Seizures.AnyAsync(s => s.DeclarationId == id));
            storedPhoto = (await db.SeizurePhotos.AsNoTracking().SingleAsync(p => p.DeclarationId == id)).StoredName;
        }
        Assert.NotNull(factory.Services.GetRequiredService<SeizurePhotoStore>().PathOf(storedPhoto));

        var undone = await Triage.UndoOutcomeAsync(id, "officer");
        var again = await Triage.UndoOutcomeAsync(id, "officer");

        Assert.True(undone.Succeeded);
        Assert.Equal(TriageProblem.NothingToUndo, again.Problem);
        await using var after = factory.CreateDbContext();
        var row = await after.Set<DeclarationTriage>().AsNoTracking().SingleAsync(t => t.DeclarationId == id);
        Assert.Equal(TriageStatus.Decided, row.Status);
        Assert.Equal((before.DecidedBy, before.DecidedChannel, before.DecidedAtUtc), (row.DecidedBy, row.DecidedChannel, row.DecidedAtUtc));
        Assert.Null(row.Outcome);
        Assert.Null(row.OutcomeRevenue);
        Assert.Null(row.SeizedGoods);
        Assert.Null(row.SeizureQuantity);
        Assert.Null(row.ClosedAtUtc);
        Assert.Null(row.UndoableUntilUtc);
        Assert.False(await after.SeizurePhotos.AnyAsync(p => p.DeclarationId == id));
        Assert.Null(factory.Services.GetRequiredService<SeizurePhotoStore>().PathOf(storedPhoto));
        var actions = await after.AuditEntries.AsNoTracking().Where(a => a.EntityType == TriageService.EntityType && a.EntityId == id.ToString())
            .OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
        Assert.Equal(["declaration.outcome", "declaration.outcome-undone"], actions.Where(a => a.StartsWith("declaration.outcome")));

        // The finalizer never writes the undone result, and the item can be closed again.
        await factory.Services.GetRequiredService<OutcomeFinalizer>().ApplyDueAsync();
        Assert.False((await after.Declarations.AsNoTracking().SingleAsync(d => d.Id == id)).Inspected);
        Assert.True((await Triage.RecordOutcomeAsync(id, "officer", new InspectionResult(InspectionOutcome.NothingFound))).Succeeded);
    }

    [Fact]
    public async Task After_the_window_undo_is_refused_and_the_seizure_is_final_with_its_exact_quantity_and_photos()
    {
        var id = await DecidedRedAsync();
        Assert.True((await Triage.RecordOutcomeAsync(id, "officer", Seizure(SeizureSamples.Png, SeizureSamples.Png))).Succeeded);

        await OutcomeFinality.WaitUntilFinalAsync(factory, id);
        var late = await Triage.UndoOutcomeAsync(id, "officer");

        Assert.Equal(TriageProblem.UndoExpired, late.Problem);
        await using var db = factory.CreateDbContext();
        var declaration = await db.Declarations.AsNoTracking().SingleAsync(d => d.Id == id);
        Assert.True(declaration.Inspected);
        Assert.True(declaration.Illicit);
        var seizure = await db.Seizures.AsNoTracking().SingleAsync(s => s.DeclarationId == id);
        Assert.Equal(1.74m, seizure.Quantity);
        Assert.Equal("1.74", seizure.Quantity.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(("narcotics", "kg", "false-compartment", "container"), (seizure.GoodsCategory, seizure.QuantityUnit, seizure.ConcealmentMethod, seizure.FoundIn));
        Assert.Equal("double floor of the pallet", seizure.ConcealmentNote);
        Assert.Equal(2, await db.SeizurePhotos.CountAsync(p => p.SeizureId == seizure.Id));
        var row = await db.Set<DeclarationTriage>().AsNoTracking().SingleAsync(t => t.DeclarationId == id);
        Assert.Equal(seizure.CaseNumber, row.SeizureCaseNumber);
        // Applying again changes nothing: one case per result.
        await factory.Services.GetRequiredService<OutcomeFinalizer>().ApplyDueAsync();
        Assert.Equal(1, await db.Seizures.CountAsync(s => s.DeclarationId == id));
    }

    [Fact]
    public async Task Only_the_officer_who_recorded_may_undo_and_a_repeated_record_is_a_no_op()
    {
        var id = await DecidedRedAsync();
        var first = await Triage.RecordOutcomeAsync(id, "officer", new InspectionResult(InspectionOutcome.NothingFound));
        var repeat = await Triage.RecordOutcomeAsync(id, "officer", new InspectionResult(InspectionOutcome.NothingFound));

        Assert.True(first.Succeeded);
        Assert.True(repeat.Succeeded);
        Assert.Equal(first.Version, repeat.Version);
        Assert.Equal(TriageProblem.NotClaimedByYou, (await Triage.UndoOutcomeAsync(id, "officer2")).Problem);
        Assert.True((await Triage.UndoOutcomeAsync(id, "officer")).Succeeded);
    }

    [Fact]
    public async Task Two_results_recorded_at_the_same_moment_close_the_item_once()
    {
        for (var round = 0; round < 3; round++)
        {
            var id = await DecidedRedAsync();
            var results = await Task.WhenAll(
                Task.Run(() => Triage.RecordOutcomeAsync(id, "officer", new InspectionResult(InspectionOutcome.NothingFound))),
                Task.Run(() => Triage.RecordOutcomeAsync(id, "officer", new InspectionResult(InspectionOutcome.RevenueAdjustment, 500_000))));

            Assert.Single(results, r => r.Succeeded);
            await using var db = factory.CreateDbContext();
            Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.EntityId == id.ToString() && a.Action == "declaration.outcome"));
        }
    }

    [Fact]
    public async Task Undo_and_the_window_closing_at_the_same_moment_leave_one_consistent_state()
    {
        var id = await DecidedRedAsync();
        Assert.True((await Triage.RecordOutcomeAsync(id, "officer", Seizure())).Succeeded);
        await Task.Delay(TimeSpan.FromSeconds(RiskDeskFactory.UndoSeconds) - TimeSpan.FromMilliseconds(50));

        var finalizer = factory.Services.GetRequiredService<OutcomeFinalizer>();
        var race = await Task.WhenAll(Task.Run(async () => (await Triage.UndoOutcomeAsync(id, "officer")).Succeeded),
            Task.Run(async () => await finalizer.ApplyDueAsync() > 0));

        await using var db = factory.CreateDbContext();
        var row = await db.Set<DeclarationTriage>().AsNoTracking().SingleAsync(t => t.DeclarationId == id);
        var seizures = await db.Seizures.CountAsync(s => s.DeclarationId == id);
        if (race[0]) Assert.Equal((TriageStatus.Decided, 0), (row.Status, seizures));
        else Assert.True(row.Status == TriageStatus.Closed && (row.OutcomeAppliedAtUtc is null || seizures == 1));
        Assert.False(race[0] && race[1]);
    }

    [Fact]
    public async Task Photos_are_checked_by_content_size_and_count_and_nothing_is_stored_when_refused()
    {
        var id = await DecidedRedAsync();
        var pdf = await Assert.ThrowsAsync<FieldLimitException>(() => Triage.RecordOutcomeAsync(id, "officer", Seizure(SeizureSamples.PdfNamedJpg)));
        Assert.Equal(["ErrorPhotoType"], pdf.Errors["photos"]);
        var huge = SeizureSamples.Png.Concat(new byte[SeizureRules.MaxPhotoBytes]).ToArray();
        var tooLarge = await Assert.ThrowsAsync<FieldLimitException>(() => Triage.RecordOutcomeAsync(id, "officer", Seizure(huge)));
        Assert.Equal(["ErrorPhotoTooLarge"], tooLarge.Errors["photos"]);
        var six = Enumerable.Repeat(SeizureSamples.Png, SeizureRules.MaxPhotos + 1).ToArray();
        var tooMany = await Assert.ThrowsAsync<FieldLimitException>(() => Triage.RecordOutcomeAsync(id, "officer", Seizure(six)));
        Assert.Contains("ErrorTooManyPhotos", tooMany.Errors["photos"]);

        await using var db = factory.CreateDbContext();
        Assert.False(await db.SeizurePhotos.AnyAsync(p => p.DeclarationId == id));
        Assert.Equal(TriageStatus.Decided, (await db.Set<DeclarationTriage>().AsNoTracking().SingleAsync(t => t.DeclarationId == id)).Status);
    }

    [Fact]
    public async Task Evidence_photos_are_served_to_officers_supervisors_and_analysts_only()
    {
        var id = await DecidedRedAsync();
        Assert.True((await Triage.RecordOutcomeAsync(id, "officer", Seizure(SeizureSamples.Png))).Succeeded);
        int photoId;
        await using (var db = factory.CreateDbContext()) photoId = (await db.SeizurePhotos.AsNoTracking().SingleAsync(p => p.DeclarationId == id)).Id;

        foreach (var (user, expected) in new[] { ("officer", HttpStatusCode.OK), ("supervisor", HttpStatusCode.OK), ("analyst", HttpStatusCode.OK), ("admin", HttpStatusCode.Forbidden) })
        {
            using var client = await factory.CreateClientForAsync(user);
            var response = await client.GetAsync($"/api/seizure-photos/{photoId}");
            Assert.True(expected == response.StatusCode, $"{user}: {response.StatusCode}");
            if (expected == HttpStatusCode.OK)
            {
                Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
                Assert.Equal(SeizureSamples.Png, await response.Content.ReadAsByteArrayAsync());
            }
        }
        using var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Contains((await anonymous.GetAsync($"/api/seizure-photos/{photoId}")).StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Redirect });
        using var officer = await factory.CreateClientForAsync("officer");
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/api/seizure-photos/999999")).StatusCode);
    }
}
