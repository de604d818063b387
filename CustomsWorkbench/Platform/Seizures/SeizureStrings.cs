namespace CustomsWorkbench.Platform.Seizures;

/// <summary>Marker for the seizure vocabulary's resources (SeizureStrings.resx, SeizureStrings.ko.resx).</summary>
public class SeizureStrings;
