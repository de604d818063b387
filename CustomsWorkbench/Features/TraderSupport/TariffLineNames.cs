using CustomsWorkbench.Platform.Demo.Reference;
using CustomsWorkbench.Platform.Records;

namespace CustomsWorkbench.Features.TraderSupport;

/// <summary>The names of the HSK 10-digit lines the workbench knows, in the reader's language (Korean in the Korean UI).</summary>
public static class TariffLineNames
{
    private static readonly Lazy<Dictionary<string, (string En, string Ko)>> Names = new(() =>
        ReferenceDataFiles.Shipped.TariffCodes().ToDictionary(t => t.Code, t => (t.DescriptionEn, t.DescriptionKo)));

    /// <summary>Null for a code the workbench has no line for.</summary>
    public static string? Of(string code, bool korean) =>
        Names.Value.TryGetValue(code, out var n) ? korean && !string.IsNullOrWhiteSpace(n.Ko) ? n.Ko : n.En : null;

    public static string? Of(string code) => Of(code, UiLanguage.IsKorean);
}
