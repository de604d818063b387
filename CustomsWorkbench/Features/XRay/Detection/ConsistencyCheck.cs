using System.Collections.Concurrent;
using CustomsWorkbench.Features.XRay.Generation;

namespace CustomsWorkbench.Features.XRay.Detection;

/// <summary>
/// How far the scan's material profile is from what the declared goods look like: 0 consistent, 1 not at all. The reason is
/// kept as a code with arguments (<see cref="ConsistencyReason"/>) so each officer reads it in their language; the English
/// text is for the audit trail and the assistant.
/// </summary>
public sealed record ConsistencyResult(double Score, ConsistencyReason Reason)
{
    public string Text => Reason.English();
}

/// <summary>
/// Compares the share of organic / mixed / metal / impenetrable area in the scan's load with the profile the declared
/// goods family shows in clean generated scans, and names the biggest surprise ("declared textiles; 18% of the load
/// area reads as dense metal").
/// </summary>
public static class ConsistencyCheck
{
    private static readonly ConcurrentDictionary<(PackingStyle, ScanSubject), double[]> Profiles = new();
    /// <summary>Material keys by <see cref="Generation.MaterialClass"/> index (see <see cref="ConsistencyReason"/>).</summary>
    private static readonly string[] ClassKeys = ["empty", "organic", "mixed", "metal", "impenetrable"];

    public static ConsistencyResult Check(MaterialMap map, string? declaredCategory, ScanSubject subject)
    {
        var category = string.IsNullOrWhiteSpace(declaredCategory) ? "general goods" : declaredCategory;
        var expected = Profiles.GetOrAdd((PackingStyles.ForCategory(declaredCategory), subject), key => ExpectedProfile(key.Item1, subject));
        var observed = map.ClassShares();
        double distance = 0;
        var worst = 1;
        var worstExcess = double.MinValue;
        for (var c = 1; c < 5; c++)
        {
            distance += Math.Abs(observed[c] - expected[c]);
            var excess = observed[c] - expected[c];
            if (excess > worstExcess) { worstExcess = excess; worst = c; }
        }
        var score = Math.Clamp(distance / 2 * 2.5, 0, 1);
        var reason = new ConsistencyReason(worstExcess < 0.05 ? ConsistencyReason.AsExpected : ConsistencyReason.Excess, category,
            ClassKeys[worst], Math.Round(observed[worst], 3), Math.Round(expected[worst], 3));
        return new ConsistencyResult(Math.Round(score, 3), reason);
    }

    /// <summary>Average class shares over a few clean generated scans of the family.</summary>
    private static double[] ExpectedProfile(PackingStyle style, ScanSubject subject)
    {
        var category = PackingStyles.Categories.FirstOrDefault(c => PackingStyles.ForCategory(c) == style) ?? "jewelry";
        var sum = new double[5];
        const int samples = 3;
        for (var i = 0; i < samples; i++)
        {
            var scan = ScanGenerator.Generate(new ScanRecipe(500 + i, subject, category, []));
            var shares = MaterialMap.From(scan.High, scan.Low).ClassShares();
            for (var c = 0; c < 5; c++) sum[c] += shares[c] / samples;
        }
        return sum;
    }
}
