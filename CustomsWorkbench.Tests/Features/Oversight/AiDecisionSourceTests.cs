using CustomsWorkbench.Features.Assistant;
using CustomsWorkbench.Features.Assistant.Model;
using CustomsWorkbench.Features.RiskSelection.Desk;
using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Features.Oversight.Agreement;
using CustomsWorkbench.Features.XRay.Model;
using ScanFinding = CustomsWorkbench.Features.XRay.Model.ScanFinding;
using CustomsWorkbench.Platform.Models;
using CustomsWorkbench.Tests.Features.RiskSelection.Desk;
using CustomsWorkbench.Features.PersonalImports.Desk;
using CustomsWorkbench.Features.PersonalImports.Risk;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Tests.Features.PersonalImports.Desk;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.Oversight;

/// <summary>Each feature's decisions reach the agreement dashboard through its registered source, over the real database.</summary>
[Collection(WorkbenchCollection.Name)]
public class AiDecisionSourceTests(WorkbenchFactory factory)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private static Task<CustomsWorkbench.Platform.Data.Entities.Declaration> FirstDeclarationAsync(CustomsWorkbench.Platform.Data.WorkbenchDbContext db) =>
        db.Declarations.Include(d => d.Office).OrderBy(d => d.Id).FirstAsync();

    private IAiDecisionSource Source(string feature) =>
        Assert.Single(factory.Services.GetServices<IAiDecisionSource>(), s => s.Feature == feature);

    [Fact]
    public async Task Risk_counts_an_officer_s_override_against_the_recommendation_shown_with_its_office_and_model_version()
    {
        _ = factory.Server;
        int id;
        DeclarationTriage row;
        await using (var db = factory.CreateDbContext())
        {
            id = (await TriageSeed.AddAsync(db, 1))[0];
            row = await db.Set<DeclarationTriage>().AsNoTracking().SingleAsync(t => t.DeclarationId == id);
        }
        var triage = factory.Services.GetRequiredService<TriageService>();
        Assert.True((await triage.ClaimAsync(id, "agreement-risk")).Succeeded);
        var other = row.RecommendedChannel == Channel.Red ? Channel.Green : Channel.Red;
        Assert.True((await triage.DecideAsync(id, "agreement-risk", other, "seen this trader before")).Succeeded);

        var decision = Assert.Single(await Source("risk").DecisionsAsync(Today.AddDays(-1), default), d => d.Officer == "agreement-risk");

        await using var check = factory.CreateDbContext();
        var office = await check.Offices.Where(o => o.Id == row.OfficeId).Select(o => o.Code).SingleAsync();
        Assert.Equal(new AiDecision("risk", office, "agreement-risk", row.ModelVersion, Today, false, $"/risk/declarations/{id}"), decision);
        // Past inspections without an officer are the service's own selections, not AI advice: not on the dashboard.
        Assert.DoesNotContain(await Source("risk").DecisionsAsync(Today.AddYears(-5), default), d => d.Officer is "" or null);
    }

    [Fact]
    public async Task XRay_counts_confirmed_alarms_as_agreed_and_dismissed_ones_as_not_with_the_detector_version()
    {
        _ = factory.Server;
        int scanId;
        string office;
        await using (var db = factory.CreateDbContext())
        {
            var declaration = await FirstDeclarationAsync(db);
            office = declaration.Office!.Code;
            var scan = new Scan
            {
                ConsignmentKind = ConsignmentKind.Declaration, ConsignmentId = declaration.Id, ConsignmentReference = declaration.Number,
                Scanner = "test", ScannedAtUtc = DateTime.UtcNow, Status = ScanStatus.Analysed, DetectorVersion = "xray-test-7",
            };
            scan.Findings.Add(new ScanFinding { Class = "weapon", Confidence = 0.9, ModelVersion = "xray-test-7", Width = 5, Height = 5 });
            scan.Findings.Add(new ScanFinding { Class = "drugs", Confidence = 0.6, ModelVersion = "xray-test-7", Width = 5, Height = 5 });
            db.Add(scan);
            await db.SaveChangesAsync();
            scanId = scan.Id;
            db.AddRange(
                new ScanAnnotation { ScanId = scan.Id, Kind = AnnotationKind.Confirm, FindingId = scan.Findings[0].Id, Class = "weapon", Officer = "agreement-xray", CreatedAtUtc = DateTime.UtcNow },
                new ScanAnnotation { ScanId = scan.Id, Kind = AnnotationKind.Dismiss, FindingId = scan.Findings[1].Id, Class = "drugs", Officer = "agreement-xray", CreatedAtUtc = DateTime.UtcNow },
                new ScanAnnotation { ScanId = scan.Id, Kind = AnnotationKind.Drawn, Class = "drugs", Officer = "agreement-xray", CreatedAtUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        var decisions = (await Source("xray").DecisionsAsync(Today.AddDays(-1), default)).Where(d => d.Officer == "agreement-xray").ToList();

        Assert.Equal([true, false], decisions.Select(d => d.Agreed).Order().Reverse());
        Assert.All(decisions, d => Assert.Equal(("xray", office, "xray-test-7", $"/xray/scans/{scanId}"), (d.Feature, d.Office, d.ModelVersion, d.RecordLink)));
    }

    [Fact]
    public async Task Assistant_counts_confirmed_proposals_as_agreed_and_ones_left_unconfirmed_for_a_day_as_declined()
    {
        _ = factory.Server;
        int declarationId;
        string office;
        await using (var db = factory.CreateDbContext())
        {
            var declaration = await FirstDeclarationAsync(db);
            (declarationId, office) = (declaration.Id, declaration.Office!.Code);
            AssistantProposal Proposal(ProposalStatus status, DateTime created) => new()
            {
                Id = Guid.NewGuid(), UserName = "agreement-assistant", Kind = ProposalKinds.AssignChannel, TargetType = "Declaration",
                TargetId = declaration.Id.ToString(), Summary = "Assign red", PayloadJson = "{}", Status = status, CreatedAtUtc = created,
                ConfirmedAtUtc = status == ProposalStatus.Proposed ? null : created.AddMinutes(1),
            };
            db.AddRange(Proposal(ProposalStatus.Confirmed, DateTime.UtcNow.AddHours(-1)), Proposal(ProposalStatus.Proposed, DateTime.UtcNow.AddDays(-2)),
                Proposal(ProposalStatus.Proposed, DateTime.UtcNow.AddMinutes(-5)));
            await db.SaveChangesAsync();
        }

        var decisions = (await Source("assistant").DecisionsAsync(Today.AddDays(-7), default)).Where(d => d.Officer == "agreement-assistant").ToList();

        // The fresh proposal may still be confirmed: it is not counted yet.
        Assert.Equal([true, false], decisions.Select(d => d.Agreed).Order().Reverse());
        Assert.All(decisions, d => Assert.Equal((office, $"/risk/declarations/{declarationId}"), (d.Office, d.RecordLink)));
        var report = AgreementReport.Build(decisions, Today, 4);
        Assert.Equal(0.5, Assert.Single(report.ByFeature).Rate);
    }

    [Fact]
    public async Task Parcels_count_desk_decisions_against_the_risk_score_shown_when_deciding_not_a_later_rescore()
    {
        _ = factory.Server;
        int high, low, demo;
        string office;
        await using (var db = factory.CreateDbContext())
        {
            (high, low, demo) = (await DeskParcels.AddAsync(db), await DeskParcels.AddAsync(db), await DeskParcels.AddAsync(db));
            office = await db.Offices.OrderBy(o => o.Id).Select(o => o.Code).FirstAsync();
            await db.Parcels.Where(p => p.Id == high).ExecuteUpdateAsync(u => u.SetProperty(p => p.RiskScore, 0.9).SetProperty(p => p.RiskModelVersion, "parcel-risk-test-1"));
            await db.Parcels.Where(p => p.Id == low).ExecuteUpdateAsync(u => u.SetProperty(p => p.RiskScore, 0.1).SetProperty(p => p.RiskModelVersion, "parcel-risk-test-1"));
            // The demo world's past inspections were chosen before any model: not AI advice.
            db.ParcelDecisions.Add(new ParcelDecision
            {
                ParcelId = demo, Action = ParcelAction.Inspect, Outcome = ParcelOutcome.Compliant, DecidedBy = "agreement-parcel", DecidedAtUtc = DateTime.UtcNow,
                Source = RecordSource.Demo, RiskScoreAtDecision = 0.9, RiskModelVersionAtDecision = "parcel-risk-test-1",
            });
            await db.SaveChangesAsync();
        }
        var desk = factory.Services.GetRequiredService<ParcelDeskService>();
        Assert.True((await desk.DecideAsync(high, "agreement-parcel", ParcelAction.Clear, null)).Succeeded);
        Assert.True((await desk.DecideAsync(low, "agreement-parcel", ParcelAction.Clear, null)).Succeeded);
        // A promotion re-scores every parcel afterwards; the decision stays measured against what the officer saw.
        await using (var db = factory.CreateDbContext())
            await db.Parcels.Where(p => p.Id == high).ExecuteUpdateAsync(u => u.SetProperty(p => p.RiskScore, 0.05).SetProperty(p => p.RiskModelVersion, "parcel-risk-test-2"));

        var decisions = (await Source("parcel").DecisionsAsync(Today.AddDays(-1), default)).Where(d => d.Officer == "agreement-parcel").OrderBy(d => d.RecordLink).ToList();

        Assert.Equal(
            new[] { new AiDecision("parcel", office, "agreement-parcel", "parcel-risk-test-1", Today, false, $"/parcels/{high}"),
                    new AiDecision("parcel", office, "agreement-parcel", "parcel-risk-test-1", Today, true, $"/parcels/{low}") }.OrderBy(d => d.RecordLink),
            decisions);
        Assert.True(ParcelDecisionSource.Agrees(ParcelAction.HoldForDocuments, 0.7, flagged: false));
        Assert.True(ParcelDecisionSource.Agrees(ParcelAction.Inspect, ParcelRiskHealthMonitor.HighScore, flagged: false));
        Assert.False(ParcelDecisionSource.Agrees(ParcelAction.ReferForMisuse, 0.2, flagged: false));
    }

    [Fact]
    public async Task Parcels_count_a_flag_raised_before_the_decision_as_advice_to_look_closer_but_not_one_raised_after()
    {
        _ = factory.Server;
        int clearedFlagged, inspectedFlagged, flaggedLater;
        await using (var db = factory.CreateDbContext())
        {
            (clearedFlagged, inspectedFlagged, flaggedLater) = (await DeskParcels.AddAsync(db), await DeskParcels.AddAsync(db), await DeskParcels.AddAsync(db));
            // All three score low: only the flags speak for a closer look.
            await db.Parcels.Where(p => p.Id == clearedFlagged || p.Id == inspectedFlagged || p.Id == flaggedLater)
                .ExecuteUpdateAsync(u => u.SetProperty(p => p.RiskScore, 0.1).SetProperty(p => p.RiskModelVersion, "parcel-risk-test-1"));
            db.ParcelFlags.AddRange(Flag(clearedFlagged, DateTime.UtcNow.AddMinutes(-5)), Flag(inspectedFlagged, DateTime.UtcNow.AddMinutes(-5)));
            await db.SaveChangesAsync();
        }
        var desk = factory.Services.GetRequiredService<ParcelDeskService>();
        Assert.True((await desk.DecideAsync(clearedFlagged, "agreement-flags", ParcelAction.Clear, null)).Succeeded);
        Assert.True((await desk.DecideAsync(inspectedFlagged, "agreement-flags", ParcelAction.Inspect, null)).Succeeded);
        Assert.True((await desk.DecideAsync(flaggedLater, "agreement-flags", ParcelAction.Clear, null)).Succeeded);
        // A misuse report flags the parcel after the officer cleared it: not advice the officer went against.
        await using (var db = factory.CreateDbContext())
        {
            db.ParcelFlags.Add(Flag(flaggedLater, DateTime.UtcNow.AddMinutes(5)));
            await db.SaveChangesAsync();
        }

        var decisions = (await Source("parcel").DecisionsAsync(Today.AddDays(-1), default)).Where(d => d.Officer == "agreement-flags")
            .ToDictionary(d => d.RecordLink, d => d.Agreed);

        Assert.Equal(new Dictionary<string, bool>
        {
            [$"/parcels/{clearedFlagged}"] = false, [$"/parcels/{inspectedFlagged}"] = true, [$"/parcels/{flaggedLater}"] = true,
        }, decisions);
        Assert.False(ParcelDecisionSource.Agrees(ParcelAction.Clear, 0.1, flagged: true));
        Assert.True(ParcelDecisionSource.Agrees(ParcelAction.HoldForDocuments, 0.1, flagged: true));
    }

    private static ParcelFlagRecord Flag(int parcelId, DateTime raisedAtUtc) => new()
    {
        ParcelId = parcelId, Code = "split-shipment", EvidenceEn = "test", EvidenceKo = "test", RaisedAtUtc = raisedAtUtc,
    };
}
