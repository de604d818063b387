namespace CustomsWorkbench.Features.TraderSupport;

/// <summary>Marker for the strings in TraderStrings.resx (English) and TraderStrings.ko.resx (Korean).</summary>
public class TraderStrings;
