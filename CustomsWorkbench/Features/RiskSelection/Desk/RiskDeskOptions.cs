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
    /// <summary>
    /// Seconds during which an officer may undo a recorded result (RiskDesk:UndoSeconds, 0 to 600; 0 = no undo, effects
    /// at once). The label and seizure case are written when the window ends.
    /// </summary>
    public int UndoSeconds { get; set; } = 30;

    public TimeSpan UndoWindow => TimeSpan.FromSeconds(Math.Clamp(UndoSeconds, 0, 600));
}
