using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CustomsWorkbench.Features.PersonalImports;
using CustomsWorkbench.Features.RiskSelection;
using CustomsWorkbench.Features.XRay.Model;
using CustomsWorkbench.Features.XRay.Review;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Realtime;
using CustomsWorkbench.Tests.Platform.Realtime;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.XRay;

/// <summary>
/// The review completes only when every AI alarm has a verdict; verdicts are concurrency-safe; a confirmed weapon or
/// narcotics alarm escalates once: the declaration is held through RiskSelection's contract and supervisors (only) hear it live.
/// </summary>
public class ReviewCompletionAndEscalationTests(XRayTestFactory factory) : IClassFixture<XRayTestFactory>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private static Task<HttpResponseMessage> VerdictAsync(HttpClient client, int scanId, string kind, int findingId, string? reason = null, Guid? version = null) =>
        client.PostAsJsonAsync($"/api/xray/scans/{scanId}/annotations", new { kind, findingId, reason, version }, Json);

    private static Task<HttpResponseMessage> CompleteAsync(HttpClient client, int scanId) => client.PostAsync($"/api/xray/scans/{scanId}/reviewed", null);

    [Fact]
    public async Task Completion_is_refused_while_an_alarm_is_open_and_allowed_once_each_is_confirmed_or_dismissed()
    {
        // Two alarms (≥ 50%) and one weak finding that is no alarm.
        var scan = await XRayTestData.AnalysedScanAsync(factory, (ThreatClasses.Cigarettes, 0.9, 100, 100, 60, 40),
            (ThreatClasses.Electronics, 0.6, 300, 100, 60, 40), (ThreatClasses.Compartment, 0.3, 500, 100, 40, 200));
        var client = await factory.CreateClientForAsync("officer");

        var refused = await CompleteAsync(client, scan.Id);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, problem.GetProperty("openAlarms").GetInt32());
        Assert.Contains("neither confirmed nor dismissed", problem.GetProperty("detail").GetString());

        Assert.Equal(HttpStatusCode.Created, (await VerdictAsync(client, scan.Id, "Confirm", scan.Findings[0].Id)).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await CompleteAsync(client, scan.Id)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await VerdictAsync(client, scan.Id, "Dismiss", scan.Findings[1].Id, "  laptop in a carton, as declared ")).StatusCode);

        var done = await CompleteAsync(client, scan.Id);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        // Completing again is harmless for the same officer; a colleague is told it is done.
        Assert.Equal(HttpStatusCode.OK, (await CompleteAsync(client, scan.Id)).StatusCode);
        var colleague = await factory.CreateClientForAsync("officer2");
        Assert.Equal(HttpStatusCode.Conflict, (await CompleteAsync(colleague, scan.Id)).StatusCode);
        // Verdicts are closed after completion.
        Assert.Equal(HttpStatusCode.Conflict, (await VerdictAsync(client, scan.Id, "Confirm", scan.Findings[1].Id)).StatusCode);

        var details = await client.GetFromJsonAsync<ScanDetails>($"/api/xray/scans/{scan.Id}", Json);
        var dismissed = details!.Findings.Single(f => f.Id == scan.Findings[1].Id);
        Assert.Equal(("dismissed", "officer", "laptop in a carton, as declared"), (dismissed.Verdict, dismissed.VerdictBy, dismissed.DismissReason));
        Assert.Equal(0, details.OpenAlarms);
        await using var db = factory.CreateDbContext();
        var actions = await db.Set<AuditEntry>().Where(a => a.EntityType == "Scan" && a.EntityId == scan.Id.ToString()).Select(a => a.Action).ToListAsync();
        Assert.Contains("xray.finding-confirmed", actions);
        Assert.Contains("xray.finding-dismissed", actions);
        Assert.Single(actions, a => a == "xray.scan-reviewed");
        // No weapon or narcotics: nothing escalated.
        Assert.False(await db.Set<ScanEscalation>().AnyAsync(e => e.ScanId == scan.Id));
    }

    [Fact]
    public async Task A_colleagues_verdict_is_not_overwritten_unseen_and_repeating_a_verdict_records_nothing_new()
    {
        var scan = await XRayTestData.AnalysedScanAsync(factory, (ThreatClasses.Cigarettes, 0.8, 100, 100, 60, 40));
        var finding = scan.Findings[0].Id;
        var officer = await factory.CreateClientForAsync("officer");
        var supervisor = await factory.CreateClientForAsync("supervisor");

        Assert.Equal(HttpStatusCode.Created, (await VerdictAsync(officer, scan.Id, "Dismiss", finding)).StatusCode);
        // Only the holder records verdicts (the first verdict claimed the scan for officer); a supervisor takes it over first.
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsync($"/api/xray/scans/{scan.Id}/take-over", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await VerdictAsync(supervisor, scan.Id, "Dismiss", finding)).StatusCode); // same word: idempotent
        Assert.Equal(HttpStatusCode.Conflict, (await VerdictAsync(supervisor, scan.Id, "Confirm", finding)).StatusCode);

        var seen = (await supervisor.GetFromJsonAsync<ScanDetails>($"/api/xray/scans/{scan.Id}", Json))!.Findings.Single();
        Assert.Equal(HttpStatusCode.Created, (await VerdictAsync(supervisor, scan.Id, "Confirm", finding, version: seen.Version)).StatusCode);
        // The version the supervisor used is spent, and officer no longer holds the scan: no replay.
        Assert.Equal(HttpStatusCode.Conflict, (await VerdictAsync(officer, scan.Id, "Dismiss", finding, version: seen.Version)).StatusCode);

        await using var db = factory.CreateDbContext();
        Assert.Equal([AnnotationKind.Dismiss, AnnotationKind.Confirm],
            await db.Set<ScanAnnotation>().Where(a => a.FindingId == finding).OrderBy(a => a.Id).Select(a => a.Kind).ToListAsync());
        Assert.Equal("supervisor", (await db.Set<ScanFinding>().SingleAsync(f => f.Id == finding)).VerdictBy);
    }

    [Fact]
    public async Task A_scan_held_by_a_colleague_refuses_verdicts_boxes_and_completion_409_naming_the_holder()
    {
        var scan = await XRayTestData.AnalysedScanAsync(factory, (ThreatClasses.Electronics, 0.8, 100, 100, 60, 40));
        var finding = scan.Findings[0].Id;
        var officer = await factory.CreateClientForAsync("officer");
        var officer2 = await factory.CreateClientForAsync("officer2");
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync($"/api/xray/scans/{scan.Id}/claim", null)).StatusCode);

        var claim = await officer2.PostAsync($"/api/xray/scans/{scan.Id}/claim", null);
        var verdict = await VerdictAsync(officer2, scan.Id, "Dismiss", finding);
        var box = await officer2.PostAsJsonAsync($"/api/xray/scans/{scan.Id}/annotations", new { kind = "Drawn", @class = ThreatClasses.Weapon, x = 10, y = 10, width = 20, height = 20 }, Json);
        var complete = await CompleteAsync(officer2, scan.Id);
        var takeOver = await officer2.PostAsync($"/api/xray/scans/{scan.Id}/take-over", null);

        foreach (var refused in new[] { claim, verdict, box, complete })
        {
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.Equal("officer", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("otherUser").GetString());
        }
        Assert.Equal(HttpStatusCode.Forbidden, takeOver.StatusCode); // taking over is for supervisors
        await using var db = factory.CreateDbContext();
        var stored = await db.Set<Scan>().Include(s => s.Findings).Include(s => s.Annotations).AsNoTracking().SingleAsync(s => s.Id == scan.Id);
        Assert.Equal("officer", stored.ClaimedBy);
        Assert.Null(stored.Findings.Single().Verdict);
        Assert.Empty(stored.Annotations);
        Assert.Null(stored.ReviewedAtUtc);
        // The holder goes on as before.
        Assert.Equal(HttpStatusCode.Created, (await VerdictAsync(officer, scan.Id, "Dismiss", finding)).StatusCode);
    }

    [Fact]
    public async Task A_supervisor_takes_over_a_held_scan_audited_and_then_the_former_holder_is_refused()
    {
        var scan = await XRayTestData.AnalysedScanAsync(factory, (ThreatClasses.Electronics, 0.8, 100, 100, 60, 40));
        var officer = await factory.CreateClientForAsync("officer");
        var supervisor = await factory.CreateClientForAsync("supervisor");
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync($"/api/xray/scans/{scan.Id}/claim", null)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsync($"/api/xray/scans/{scan.Id}/take-over", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsync($"/api/xray/scans/{scan.Id}/take-over", null)).StatusCode); // again: no change
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.PostAsync("/api/xray/scans/999999999/take-over", null)).StatusCode);

        var late = await VerdictAsync(officer, scan.Id, "Dismiss", scan.Findings[0].Id);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("supervisor", (await late.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("otherUser").GetString());
        Assert.Equal(HttpStatusCode.Created, (await VerdictAsync(supervisor, scan.Id, "Dismiss", scan.Findings[0].Id)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await CompleteAsync(supervisor, scan.Id)).StatusCode);
        await using var db = factory.CreateDbContext();
        var taken = await db.Set<AuditEntry>().Where(a => a.EntityType == "Scan" && a.EntityId == scan.Id.ToString() && a.Action == "xray.scan-taken-over").ToListAsync();
        var entry = Assert.Single(taken);
        Assert.Equal("supervisor", entry.Actor);
        Assert.Contains("officer", entry.Details);
    }

    [Fact]
    public async Task Two_officers_deciding_one_alarm_at_once_one_wins_and_the_other_is_told()
    {
        var scan = await XRayTestData.AnalysedScanAsync(factory, (ThreatClasses.Electronics, 0.8, 100, 100, 60, 40));
        var finding = scan.Findings[0].Id;
        var officer = await factory.CreateClientForAsync("officer");
        var officer2 = await factory.CreateClientForAsync("officer2");

        var results = await Task.WhenAll(VerdictAsync(officer, scan.Id, "Confirm", finding), VerdictAsync(officer2, scan.Id, "Dismiss", finding));

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict], results.Select(r => r.StatusCode).Order().ToArray());
        await using var db = factory.CreateDbContext();
        Assert.Equal(1, await db.Set<ScanAnnotation>().CountAsync(a => a.FindingId == finding));
    }

    [Fact]
    public async Task A_reason_longer_than_the_limit_is_refused()
    {
        var scan = await XRayTestData.AnalysedScanAsync(factory, (ThreatClasses.Electronics, 0.8, 100, 100, 60, 40));
        var officer = await factory.CreateClientForAsync("officer");
        var response = await VerdictAsync(officer, scan.Id, "Dismiss", scan.Findings[0].Id, new string('x', ScanFinding.MaxReasonLength + 1));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async Task Confirming_a_weapon_escalates_once_holds_the_declaration_and_tells_supervisors_but_not_officers()
    {
        var scan = await XRayTestData.AnalysedScanAsync(factory, (ThreatClasses.Weapon, 0.9, 100, 100, 30, 6), (ThreatClasses.OrganicPackage, 0.7, 400, 200, 80, 50),
            (ThreatClasses.Cigarettes, 0.6, 600, 200, 80, 50));
        await using var supervisorHub = await HubTestClients.ConnectAsync(factory, "supervisor");
        await using var officerHub = await HubTestClients.ConnectAsync(factory, "officer");
        var heard = new TaskCompletionSource<RealtimeMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        supervisorHub.On<RealtimeMessage>(nameof(IWorkbenchClient.Receive), m =>
        {
            if (m.EventName == XRayEvents.EscalationRaised && m.Payload is JsonElement p && p.GetProperty("scanId").GetInt32() == scan.Id) heard.TrySetResult(m);
        });
        await supervisorHub.InvokeAsync(nameof(WorkbenchHub.Subscribe), XRayEvents.EscalationTopic);
        await Assert.ThrowsAsync<HubException>(() => officerHub.InvokeAsync(nameof(WorkbenchHub.Subscribe), XRayEvents.EscalationTopic));

        var officer = await factory.CreateClientForAsync("officer");
        Assert.Equal(HttpStatusCode.Created, (await VerdictAsync(officer, scan.Id, "Confirm", scan.Findings[0].Id)).StatusCode);
        // A second escalating alarm on the same scan and a repeated confirmation join the first escalation.
        Assert.Equal(HttpStatusCode.Created, (await VerdictAsync(officer, scan.Id, "Confirm", scan.Findings[1].Id)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await VerdictAsync(officer, scan.Id, "Confirm", scan.Findings[0].Id)).StatusCode);

        var message = await heard.Task.WaitAsync(Patience);
        Assert.Equal(ThreatClasses.Weapon, ((JsonElement)message.Payload!).GetProperty("class").GetString());

        await using var db = factory.CreateDbContext();
        var escalation = await db.Set<ScanEscalation>().SingleAsync(e => e.ScanId == scan.Id);
        Assert.Equal((ThreatClasses.Weapon, "officer", true), (escalation.Class, escalation.RaisedBy, escalation.ConsignmentHeld));
        var holds = await factory.Services.GetRequiredService<IDeclarationHolds>().HoldsAsync(scan.ConsignmentId);
        var hold = Assert.Single(holds, h => h.SourceReference == ScanEscalations.HoldSource(scan.Id));
        Assert.Equal((HoldReason.XRayWeapon, "officer"), (hold.Reason, hold.HeldBy));
        var scanAudit = await db.Set<AuditEntry>().Where(a => a.EntityType == "Scan" && a.EntityId == scan.Id.ToString()).Select(a => a.Action).ToListAsync();
        Assert.Single(scanAudit, a => a == "xray.escalation-raised");
        var holdAudit = await db.Set<AuditEntry>().Where(a => a.EntityType == "Declaration" && a.EntityId == scan.ConsignmentId.ToString() && a.Action == "risk.declaration-held")
            .Select(a => a.Details).ToListAsync();
        Assert.Single(holdAudit, d => d!.Contains(ScanEscalations.HoldSource(scan.Id)));

        // The officer may now dismiss the rest and complete.
        Assert.Equal(HttpStatusCode.Created, (await VerdictAsync(officer, scan.Id, "Dismiss", scan.Findings[2].Id)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await CompleteAsync(officer, scan.Id)).StatusCode);
    }

    [Fact]
    public async Task Confirming_narcotics_on_a_parcel_scan_holds_the_parcel_through_personal_imports()
    {
        var scan = await XRayTestData.AnalysedScanAsync(factory, ConsignmentKind.Parcel, (ThreatClasses.OrganicPackage, 0.9, 100, 100, 60, 40));
        var officer = await factory.CreateClientForAsync("officer");

        Assert.Equal(HttpStatusCode.Created, (await VerdictAsync(officer, scan.Id, "Confirm", scan.Findings[0].Id)).StatusCode);
        // Confirming again retries nothing and holds nothing twice.
        Assert.Equal(HttpStatusCode.Created, (await VerdictAsync(officer, scan.Id, "Confirm", scan.Findings[0].Id)).StatusCode);

        await using var db = factory.CreateDbContext();
        var escalation = await db.Set<ScanEscalation>().SingleAsync(e => e.ScanId == scan.Id);
        Assert.Equal((ConsignmentKind.Parcel, true), (escalation.ConsignmentKind, escalation.ConsignmentHeld));
        var hold = Assert.Single(await factory.Services.GetRequiredService<IParcelHolds>().HoldsAsync(scan.ConsignmentId),
            h => h.SourceReference == ScanEscalations.HoldSource(scan.Id));
        Assert.Equal((ParcelHoldReason.XRayNarcotics, "officer"), (hold.Reason, hold.HeldBy));
        Assert.Single(await db.Set<AuditEntry>().Where(a => a.EntityType == "Parcel" && a.EntityId == scan.ConsignmentId.ToString() && a.Action == "parcel.held")
            .Select(a => a.Details).ToListAsync(), d => d!.Contains(ScanEscalations.HoldSource(scan.Id)));
        // Declarations are not touched by a parcel's escalation.
        Assert.DoesNotContain(await db.Set<AuditEntry>().Where(a => a.Action == "risk.declaration-held").Select(a => a.Details).ToListAsync(),
            d => d!.Contains(ScanEscalations.HoldSource(scan.Id)));
    }

    [Fact]
    public async Task Holding_is_idempotent_and_validated()
    {
        var holds = factory.Services.GetRequiredService<IDeclarationHolds>();
        await using var db = factory.CreateDbContext();
        var declaration = await db.Declarations.OrderByDescending(d => d.Id).Select(d => d.Id).FirstAsync();
        var source = "test:" + Guid.NewGuid().ToString("N")[..12];
        var first = await holds.HoldAsync(new DeclarationHoldRequest(declaration, HoldReason.XRayNarcotics, source, "officer"));
        var again = await holds.HoldAsync(new DeclarationHoldRequest(declaration, HoldReason.XRayNarcotics, source, "officer"));
        Assert.True(first.Created);
        Assert.False(again.Created);
        Assert.Equal(first.Hold!.HeldAtUtc, again.Hold!.HeldAtUtc);
        Assert.False((await holds.HoldAsync(new DeclarationHoldRequest(-1, HoldReason.XRayWeapon, source, "officer"))).Succeeded);
        Assert.False((await holds.HoldAsync(new DeclarationHoldRequest(declaration, HoldReason.XRayWeapon, new string('s', 65), "officer"))).Succeeded);
    }

    [Fact]
    public async Task Escalations_are_listed_and_taken_over_by_supervisors_only()
    {
        var scan = await XRayTestData.AnalysedScanAsync(factory, (ThreatClasses.OrganicPackage, 0.95, 100, 100, 60, 40));
        var officer = await factory.CreateClientForAsync("officer");
        await VerdictAsync(officer, scan.Id, "Confirm", scan.Findings[0].Id);

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/xray/escalations")).StatusCode);
        var supervisor = await factory.CreateClientForAsync("supervisor");
        var open = await supervisor.GetFromJsonAsync<List<EscalationView>>("/api/xray/escalations", Json);
        var mine = Assert.Single(open!, e => e.ScanId == scan.Id);
        Assert.Equal(ThreatClasses.OrganicPackage, mine.Class);

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync($"/api/xray/escalations/{mine.Id}/acknowledge", new { version = mine.Version })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await supervisor.PostAsJsonAsync($"/api/xray/escalations/{mine.Id}/acknowledge", new { version = Guid.NewGuid() })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsJsonAsync($"/api/xray/escalations/{mine.Id}/acknowledge", new { version = mine.Version })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsJsonAsync($"/api/xray/escalations/{mine.Id}/acknowledge", new { version = mine.Version })).StatusCode);
        Assert.DoesNotContain(await supervisor.GetFromJsonAsync<List<EscalationView>>("/api/xray/escalations", Json) ?? [], e => e.ScanId == scan.Id);
    }

    [Fact]
    public async Task The_queue_shows_threat_type_and_holder_and_the_next_scan_skips_scans_a_colleague_holds()
    {
        var held = await XRayTestData.AnalysedScanAsync(factory, (ThreatClasses.Compartment, 0.999, 100, 100, 60, 40));
        var free = await XRayTestData.AnalysedScanAsync(factory, (ThreatClasses.Compartment, 0.998, 100, 100, 60, 40));
        var review = factory.Services.GetRequiredService<ScanReviewService>();
        Assert.Equal("officer2", await review.ClaimAsync(held.Id, "officer2"));
        Assert.Equal("officer2", await review.ClaimAsync(held.Id, "officer")); // already held: the holder is answered

        var rows = await review.QueueAsync();
        var row = rows.Single(r => r.Id == held.Id);
        Assert.Equal((ThreatClasses.Compartment, "officer2"), (row.TopClass, row.ClaimedBy));
        // Most suspicious first, but not a scan a colleague holds; the holder gets it.
        Assert.Equal(free.Id, await review.NextOpenAsync(-1, "officer"));
        Assert.Equal(held.Id, await review.NextOpenAsync(free.Id, "officer2"));
    }
}
