using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using CustomsWorkbench.Features.Assistant;
using CustomsWorkbench.Features.PersonalImports.Citizen;
using CustomsWorkbench.Features.PersonalImports.Desk;
using CustomsWorkbench.Features.PersonalImports.Flags;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Platform.Records;
using CustomsWorkbench.Tests.Features.Assistant;
using CustomsWorkbench.Tests.Platform.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.PersonalImports.Citizen;

/// <summary>
/// Citizen help on the real app and database (no demo world): misuse reports raise citizen-report flags on open parcels
/// (audited, idempotent), the API's role rules, and the assistant's two citizen intents in English and Korean.
/// </summary>
public class CitizenHelpTests(PersonalImportsTestFactory factory) : IClassFixture<PersonalImportsTestFactory>
{
    private MisuseReportService Reports => factory.Services.GetRequiredService<MisuseReportService>();

    /// <summary>Imports rows 1..count with carrier-style tracking numbers ({prefix}000001) and the given code per row.</summary>
    private async Task<List<ExpressParcel>> ParcelsAsync(string prefix, int count, Func<int, string> code)
    {
        var text = ManifestFile.Header + "\n" + string.Join("\n", Enumerable.Range(1, count).Select(i => ManifestFile.Row(prefix, i, pccc: code(i)))) + "\n";
        var report = await factory.ImportAsync(BacudaFile.WriteTemp(text, ".csv"));
        Assert.Equal(0, report.ErrorCount);
        await using var db = factory.CreateDbContext();
        return await db.Parcels.AsNoTracking().Where(p => p.TrackingNumber.StartsWith(prefix)).OrderBy(p => p.TrackingNumber).ToListAsync();
    }

    private static MisuseReportRequest Report(string? code, string? tracking = null, Guid? id = null) =>
        new(id ?? Guid.NewGuid(), code, tracking, "010-9876-5432", "Parcels I never ordered arrive under my code.", ReportChannel.Phone, DateTime.UtcNow.AddMinutes(-10));

    [Fact]
    public async Task A_report_naming_a_code_flags_its_open_parcels_once_with_the_report_as_evidence_and_is_audited()
    {
        var parcels = await ParcelsAsync("EE201", 3, i => i == 3 ? "P700000000099" : "P700000000001");
        await using (var db = factory.CreateDbContext())
        {
            await db.Parcels.Where(p => p.Id == parcels[1].Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, ParcelStatus.Cleared));
        }
        var submission = Guid.NewGuid();

        var first = await Reports.RecordAsync(Report("p700000000001", id: submission), "officer");
        var again = await Reports.RecordAsync(Report("P700000000001", id: submission), "officer");

