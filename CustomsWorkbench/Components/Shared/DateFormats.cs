namespace CustomsWorkbench.Components.Shared;

/// <summary>
/// The one way lists and pages write dates, in both languages: ISO day (2026-12-03) and day with minutes, server-local.
/// The culture's short date ("12/3/2026", "2026. 12. 3.") would give each list its own look.
/// </summary>
public static class DateFormats
{
    public const string Day = "yyyy-MM-dd";
    public const string Minute = "yyyy-MM-dd HH:mm";
}
