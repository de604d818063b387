namespace CustomsWorkbench.Platform.Models.Monitoring;

/// <summary>Observed hit rate and mean score of one score decile (1 = lowest scores, 10 = highest).</summary>
public sealed record DecileRate(int Decile, int Count, int Hits, double MeanScore)
{
    public double HitRate => Count == 0 ? 0 : (double)Hits / Count;
}

/// <summary>
/// Hit rate by score decile: a calibrated ranking shows rates rising with the decile; a flat or inverted line over
/// recent periods says the model no longer sorts the risky from the rest. Decile edges come from the scores given
/// (so every decile of a period has about a tenth of its labelled declarations).
/// </summary>
public static class DecileCalibration
{
    public static IReadOnlyList<DecileRate> Compute(IReadOnlyList<(double Score, bool Hit)> outcomes)
    {
        var ordered = outcomes.Where(o => double.IsFinite(o.Score)).OrderBy(o => o.Score).ToList();
        var result = new List<DecileRate>();
        for (var d = 0; d < 10; d++)
        {
            var from = (int)((long)d * ordered.Count / 10);
            var to = (int)((long)(d + 1) * ordered.Count / 10);
            var slice = ordered.GetRange(from, to - from);
            result.Add(new DecileRate(d + 1, slice.Count, slice.Count(o => o.Hit), slice.Count == 0 ? 0 : slice.Average(o => o.Score)));
        }
        return result;
    }
}
