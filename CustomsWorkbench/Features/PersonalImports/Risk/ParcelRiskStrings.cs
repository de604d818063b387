namespace CustomsWorkbench.Features.PersonalImports.Risk;

/// <summary>Marker for the strings in ParcelRiskStrings.resx (English) and ParcelRiskStrings.ko.resx (Korean).</summary>
public class ParcelRiskStrings;
