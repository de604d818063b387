namespace CustomsWorkbench.Features.Assistant.Export;

/// <summary>A safe download file name from a draft title ("Inspection report — 41017-26-0001234" → "Inspection-report-41017-26-0001234").</summary>
public static class DraftFileName
{
    public static string For(string title)
    {
        var kept = new string((title ?? "").Select(c => char.IsLetterOrDigit(c) || c == '-' ? c : ' ').ToArray());
        var name = string.Join('-', kept.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return name.Length == 0 ? "draft" : name.Length > 80 ? name[..80] : name;
    }
}
