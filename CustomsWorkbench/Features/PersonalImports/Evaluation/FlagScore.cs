using CustomsWorkbench.Features.PersonalImports.Flags;

namespace CustomsWorkbench.Features.PersonalImports.Evaluation;

/// <summary>One flag against planted truth: how many were planted, flagged, and both.</summary>
public sealed record FlagScore(string Code, int Planted, int Flagged, int TruePositives)
{
    /// <summary>1 when nothing was flagged (no false alarm), like recall when nothing was planted.</summary>
    public double Precision => Flagged == 0 ? 1 : (double)TruePositives / Flagged;
    public double Recall => Planted == 0 ? 1 : (double)TruePositives / Planted;

    public static IReadOnlyList<FlagScore> Score(IReadOnlyDictionary<string, IReadOnlyList<ParcelFlag>> flags,
        IReadOnlyDictionary<string, IReadOnlySet<string>> truth) =>
        PlantedFlagTruth.AllFlags.Select(code =>
        {
            var flagged = flags.Where(kv => kv.Value.Any(f => f.Code == code)).Select(kv => kv.Key).ToList();
            var planted = truth.GetValueOrDefault(code) ?? new HashSet<string>();
            return new FlagScore(code, planted.Count, flagged.Count, flagged.Count(planted.Contains));
        }).ToList();
}
