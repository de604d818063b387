namespace CustomsWorkbench.Features.RiskSelection.Desk;

/// <summary>Marker for the strings in RiskDeskStrings.resx (English) and RiskDeskStrings.ko.resx (Korean).</summary>
public class RiskDeskStrings;
