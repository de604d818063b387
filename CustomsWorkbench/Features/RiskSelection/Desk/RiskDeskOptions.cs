namespace CustomsWorkbench.Features.RiskSelection.Desk;

/// <summary>Section "RiskDesk". A release (green) at or above <see cref="HighScoreRelease"/> goes to supervisor review.</summary>
public sealed class RiskDeskOptions
{
    public const string Section = "RiskDesk";
    public double HighScoreRelease { get; set; } = 0.5;
}
