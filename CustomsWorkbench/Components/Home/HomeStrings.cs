namespace CustomsWorkbench.Components.Home;

/// <summary>Marker for the home page's strings in HomeStrings.resx (English) and HomeStrings.ko.resx (Korean).</summary>
public class HomeStrings;
