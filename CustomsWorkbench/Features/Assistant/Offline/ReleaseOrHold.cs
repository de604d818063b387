using System.Text.RegularExpressions;

namespace CustomsWorkbench.Features.Assistant.Offline;

/// <summary>
/// Whether a command asks to release or to hold a declaration. Hold words win over release words ("hold off on
/// releasing it" is a hold), since holding by mistake is the recoverable error.
/// </summary>
public static partial class ReleaseOrHold
{
    public const string Release = "release";
    public const string Hold = "hold";

    public static string? Of(string text) => HoldWords().IsMatch(text) ? Hold : ReleaseWords().IsMatch(text) ? Release : null;

    [GeneratedRegex(@"\bhold\b|\bheld\b|\bstop\b|보류|정지|멈춰", RegexOptions.IgnoreCase)]
    private static partial Regex HoldWords();
    [GeneratedRegex(@"\breleas(e|ed|ing)\b|\bclear(ed)?\s+(it|this|for release|\d)|\blet\b.*\bgo\b|반출|수리해|통관\s*허용|통관\s*허가|풀어", RegexOptions.IgnoreCase)]
    private static partial Regex ReleaseWords();
}
