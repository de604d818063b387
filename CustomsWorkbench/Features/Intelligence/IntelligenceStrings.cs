namespace CustomsWorkbench.Features.Intelligence;

/// <summary>Marker for the strings in IntelligenceStrings.resx (English) and IntelligenceStrings.ko.resx (Korean).</summary>
public class IntelligenceStrings;
