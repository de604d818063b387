using System.Globalization;
using Microsoft.Extensions.Localization;

namespace CustomsWorkbench.Platform.Seizures;

/// <summary>A seizure's codes and quantity as a user reads them, in the current culture (lists and the dossier alike).</summary>
public static class SeizureWords
{
    public static string Of(IStringLocalizer<SeizureStrings> l, SeizureVocabulary.List list, string? code) => l[SeizureVocabulary.Key(list, code)];

    /// <summary>"1.74 kg": every recorded decimal shown, never rounded (up to the three decimals the form accepts).</summary>
    public static string Quantity(IStringLocalizer<SeizureStrings> l, decimal quantity, string? unit)
    {
        var number = quantity.ToString("#,0.###", CultureInfo.CurrentCulture);
        return unit is null ? number : $"{number} {Of(l, SeizureVocabulary.List.Unit, unit)}";
    }
}
