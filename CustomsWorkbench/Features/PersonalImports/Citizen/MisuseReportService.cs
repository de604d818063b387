using System.Globalization;
using System.Resources;
using CustomsWorkbench.Features.PersonalImports.Flags;
using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.PersonalImports.Citizen;

/// <summary>One row of the reports list: the reporter's contact masked, what happened shortened.</summary>
public sealed record MisuseReportRow(int Id, string? ReportedCode, string? TrackingNumber, string ContactMasked, string Summary, ReportChannel Channel,
    DateTime ReceivedAtUtc, string RecordedBy, MisuseReportStatus Status, int FlaggedParcels);

/// <summary>A parcel a report flagged, as its page shows it.</summary>
public sealed record ReportedParcel(int ParcelId, string TrackingNumber, DateOnly ArrivedOn, ParcelStatus Status);

/// <summary>One report in full, for the officer who opens it.</summary>
public sealed record MisuseReportView(int Id, string? ReportedCode, string? TrackingNumber, string ReporterContact, string WhatHappened,
    ReportChannel Channel, DateTime ReceivedAtUtc, string RecordedBy, DateTime RecordedAtUtc, MisuseReportStatus Status, int FlaggedParcels,
    string? ClosedBy, string? ClosingNote, int Version, IReadOnlyList<ReportedParcel> Parcels);

/// <summary>The stored report (or the one stored by an earlier send of the same form), or why nothing was stored.</summary>
public sealed record MisuseReportResult(MisuseReportView? Report, IReadOnlyList<FieldProblem> Problems, bool Repeated = false);

/// <summary>Closing a report that another officer changed first, or that is already closed: nothing was changed.</summary>
public sealed class MisuseReportConflictException(string key) : InvalidOperationException(key)
{
    public string Key { get; } = key;
}

/// <summary>
/// Citizens' misuse reports, recorded by officers. Recording is all-or-nothing and idempotent (by the form's submission
/// id): the report and the citizen-report flags on the named code's or tracking number's open parcels are stored in one
/// transaction, so the parcels land in the desk queue with the report as evidence. While a report is open it also flags
/// the code's later arrivals (<see cref="FlagArrivalsAsync"/>). Every step is on the audit trail.
/// </summary>
public sealed class MisuseReportService(IDbContextFactory<WorkbenchDbContext> factory, IAuditLog audit, TimeProvider clock)
{
    /// <summary>A code misused hundreds of times still flags a bounded number of parcels per report (the newest first).</summary>
    public const int MaxParcelsFlagged = 500;
    public const int SummaryLength = 60;
    /// <summary>The audit actor for flags raised on arrival (no officer acts; the open report does).</summary>
    public const string ArrivalActor = "misuse-reports";
    private static readonly ResourceManager Strings = new(typeof(CitizenStrings));

    public async Task<MisuseReportResult> RecordAsync(MisuseReportRequest? request, string user, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var problems = MisuseReportRules.Problems(request, now);
        if (problems.Count > 0) return new(null, problems);
        var r = request!;
        if (await FindBySubmissionAsync(r.SubmissionId, ct) is { } earlier) return new(earlier, [], Repeated: true);

        var code = MisuseReportRules.Clean(r.ReportedCode) is { } c ? PersonalCustomsCode.Normalise(c) : null;
        var tracking = MisuseReportRules.Clean(r.TrackingNumber)?.ToUpperInvariant();
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var report = new MisuseReport
        {
            SubmissionId = r.SubmissionId, ReportedCode = code, TrackingNumber = tracking, ReporterContact = r.ReporterContact!.Trim(),
            WhatHappened = r.WhatHappened!.Trim(), Channel = r.Channel, ReceivedAtUtc = r.ReceivedAtUtc, RecordedBy = user, RecordedAtUtc = now,
            Status = MisuseReportStatus.Received,
        };
        db.MisuseReports.Add(report);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same form sent twice at once: the other send stored it (the unique submission id refused this one).
            await transaction.RollbackAsync(ct);
            if (await FindBySubmissionAsync(r.SubmissionId, ct) is { } raced) return new(raced, [], Repeated: true);
            throw;
        }

