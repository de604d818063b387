namespace CustomsWorkbench.Features.RiskSelection.Model;

/// <summary>
/// A supervisor-authored selectivity rule. Rules are versioned: editing adds a new row with the same
/// <see cref="RuleKey"/> and Version + 1, and only the newest version is <see cref="IsLatest"/>. Empty conditions match anything.
/// </summary>
public class SelectivityRule
{
    public int Id { get; set; }
    public required string RuleKey { get; set; }
    public int Version { get; set; }
    public bool IsLatest { get; set; }
    public bool Enabled { get; set; } = true;
    public required string Name { get; set; }
    public required string Reason { get; set; }
    public string? TariffPrefix { get; set; }
    public string? OriginCountryCode { get; set; }
    public string? ImporterCode { get; set; }
    public string? DeclarantCode { get; set; }
    /// <summary>Declared unit value divided by the tariff×origin peer median; the rule matches at or below this.</summary>
    public double? MaxValueRatio { get; set; }
    public bool? FtaPreferenceClaimed { get; set; }
    public Channel Channel { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}
