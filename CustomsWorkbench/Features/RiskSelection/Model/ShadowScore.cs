namespace CustomsWorkbench.Features.RiskSelection.Model;

/// <summary>
/// What a risk model in shadow mode said about an arriving declaration, beside what the active model said. Never read
/// by the queue or the planner: shadow mode changes no channel.
/// </summary>
public class ShadowScore
{
    public long Id { get; set; }
    public required string ShadowVersion { get; set; }
    public required string ActiveVersion { get; set; }
    public int DeclarationId { get; set; }
    public DateOnly Date { get; set; }
    public int OfficeId { get; set; }
    public double Score { get; set; }
    public double ActiveScore { get; set; }
    /// <summary>The planner's channel had the shadow model been active.</summary>
    public Channel Channel { get; set; }
    public Channel ActiveChannel { get; set; }
    public DateTime ScoredAtUtc { get; set; }
}
