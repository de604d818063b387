namespace CustomsWorkbench.Platform.Realtime;

/// <summary>Marker for the strings in RealtimeStrings.resx (English) and RealtimeStrings.ko.resx (Korean).</summary>
public class RealtimeStrings;
