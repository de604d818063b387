namespace CustomsWorkbench.Platform.Import;

/// <summary>Marker for the import page's strings in ImportStrings.resx (English) and ImportStrings.ko.resx (Korean).</summary>
public class ImportStrings;
