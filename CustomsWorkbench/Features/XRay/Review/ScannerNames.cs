using Microsoft.Extensions.Localization;

namespace CustomsWorkbench.Features.XRay.Review;

/// <summary>Scanner names as officers read them: the known installations through XRayStrings, any other (an upload's free text) as given.</summary>
public static class ScannerNames
{
    private static readonly Dictionary<string, string> Keys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Busan New Port MCS-1"] = "Scanner_BusanMcs1",
        ["Incheon CIS-3"] = "Scanner_IncheonCis3",
        ["Parcel line 2 (dual-energy)"] = "Scanner_ParcelLine2",
        ["upload"] = "Scanner_Upload",
        ["test"] = "Scanner_Test",
    };

    public static string Localize(IStringLocalizer localizer, string scanner) =>
        Keys.TryGetValue(scanner, out var key) ? localizer[key] : scanner;
}
