namespace CustomsWorkbench.Features.RiskSelection.Model;

/// <summary>
/// A supervisor's daily selection capacity for one office: how many declarations a day it can inspect (red) and
/// document-check (yellow). Without a row the office keeps the share-based capacity of <c>Workbench:Risk</c>.
/// <see cref="Version"/> is the concurrency token: of two supervisors editing at once, one wins.
/// </summary>
public class OfficeCapacity
{
    public const int MaxPerDay = 10_000;

    public int OfficeId { get; set; }
    public int RedPerDay { get; set; }
    public int YellowPerDay { get; set; }
    public required string UpdatedBy { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}
