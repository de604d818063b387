using CustomsWorkbench.Platform;
using CustomsWorkbench.Platform.Data.Entities;

namespace CustomsWorkbench.Features.PersonalImports.Desk;

/// <summary>Which part of the parcel desk the officer looks at. Open = waiting for a decision (the worklist).</summary>
public enum ParcelQueueView { Open, Mine, HeldForDocuments, AwaitingOutcome, Decided, All }

/// <summary>
/// The parcel queue's filters: view, flag code, office, seller (starts with), arrival dates and the shift's period
/// (today, the backlog of earlier days, or every day; by arrival date).
/// </summary>
public sealed record ParcelQueueFilter(
    ParcelQueueView View = ParcelQueueView.Open,
    string? FlagCode = null,
    int? OfficeId = null,
    string? Seller = null,
    DateOnly? From = null,
    DateOnly? To = null,
    QueuePeriod Period = QueuePeriod.All)
{
    /// <summary>The shift's default, like the risk queue's: my office's open parcels of today (all offices for staff of no one office).</summary>
    public static ParcelQueueFilter Shift(int? officeId) => new(OfficeId: officeId, Period: QueuePeriod.Today);
}

/// <summary>
/// One queue row. Init properties so EF Core can project and sort; claim and status are settable because live
/// "parcel-changed" events update an open row in place.
/// </summary>
public sealed record ParcelQueueRow
{
    public int Id { get; init; }
    public string TrackingNumber { get; init; } = "";
    public DateOnly ArrivedOn { get; init; }
    public string RecipientName { get; init; } = "";
    public string PersonalCustomsCode { get; init; } = "";
    public string SenderName { get; init; } = "";
    public string Origin { get; init; } = "";
    public string GoodsDescription { get; init; } = "";
    public double DeclaredValueUsd { get; init; }
    public string OfficeEn { get; init; } = "";
    public string OfficeKo { get; init; } = "";
    public double? RiskScore { get; init; }
    public ParcelStatus Status { get; set; }
    public string? ClaimedBy { get; set; }
    public IReadOnlyList<string> Flags { get; set; } = [];
}
