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
    /// <summary>A second name with a second phone at a second address (another household) is suspicious at once.</summary>
    public bool MisuseSecondHousehold { get; init; } = true;
    /// <summary>When the most-seen identities on a suspicious code tie, none is taken for the holder and all are flagged.</summary>
    public bool MisuseTieHasNoHolder { get; init; } = true;
    /// <summary>Parcels of one purchase arrive within this many days of each other.</summary>
    public int SplitWindowDays { get; init; } = 2;
    public int ResaleWindowDays { get; init; } = 90;
    /// <summary>Same goods this many times in the window, with more than <see cref="ResaleRepeatFactor"/> times the personal-use quantity in all, is resale.</summary>
    public int ResaleRepeatParcels { get; init; } = 2;
    public double ResaleRepeatFactor { get; init; } = 1.5;
    public int UndervaluedMinPeers { get; init; } = 20;
    /// <summary>Peers are the most recent earlier parcels of the same goods, at most this many (bounded work, follows price moves).</summary>
    public int UndervaluedMaxPeers { get; init; } = 200;
    /// <summary>Unit value at most this share of the peers' median...</summary>
    public double UndervaluedRatio { get; init; } = 0.4;
    /// <summary>...and this many robust standard deviations (1.4826 × MAD, on log prices) below it.</summary>
    public double UndervaluedRobustZ { get; init; } = 3;
}
