using Microsoft.Extensions.Localization;

namespace CustomsWorkbench.Features.XRay.Review;

/// <summary>How long a scan has waited, in the largest whole unit (minutes, hours, days), through XRayStrings.</summary>
public static class ScanAge
{
    public static string Format(IStringLocalizer localizer, TimeSpan age)
    {
        if (age < TimeSpan.Zero) age = TimeSpan.Zero;
        return age.TotalHours < 1 ? string.Format(localizer["AgeMinutes"], (int)age.TotalMinutes)
            : age.TotalDays < 1 ? string.Format(localizer["AgeHours"], (int)age.TotalHours)
            : string.Format(localizer["AgeDays"], (int)age.TotalDays);
    }
}
