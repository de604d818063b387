namespace CustomsWorkbench.Features.PersonalImports.Flags;

/// <summary>
/// Thresholds of the flag rules. The defaults were chosen on the planted scenario's validation seed
/// (ParcelScenario.ValidationSeed) and reported once on the held-out seed; see docs/benchmarks.md.
/// </summary>
public sealed record ParcelFlagSettings
{
    public static ParcelFlagSettings Default { get; } = new();

    /// <summary>How far back the identities seen on one code are counted.</summary>
    public int MisuseWindowDays { get; init; } = 180;
    /// <summary>Distinct names (or phones) on one code in the window that make it suspicious.</summary>
    public int MisuseDistinctIdentities { get; init; } = 3;
    /// <summary>Parcels of one purchase arrive within this many days of each other.</summary>
    public int SplitWindowDays { get; init; } = 3;
    public int ResaleWindowDays { get; init; } = 90;
    /// <summary>Same goods this many times in the window, with more than twice the personal-use quantity in all, is resale.</summary>
    public int ResaleRepeatParcels { get; init; } = 3;
    public int UndervaluedMinPeers { get; init; } = 20;
    /// <summary>Peers are the most recent earlier parcels of the same goods, at most this many (bounded work, follows price moves).</summary>
    public int UndervaluedMaxPeers { get; init; } = 200;
    /// <summary>Unit value at most this share of the peers' median...</summary>
    public double UndervaluedRatio { get; init; } = 0.4;
    /// <summary>...and this many robust standard deviations (1.4826 × MAD, on log prices) below it.</summary>
    public double UndervaluedRobustZ { get; init; } = 3;
}
