namespace CustomsWorkbench.Features.RiskSelection.Desk;

/// <summary>
/// Section "RiskDesk". A release (green) at or above <see cref="HighScoreRelease"/> goes to supervisor review; a green
/// recommendation at or above it that the capacity plan released says so ("red capacity full").
/// </summary>
public sealed class RiskDeskOptions
{
    public const string Section = "RiskDesk";
    public double HighScoreRelease { get; set; } = 0.5;
    /// <summary>Minutes from arrival to decision an office aims at; the queue's clock turns amber past it (and red past twice it).</summary>
    public int ServiceTargetMinutes { get; set; } = 30;
}
