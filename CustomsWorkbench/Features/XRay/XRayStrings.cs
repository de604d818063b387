namespace CustomsWorkbench.Features.XRay;

/// <summary>Marker for the strings in XRayStrings.resx (English) and XRayStrings.ko.resx (Korean).</summary>
public class XRayStrings;
