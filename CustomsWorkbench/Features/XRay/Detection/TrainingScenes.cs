using CustomsWorkbench.Features.XRay.Generation;
using CustomsWorkbench.Features.XRay.Model;

namespace CustomsWorkbench.Features.XRay.Detection;

/// <summary>
/// Which generated scans the detector learns from and is evaluated on, in disjoint seed ranges: training; validation, for
/// choosing settings (training size, thresholds, refinement passes); held-out, only for the reported numbers.
/// </summary>
public static class TrainingScenes
{
    public const int TrainingSeedBase = 1_000_000;
    public const int ValidationSeedBase = 5_000_000;
    public const int HeldOutSeedBase = 9_000_000;

    private static readonly string[] Categories =
        ["textiles", "machinery", "electronics", "foodstuffs", "tobacco", "alcohol", "furniture", "plastics", "apparel", "metals", "toys", "jewelry"];

    /// <summary>A deterministic mix: 70% containers, 30% parcels; a quarter clean, the rest with one to three concealments.</summary>
    public static IReadOnlyList<ScanRecipe> Recipes(int seedBase, int count) =>
        Enumerable.Range(0, count).Select(i => Recipe(seedBase + i, i)).ToList();

    public static ScanRecipe Recipe(int seed, int index)
    {
        var random = new Random(seed * 7919);
        var subject = index % 10 < 7 ? ScanSubject.Container : ScanSubject.Parcel;
        var category = Categories[random.Next(Categories.Length)];
        return new ScanRecipe(seed, subject, category, index % 4 == 3 ? [] : Threats(random, subject, category, random.Next(1, 4)));
    }

    /// <summary>Concealments that would stand out in this load (no extra cartons among declared tobacco, etc.).</summary>
    public static string[] Threats(Random random, ScanSubject subject, string category, int count)
    {
        var style = PackingStyles.ForCategory(category);
        var candidates = ThreatClasses.All
            .Where(t => subject == ScanSubject.Container || t != ThreatClasses.Compartment)
            .Where(t => !(t == ThreatClasses.Cigarettes && style == PackingStyle.Tobacco))
            .Where(t => !(t == ThreatClasses.Electronics && style == PackingStyle.Devices))
            .OrderBy(_ => random.Next()).ToList();
        return candidates.Take(count).ToArray();
    }

    /// <summary>
    /// Window rows of a scan: a window mostly covered by (or covering most of) a labelled box takes its class, a window
    /// only grazing a box is left out as ambiguous, and clean windows are sampled (they outnumber threats a hundred to one).
    /// </summary>
    public static IEnumerable<WindowRow> Rows(IReadOnlyList<ScanWindow> windows, IReadOnlyList<TruthBox> truth,
        IReadOnlyList<Box> knownClean, Random sampler, double cleanShare, float positiveWeight = 1)
    {
        foreach (var window in windows)
        {
            string? label = null;
            var best = 0.0;
            var graze = false;
            foreach (var t in truth)
            {
                var overlap = window.Box.Intersection(t.Box) / Math.Min(window.Box.Area, t.Box.Area);
                if (overlap >= 0.5 && overlap > best) { best = overlap; label = t.Class; }
                else if (overlap > 0.05) graze = true;
            }
            if (label is not null) yield return new WindowRow { Features = window.Features, Label = label, Weight = positiveWeight };
            else if (graze) continue;
            else if (knownClean.Any(b => window.Box.Intersection(b) > 0.5 * window.Box.Area))
                yield return new WindowRow { Features = window.Features, Label = WindowClassifier.Clean, Weight = 3 };
            else if (sampler.NextDouble() < cleanShare)
                yield return new WindowRow { Features = window.Features, Label = WindowClassifier.Clean, Weight = 1 };
        }
    }
}
