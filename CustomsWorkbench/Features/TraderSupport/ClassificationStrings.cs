namespace CustomsWorkbench.Features.TraderSupport;

/// <summary>Marker for the strings in ClassificationStrings.resx (English) and ClassificationStrings.ko.resx (Korean).</summary>
public class ClassificationStrings;
