using CustomsWorkbench.Platform.Records;

namespace CustomsWorkbench.Components.Shared;

/// <summary>
/// The one way pages write dates: the culture's list format (<see cref="DayFormat"/>: 2026-12-03 in Korean, 03 Dec 2026 in
/// English), and the same with minutes, server-local. The culture's short date ("12/3/2026", "2026. 12. 3.") would give
/// each page its own look.
/// </summary>
public static class DateFormats
{
    public static string Day => DayFormat.Current;
    public static string Minute => DayFormat.Current + " HH:mm";
}
