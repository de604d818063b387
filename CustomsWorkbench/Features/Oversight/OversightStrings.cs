namespace CustomsWorkbench.Features.Oversight;

/// <summary>Marker for the strings in OversightStrings.resx (English) and OversightStrings.ko.resx (Korean).</summary>
public class OversightStrings;
