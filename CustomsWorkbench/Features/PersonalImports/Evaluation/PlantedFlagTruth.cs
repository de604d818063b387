using CustomsWorkbench.Features.PersonalImports.Flags;
using CustomsWorkbench.Platform.Data.Entities;

namespace CustomsWorkbench.Features.PersonalImports.Evaluation;

/// <summary>Which flag should catch which planted pattern.</summary>
public static class PlantedFlagTruth
{
    public static string? FlagFor(FraudPattern pattern) => pattern switch
    {
        FraudPattern.IdentityMisuse => ParcelFlagCodes.PcccMisuse,
        FraudPattern.SplitShipment => ParcelFlagCodes.SplitShipment,
        FraudPattern.Resale => ParcelFlagCodes.Resale,
        FraudPattern.CombinedTaxation => ParcelFlagCodes.CombinedTaxation,
        FraudPattern.OverDeMinimis => ParcelFlagCodes.OverDeMinimis,
        FraudPattern.UndervaluedParcel => ParcelFlagCodes.Undervalued,
        FraudPattern.RestrictedGoods => ParcelFlagCodes.RestrictedGoods,
        _ => null,
    };

    public static readonly IReadOnlyList<string> AllFlags =
    [
        ParcelFlagCodes.PcccMisuse, ParcelFlagCodes.SplitShipment, ParcelFlagCodes.Resale, ParcelFlagCodes.CombinedTaxation,
        ParcelFlagCodes.OverDeMinimis, ParcelFlagCodes.Undervalued, ParcelFlagCodes.RestrictedGoods,
    ];

    /// <summary>Tracking numbers per flag code, from (tracking number, pattern) pairs.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> ByFlag(IEnumerable<(string Tracking, FraudPattern Pattern)> truth)
    {
        var sets = AllFlags.ToDictionary(f => f, _ => new HashSet<string>(StringComparer.Ordinal));
        foreach (var (tracking, pattern) in truth)
        {
            if (FlagFor(pattern) is { } flag) sets[flag].Add(tracking);
        }
        return sets.ToDictionary(kv => kv.Key, kv => (IReadOnlySet<string>)kv.Value);
    }
}
