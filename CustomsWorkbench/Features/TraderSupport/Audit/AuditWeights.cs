namespace CustomsWorkbench.Features.TraderSupport.Audit;

/// <summary>
/// How much each signal's revenue estimate counts; network risk (0..1) scales the sum. The defaults were chosen by
/// `evaluate audit` on its validation period (the first half of the demo world) and never on the reported later period.
/// </summary>
public sealed record AuditWeights(double History, double Undervaluation, double Misclassification, double FtaOrigin, double Network)
{
    /// <summary>
    /// As chosen on the 50,000-declaration demo world (seed 20260401): history 0.5 and misclassification 2. Undervaluation,
    /// FTA origin and network risk did not raise validation precision there (ties keep the simpler weights), so they weigh 0
    /// until audit results or another world say otherwise; their evidence is still computed and shown on trader pages.
    /// </summary>
    public static AuditWeights Default { get; } = new(0.5, 0, 2, 0, 0);

    /// <summary>The grid `evaluate audit` searches on the validation period.</summary>
    public static IEnumerable<AuditWeights> Grid()
    {
        double[] levels = [0, 0.5, 1, 2, 4];
        foreach (var h in levels)
        foreach (var u in levels)
        foreach (var m in levels)
        foreach (var f in levels)
        foreach (var n in new double[] { 0, 1, 3 })
            if (h + u + m + f > 0) yield return new AuditWeights(h, u, m, f, n);
    }
}
