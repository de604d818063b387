namespace CustomsWorkbench.Platform.Reference;

/// <summary>Marker for the reference pages' localized strings.</summary>
public sealed class ReferenceStrings;
