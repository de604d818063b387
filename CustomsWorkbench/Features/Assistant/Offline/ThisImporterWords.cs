using System.Text.RegularExpressions;

namespace CustomsWorkbench.Features.Assistant.Offline;

/// <summary>Whether a request points at the open page's importer ("this importer", "이 수입자"), which alone scopes a seizure search to it.</summary>
public static partial class ThisImporterWords
{
    public static bool In(string text) => Words().IsMatch(text);

    [GeneratedRegex(@"\b(this|that|the same) (importer|trader|company|consignee|firm)('s)?\b|(이|그|해당|같은)\s?(수입자|수입업체|업체|회사|화주)", RegexOptions.IgnoreCase)]
    private static partial Regex Words();
}