        Assert.Empty(first.Problems);
        var report = first.Report!;
        Assert.Equal((MisuseReportStatus.Flagged, 1, "P700000000001"), (report.Status, report.FlaggedParcels, report.ReportedCode));
        Assert.Equal([parcels[0].TrackingNumber], report.Parcels.Select(p => p.TrackingNumber));
        Assert.True(again.Repeated);
        Assert.Equal(report.Id, again.Report!.Id);
        await using var check = factory.CreateDbContext();
        var flags = await check.ParcelFlags.AsNoTracking().Where(f => f.Code == ParcelFlagCodes.CitizenReport && f.Parcel!.TrackingNumber.StartsWith("EE201")).ToListAsync();
        var flag = Assert.Single(flags);
        Assert.Equal(parcels[0].Id, flag.ParcelId);
        Assert.StartsWith($"Citizen report #{report.Id} (Phone", flag.EvidenceEn);
        Assert.StartsWith($"시민 신고 #{report.Id} (전화", flag.EvidenceKo);
        Assert.Equal(1, await check.MisuseReports.CountAsync(m => m.SubmissionId == submission));
        Assert.True(await check.AuditEntries.AnyAsync(a => a.Action == "parcel.misuse-report-recorded" && a.EntityId == report.Id.ToString() && a.Actor == "officer"));
        var row = (await Reports.ListAsync()).Single(r => r.Id == report.Id);
        Assert.Equal("010-****-5432", row.ContactMasked);
    }

    [Fact]
    public async Task A_report_naming_a_tracking_number_flags_that_parcel_and_a_bad_report_stores_nothing()
    {
        var parcels = await ParcelsAsync("EE202", 2, _ => "P700000000002");
        await using var db = factory.CreateDbContext();
        var before = await db.MisuseReports.CountAsync();

        var bad = await Reports.RecordAsync(Report("P12"), "officer");
        var good = await Reports.RecordAsync(Report(null, parcels[1].TrackingNumber.ToLowerInvariant()), "officer");

        Assert.Contains(bad.Problems, p => p.Field == "reportedCode");
        Assert.Null(bad.Report);
        Assert.Equal([parcels[1].TrackingNumber], good.Report!.Parcels.Select(p => p.TrackingNumber));
        Assert.Equal(before + 1, await db.MisuseReports.CountAsync());
    }

    [Fact]
    public async Task An_open_report_flags_its_codes_later_arrivals_once_with_the_report_as_evidence_on_the_queue()
    {
        var recorded = (await Reports.RecordAsync(Report("P700000000011"), "officer")).Report!;
        Assert.Equal((MisuseReportStatus.Received, 0), (recorded.Status, recorded.FlaggedParcels));

        var parcels = await ParcelsAsync("EE206", 3, i => i == 3 ? "P700000000098" : "P700000000011");

        var report = (await Reports.GetAsync(recorded.Id))!;
        Assert.Equal((MisuseReportStatus.Flagged, 2), (report.Status, report.FlaggedParcels));
        Assert.Equal(parcels.Take(2).Select(p => p.TrackingNumber).Order(), report.Parcels.Select(p => p.TrackingNumber).Order());
        // A repeated delivery of the same arrivals flags nothing more.
        Assert.Equal(0, await Reports.FlagArrivalsAsync(parcels.Select(p => p.Id).ToList()));
        await using var db = factory.CreateDbContext();
        var flags = await db.ParcelFlags.AsNoTracking().Where(f => f.Code == ParcelFlagCodes.CitizenReport && f.Parcel!.TrackingNumber.StartsWith("EE206")).ToListAsync();
        Assert.Equal(parcels.Take(2).Select(p => p.Id).Order(), flags.Select(f => f.ParcelId).Order());
        Assert.All(flags, f => Assert.StartsWith($"Citizen report #{report.Id} (Phone", f.EvidenceEn));
        Assert.All(flags, f => Assert.StartsWith($"시민 신고 #{report.Id} (전화", f.EvidenceKo));
        Assert.Equal(parcels[1].TrackingNumber, flags.Single(f => f.ParcelId == parcels[0].Id).RelatedTrackingNumbers);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "parcel.misuse-report-flagged-arrivals" && a.EntityId == report.Id.ToString()
            && a.Actor == MisuseReportService.ArrivalActor));

        var queue = await factory.Services.GetRequiredService<ParcelQueueQuery>()
            .GetPageAsync(new ParcelQueueFilter(FlagCode: ParcelFlagCodes.CitizenReport, Seller: null), new PageRequest(0, 500, null, true), "officer");
        var onQueue = queue.Items.Where(r => r.TrackingNumber.StartsWith("EE206")).ToList();
        Assert.Equal(parcels.Take(2).Select(p => p.Id).Order(), onQueue.Select(r => r.Id).Order());
        Assert.All(onQueue, r => Assert.Contains(ParcelFlagCodes.CitizenReport, r.Flags));
        var dossier = await factory.Services.GetRequiredService<ParcelDossierQuery>().GetAsync(parcels[0].Id);
        Assert.Contains(dossier!.Flags, f => f.Code == ParcelFlagCodes.CitizenReport && f.EvidenceEn.StartsWith($"Citizen report #{report.Id} "));
    }

    [Fact]
    public async Task A_closed_report_does_not_flag_later_arrivals()
    {
        var report = (await Reports.RecordAsync(Report("P700000000012"), "officer")).Report!;
        await Reports.CloseAsync(report.Id, report.Version, "Resolved with the citizen", "officer");

        var parcels = await ParcelsAsync("EE207", 2, _ => "P700000000012");

        await using var db = factory.CreateDbContext();
        Assert.False(await db.ParcelFlags.AnyAsync(f => f.Code == ParcelFlagCodes.CitizenReport && f.Parcel!.TrackingNumber.StartsWith("EE207")));
        Assert.Equal((MisuseReportStatus.Closed, 0), ((await Reports.GetAsync(report.Id))!.Status, (await Reports.GetAsync(report.Id))!.FlaggedParcels));
        Assert.Equal(2, parcels.Count);
    }

    [Fact]
    public async Task Two_officers_closing_the_same_report_cannot_both_succeed()
    {
        var report = (await Reports.RecordAsync(Report("P700000000003"), "officer")).Report!;

        await Reports.CloseAsync(report.Id, report.Version, "Referred to investigations", "officer");
        var second = await Assert.ThrowsAsync<MisuseReportConflictException>(() => Reports.CloseAsync(report.Id, report.Version, "duplicate", "supervisor"));

        Assert.Equal("ReportChangedByOther", second.Key);
        var closed = (await Reports.GetAsync(report.Id))!;
        Assert.Equal((MisuseReportStatus.Closed, "officer"), (closed.Status, closed.ClosedBy));
    }

    [Theory]
    [InlineData(Roles.Officer, HttpStatusCode.OK)]
    [InlineData(Roles.Supervisor, HttpStatusCode.OK)]
    [InlineData(Roles.Analyst, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Admin, HttpStatusCode.Forbidden)]
    public async Task The_duty_estimate_and_report_apis_are_for_the_desk_roles(string role, HttpStatusCode expected)
    {
        var user = "citizen-" + role.ToLowerInvariant();
        await factory.EnsureUserAsync(user, role);
        using var client = await factory.CreateClientForAsync(user);

        var duty = await client.PostAsJsonAsync("/api/parcels/duty-estimate", new { goodsType = "clothing", value = 250, currency = "USD", originCountry = "CN" });
        var report = await client.PostAsJsonAsync("/api/parcels/misuse-reports", Report("P700000000004"));

        Assert.Equal(expected, duty.StatusCode);
        Assert.Equal(expected == HttpStatusCode.OK ? HttpStatusCode.Created : expected, report.StatusCode);
        if (expected != HttpStatusCode.OK) return;
        var body = await duty.Content.ReadAsStringAsync();
        Assert.Contains("\"clearance\":\"general\"", body);
        Assert.Contains("\"dutyRate\":0.13", body);
    }

    [Fact]
    public async Task Bad_duty_questions_are_422_per_field_and_anonymous_callers_401()
    {
        await factory.EnsureUserAsync("citizen-officer", Roles.Officer);
        using var client = await factory.CreateClientForAsync("citizen-officer");

        var response = await client.PostAsJsonAsync("/api/parcels/duty-estimate", new { goodsType = "clothing", value = -1, currency = "US", originCountry = "CN" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"value\"", body);
        Assert.Contains("\"currency\"", body);
        Assert.DoesNotContain("\"originCountry\"", body);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().PostAsJsonAsync("/api/parcels/duty-estimate", new { value = 1 })).StatusCode);
    }

    private Task<AssistantAnswer> AskAsync(ClaimsPrincipal user, string question, int? parcelId = null) =>
        factory.Services.GetRequiredService<AssistantService>().AskAsync(user, question, new PageContextSnapshot(ParcelId: parcelId), remember: false);

    /// <summary>A parcel held for documents with a recorded reason and a citizen-report flag.</summary>
    private async Task<ExpressParcel> HeldParcelAsync(string prefix)
    {
        var parcel = (await ParcelsAsync(prefix, 1, _ => "P700000000005"))[0];
        await using var db = factory.CreateDbContext();
        if (!await db.ParcelDecisions.AnyAsync(d => d.ParcelId == parcel.Id))
        {
            // The report first: it flags open parcels only, which then go to the desk and get held.
            await Reports.RecordAsync(Report(null, parcel.TrackingNumber), "officer");
            await db.Parcels.Where(p => p.Id == parcel.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, ParcelStatus.HeldForDocuments));
            db.ParcelDecisions.Add(new ParcelDecision { ParcelId = parcel.Id, Action = ParcelAction.HoldForDocuments, Outcome = ParcelOutcome.Pending,
                Note = "Invoice needed from 홍길동1", DecidedBy = "officer", DecidedAtUtc = DateTime.UtcNow, Source = RecordSource.Api });
            await db.SaveChangesAsync();
        }
        return parcel;
    }

    [Fact]
    public async Task Why_is_this_parcel_held_is_answered_in_english_and_korean_with_the_decision_flags_citation_and_masked_recipient()
    {
        var parcel = await HeldParcelAsync("EE203");

        var en = await AskAsync(AssistantTestData.Officer, $"why is parcel {parcel.TrackingNumber} held?");
        var ko = await AskAsync(AssistantTestData.Officer, $"{parcel.TrackingNumber} 물품 왜 보류됐어?");
        var page = await AskAsync(AssistantTestData.Officer, "why is this parcel on hold?", parcel.Id);

        Assert.Contains("is held for documents", en.Answer);
        Assert.Contains("Invoice needed from", en.Answer);
        // The flag in words only: answers never show raw codes (issue #14).
        Assert.Contains("citizen's misuse report", en.Answer);
        Assert.DoesNotContain("[citizen-report]", en.Answer);
        Assert.Contains("서류 보완 대기", ko.Answer);
        Assert.Contains("시민 도용 신고", ko.Answer);
        Assert.Contains(parcel.TrackingNumber, page.Answer);
        foreach (var answer in new[] { en, ko, page })
        {
            Assert.DoesNotContain(parcel.RecipientName, answer.Answer);
            Assert.DoesNotContain(parcel.RecipientPhone!, answer.Answer);
            Assert.Contains(answer.Citations, c => c.Link == $"/parcels/{parcel.Id}");
            Assert.Contains(answer.ToolCalls, c => (c.Plugin, c.Function) == ("parcels", "parcel_status"));
        }
    }

    [Fact]
    public async Task Only_the_desk_roles_may_ask_why_a_parcel_is_held()
    {
        var parcel = await HeldParcelAsync("EE204");

        var analyst = await AskAsync(AssistantTestData.Analyst, $"why is parcel {parcel.TrackingNumber} held?");

        Assert.Contains("Officers and Supervisors only", analyst.Answer);
        Assert.DoesNotContain("held for documents", analyst.Answer);
        Assert.DoesNotContain(analyst.Citations, c => c.Link.StartsWith("/parcels/"));
    }

    [Fact]
    public async Task How_much_tax_will_i_pay_is_answered_in_english_and_korean_from_the_duty_estimator_with_citations()
    {
        var under = await AskAsync(AssistantTestData.Analyst, "how much tax will I pay on a jacket for USD 180 from the US?");
        var over = await AskAsync(AssistantTestData.Officer, "how much tax will I pay on a jacket for USD 250 from China?");
        var ko = await AskAsync(AssistantTestData.Officer, "중국에서 250달러 재킷 사면 세금 얼마야?");

        Assert.Contains("List clearance", under.Answer);
        Assert.Contains("Total to pay: 0 KRW", under.Answer);
        Assert.Contains("General clearance", over.Answer);
        Assert.Contains("13 %: default rate for clothing", over.Answer);
        Assert.Contains("일반통관", ko.Answer);
        Assert.Contains("납부 합계", ko.Answer);
        Assert.Equal(over.Answer.Split("Total to pay: ")[1].TrimEnd('.'), ko.Answer.Split("납부 합계: ")[1].TrimEnd('.'));
        foreach (var answer in new[] { under, over, ko })
        {
            Assert.Contains(answer.ToolCalls, c => (c.Plugin, c.Function) == ("parcels", "estimate_personal_duty"));
            Assert.Contains(answer.Citations, c => c.Link == "/parcels/duty");
            Assert.Contains(answer.Citations, c => c.Link.StartsWith("/reference/exchange-rates?currency=USD"));
        }
    }
}
