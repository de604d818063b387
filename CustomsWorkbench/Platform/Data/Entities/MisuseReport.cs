namespace CustomsWorkbench.Platform.Data.Entities;

/// <summary>How a citizen's report reached customs.</summary>
public enum ReportChannel { Phone, Email, Visit, Web, Letter }

/// <summary>Received: no open parcel matched yet; Flagged: flags were raised on open parcels; Closed: an officer closed it.</summary>
public enum MisuseReportStatus { Received, Flagged, Closed }

/// <summary>
/// A citizen's report that their personal customs code (개인통관고유부호) or a parcel in their name was misused, as an
/// officer recorded it. A report naming a code or tracking number raises a citizen-report flag on the matching open parcels.
/// </summary>
public class MisuseReport
{
    public int Id { get; set; }
    /// <summary>The form's one-time key: a repeated submission returns the first report instead of storing a second.</summary>
    public Guid SubmissionId { get; set; }
    public string? ReportedCode { get; set; }
    public string? TrackingNumber { get; set; }
    /// <summary>The reporter's phone or e-mail, shown masked in lists.</summary>
    public required string ReporterContact { get; set; }
    public required string WhatHappened { get; set; }
    public ReportChannel Channel { get; set; }
    public DateTime ReceivedAtUtc { get; set; }
    public required string RecordedBy { get; set; }
    public DateTime RecordedAtUtc { get; set; }
    public MisuseReportStatus Status { get; set; }
    /// <summary>How many parcels got the citizen-report flag: open ones when recorded, and later arrivals while the report is open.</summary>
    public int FlaggedParcels { get; set; }
    public string? ClosedBy { get; set; }
    public string? ClosingNote { get; set; }
    /// <summary>Bumped on every change so two officers acting on the same report cannot both succeed.</summary>
    public int Version { get; set; }
}