        var parcels = await db.Parcels.Where(p => p.Status == ParcelStatus.Open
                && ((code != null && p.PersonalCustomsCode == code) || (tracking != null && p.TrackingNumber == tracking)))
            .OrderByDescending(p => p.ArrivedOn).ThenByDescending(p => p.Id).Take(MaxParcelsFlagged)
            .Select(p => new { p.Id, p.TrackingNumber }).ToListAsync(ct);
        foreach (var parcel in parcels)
        {
            db.ParcelFlags.Add(Flag(report, parcel.Id, parcels.Where(o => o.Id != parcel.Id).Select(o => o.TrackingNumber), now));
        }
        report.FlaggedParcels = parcels.Count;
        report.Status = parcels.Count > 0 ? MisuseReportStatus.Flagged : MisuseReportStatus.Received;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        await audit.RecordAsync(AuditRecord.Decision(user, "parcel.misuse-report-recorded", nameof(MisuseReport), report.Id.ToString(CultureInfo.InvariantCulture),
            new { report.ReportedCode, report.TrackingNumber, channel = report.Channel.ToString(), report.ReceivedAtUtc, flaggedParcelIds = parcels.Select(p => p.Id) }), ct);
        return new(await GetAsync(report.Id, ct), []);
    }

    /// <summary>
    /// Flags arrived parcels (still open) whose code or tracking number an open report names, with that report as evidence,
    /// and counts them on the report. A repeated delivery, or a parcel the report already flagged when it was recorded, is
    /// not flagged twice; a report closed meanwhile flags nothing; each report stays within <see cref="MaxParcelsFlagged"/>.
    /// </summary>
    public async Task<int> FlagArrivalsAsync(IReadOnlyList<int> parcelIds, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var arrived = new List<(int Id, string Tracking, string Code)>();
        foreach (var chunk in parcelIds.Chunk(1000))
        {
            arrived.AddRange((await db.Parcels.AsNoTracking().Where(p => chunk.Contains(p.Id) && p.Status == ParcelStatus.Open)
                .Select(p => new { p.Id, p.TrackingNumber, p.PersonalCustomsCode }).ToListAsync(ct)).Select(p => (p.Id, p.TrackingNumber, p.PersonalCustomsCode)));
        }
        if (arrived.Count == 0) return 0;
        var codes = arrived.Select(p => p.Code).Distinct().ToList();
        var trackings = arrived.Select(p => p.Tracking).ToList();
        var reports = await db.MisuseReports.AsNoTracking().Where(m => m.Status != MisuseReportStatus.Closed
                && ((m.ReportedCode != null && codes.Contains(m.ReportedCode)) || (m.TrackingNumber != null && trackings.Contains(m.TrackingNumber))))
            .OrderBy(m => m.Id).ToListAsync(ct);
        if (reports.Count == 0) return 0;

        var now = clock.GetUtcNow().UtcDateTime;
        var flagged = new List<(int ReportId, int[] ParcelIds)>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var report in reports)
        {
            var marker = EvidenceMarker(report.Id);
            var candidates = arrived.Where(p => p.Code == report.ReportedCode || p.Tracking == report.TrackingNumber).ToList();
            var ids = candidates.Select(p => p.Id).ToList();
            var already = (await db.ParcelFlags.Where(f => ids.Contains(f.ParcelId) && f.Code == ParcelFlagCodes.CitizenReport && f.EvidenceEn.StartsWith(marker))
                .Select(f => f.ParcelId).ToListAsync(ct)).ToHashSet();
            var fresh = candidates.Where(p => !already.Contains(p.Id)).Take(Math.Max(0, MaxParcelsFlagged - report.FlaggedParcels)).ToList();
            if (fresh.Count == 0) continue;
            // Counted only while the report is still open (an officer may close it while the manifest is being flagged).
            var counted = await db.MisuseReports.Where(m => m.Id == report.Id && m.Status != MisuseReportStatus.Closed)
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.FlaggedParcels, m => m.FlaggedParcels + fresh.Count)
                    .SetProperty(m => m.Status, MisuseReportStatus.Flagged), ct);
            if (counted == 0) continue;
            foreach (var parcel in fresh)
            {
                db.ParcelFlags.Add(Flag(report, parcel.Id, fresh.Where(o => o.Id != parcel.Id).Select(o => o.Tracking), now));
            }
            flagged.Add((report.Id, fresh.Select(p => p.Id).ToArray()));
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        foreach (var (reportId, ids) in flagged)
        {
            await audit.RecordAsync(AuditRecord.Decision(ArrivalActor, "parcel.misuse-report-flagged-arrivals", nameof(MisuseReport),
                reportId.ToString(CultureInfo.InvariantCulture), new { flaggedParcelIds = ids }), ct);
        }
        return flagged.Sum(f => f.ParcelIds.Length);
    }

    public async Task<IReadOnlyList<MisuseReportRow>> ListAsync(int take = FieldLimits.PageSize, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.MisuseReports.AsNoTracking().OrderByDescending(m => m.ReceivedAtUtc).ThenByDescending(m => m.Id)
            .Take(Math.Clamp(take, 1, FieldLimits.PageSize)).ToListAsync(ct);
        return rows.Select(m => new MisuseReportRow(m.Id, m.ReportedCode, m.TrackingNumber, PersonalDataMask.Contact(m.ReporterContact),
            m.WhatHappened.Length <= SummaryLength ? m.WhatHappened : m.WhatHappened[..SummaryLength] + "…", m.Channel, m.ReceivedAtUtc, m.RecordedBy,
            m.Status, m.FlaggedParcels)).ToList();
    }

    public async Task<MisuseReportView?> GetAsync(int id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var m = await db.MisuseReports.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (m is null) return null;
        var evidence = EvidenceMarker(m.Id);
        var parcels = await db.ParcelFlags.AsNoTracking().Where(f => f.Code == ParcelFlagCodes.CitizenReport && f.EvidenceEn.StartsWith(evidence))
            .Select(f => new ReportedParcel(f.ParcelId, f.Parcel!.TrackingNumber, f.Parcel.ArrivedOn, f.Parcel.Status))
            .Take(MaxParcelsFlagged).ToListAsync(ct);
        return new(m.Id, m.ReportedCode, m.TrackingNumber, m.ReporterContact, m.WhatHappened, m.Channel, m.ReceivedAtUtc, m.RecordedBy, m.RecordedAtUtc,
            m.Status, m.FlaggedParcels, m.ClosedBy, m.ClosingNote, m.Version, parcels.OrderByDescending(p => p.ArrivedOn).ToList());
    }

    /// <summary>Closes the report if nobody changed it since <paramref name="version"/> was read.</summary>
    public async Task<MisuseReportView> CloseAsync(int id, int version, string? note, string user, CancellationToken ct = default)
    {
        var text = MisuseReportRules.Clean(note);
        if (text?.Length > FieldLimits.Reason) throw new MisuseReportConflictException("ProblemTooLong");
        await using var db = await factory.CreateDbContextAsync(ct);
        var m = await db.MisuseReports.SingleOrDefaultAsync(x => x.Id == id, ct) ?? throw new MisuseReportConflictException("ReportNotFound");
        if (m.Version != version || m.Status == MisuseReportStatus.Closed) throw new MisuseReportConflictException("ReportChangedByOther");
        (m.Status, m.ClosedBy, m.ClosingNote, m.Version) = (MisuseReportStatus.Closed, user, text, m.Version + 1);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new MisuseReportConflictException("ReportChangedByOther");
        }
        await audit.RecordAsync(AuditRecord.Decision(user, "parcel.misuse-report-closed", nameof(MisuseReport), id.ToString(CultureInfo.InvariantCulture),
            new { note = text }), ct);
        return (await GetAsync(id, ct))!;
    }

    private async Task<MisuseReportView?> FindBySubmissionAsync(Guid submissionId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var id = await db.MisuseReports.AsNoTracking().Where(m => m.SubmissionId == submissionId).Select(m => (int?)m.Id).SingleOrDefaultAsync(ct);
        return id is { } found ? await GetAsync(found, ct) : null;
    }

    /// <summary>How a flag's English evidence begins, so the report's page finds the parcels it flagged.</summary>
    private static string EvidenceMarker(int reportId) => $"Citizen report #{reportId.ToString(CultureInfo.InvariantCulture)} ";

    private static ParcelFlagRecord Flag(MisuseReport report, int parcelId, IEnumerable<string> related, DateTime now)
    {
        var what = report.WhatHappened.Length <= 300 ? report.WhatHappened : report.WhatHappened[..300] + "…";
        string Evidence(string culture)
        {
            var c = CultureInfo.GetCultureInfo(culture);
            var template = Strings.GetString("EvidenceCitizenReport", c)!;
            var channel = Strings.GetString("Channel_" + report.Channel, c)!;
            return string.Format(CultureInfo.InvariantCulture, template, report.Id, channel, report.ReceivedAtUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                report.ReportedCode ?? report.TrackingNumber, what);
        }
        var relatedText = string.Join(';', related.Take(20));
        return new ParcelFlagRecord
        {
            ParcelId = parcelId, Code = ParcelFlagCodes.CitizenReport, EvidenceEn = Cut(Evidence("en")), EvidenceKo = Cut(Evidence("ko")),
            RelatedTrackingNumbers = relatedText, RaisedAtUtc = now,
        };
    }

    private static string Cut(string text) => text.Length <= FieldLimits.Reason ? text : text[..(FieldLimits.Reason - 1)] + "…";
}
