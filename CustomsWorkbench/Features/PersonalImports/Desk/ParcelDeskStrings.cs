namespace CustomsWorkbench.Features.PersonalImports.Desk;

/// <summary>Marker for the parcel desk's strings (ParcelDeskStrings.resx / .ko.resx).</summary>
public class ParcelDeskStrings;
