namespace CustomsWorkbench.Features.TraderSupport.Classification;

/// <summary>
/// Turns re-ranker scores into probabilities: a softmax at temperature <paramref name="Temperature"/> over the
/// candidates plus a "none of them" score <paramref name="NoneScore"/>, so a description whose right code was never
/// retrieved can still come out unsure. Both are fitted on the validation set by maximum likelihood.
/// </summary>
public sealed record ConfidenceCalibration(double Temperature, double NoneScore)
{
    public static readonly ConfidenceCalibration Default = new(1, 0);

    public double[] Probabilities(IReadOnlyList<float> scores)
    {
        if (scores.Count == 0) return [];
        var max = Math.Max(scores.Max(), NoneScore);
        var exp = scores.Select(s => Math.Exp((s - max) / Temperature)).ToArray();
        var total = exp.Sum() + Math.Exp((NoneScore - max) / Temperature);
        return exp.Select(e => e / total).ToArray();
    }

    /// <summary>Fits both parameters on (scores, index of the right candidate or -1) pairs by grid search.</summary>
    public static ConfidenceCalibration Fit(IReadOnlyList<(float[] Scores, int Correct)> validation)
    {
        if (validation.Count == 0) return Default;
        var all = validation.SelectMany(v => v.Scores).DefaultIfEmpty(0).ToList();
        var (low, high) = (all.Min(), all.Max());
        var best = (Likelihood: double.NegativeInfinity, Calibration: Default);
        foreach (var t in new[] { 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.7, 1, 1.4, 2, 3, 5 })
            for (var step = 0; step <= 40; step++)
            {
                var candidate = new ConfidenceCalibration(t, low + (high - low) * step / 40.0);
                var likelihood = validation.Sum(v =>
                {
                    var p = candidate.Probabilities(v.Scores);
                    var none = 1 - p.Sum();
                    return Math.Log(Math.Max(1e-9, v.Correct >= 0 ? p[v.Correct] : none));
                });
                if (likelihood > best.Likelihood) best = (likelihood, candidate);
            }
        return best.Calibration;
    }
}
