using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Platform;

namespace CustomsWorkbench.Features.RiskSelection.Desk;

/// <summary>Which part of the queue the officer looks at. Active = not yet decided (open or claimed).</summary>
public enum QueueView { Active, Unclaimed, Mine, ClaimedByOthers, AwaitingOutcome, Closed, All }

/// <summary>The queue's filters. Every condition is on DeclarationTriage columns (indexed), so the count never joins.</summary>
public sealed record QueueFilter(
    QueueView View = QueueView.Active,
    Channel? Channel = null,
    int? OfficeId = null,
    string? TariffPrefix = null,
    string? Importer = null,
    double? MinScore = null,
    double? MaxScore = null,
    DateOnly? From = null,
    DateOnly? To = null,
    QueuePeriod Period = QueuePeriod.All)
{
    /// <summary>The shift's default: my office's open work of today (all offices for staff of no one office).</summary>
    public static QueueFilter Shift(int? officeId) => new(OfficeId: officeId, Period: QueuePeriod.Today);
}

/// <summary>
/// One queue row. Init properties (not positional) so EF Core can sort on any column; the claim state is settable
/// because live ItemChanged events update the row in place on an open grid.
/// </summary>
public sealed record QueueRow
{
    public int DeclarationId { get; init; }
    public string Number { get; init; } = "";
    public DateOnly Date { get; init; }
    public int ImporterId { get; init; }
    public string ImporterCode { get; init; } = "";
    public string ImporterName { get; init; } = "";
    public string OfficeEn { get; init; } = "";
    public string OfficeKo { get; init; } = "";
    public string TariffCode { get; init; } = "";
    public string Origin { get; init; } = "";
    public double TotalCif { get; init; }
    public double Score { get; init; }
    public Channel Channel { get; init; }
    public SelectionReason Reason { get; init; }
    public string ModelVersion { get; init; } = "";
    /// <summary>Start of the service-time clock; null for history processed before the workbench (its age counts from its date).</summary>
    public DateTime? ArrivedAtUtc { get; init; }
    public TriageStatus Status { get; set; }
    public string? ClaimedBy { get; set; }
    public Channel? DecidedChannel { get; set; }
    /// <summary>When the channel was decided: the service-time clock stops there.</summary>
    public DateTime? DecidedAtUtc { get; set; }
}
