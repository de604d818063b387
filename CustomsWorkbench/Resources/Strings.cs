namespace CustomsWorkbench.Resources;

/// <summary>Marker for the UI strings in Strings.resx (English) and Strings.ko.resx (Korean).</summary>
public class Strings;
