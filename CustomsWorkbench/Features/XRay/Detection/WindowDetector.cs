using System.Diagnostics;
using CustomsWorkbench.Features.XRay.Generation;
using CustomsWorkbench.Features.XRay.Imaging;

namespace CustomsWorkbench.Features.XRay.Detection;

/// <summary>
/// The in-process detector: classifies every window, joins neighbouring windows of the same class into candidate boxes,
/// moves each candidate's edges onto the object (<see cref="BoxRegressor"/>; models without one fall back to
/// <see cref="BoxTightener"/>), adds the small-object metal stage's weapons (<see cref="MetalCandidates"/> scored by
/// <see cref="WeaponScorer"/>; versions without a scorer skip it), then suppresses overlaps (NMS).
/// </summary>
public sealed class WindowDetector(WindowClassifier classifier, string version, BoxRegressor? boxes = null, WeaponScorer? weapons = null, double windowThreshold = 0.4) : IThreatDetector
{
    public string Version { get; } = version;

    public DetectionResult Detect(ScanImage high, ScanImage? low, bool parcel)
    {
        var clock = Stopwatch.StartNew();
        var map = MaterialMap.From(high, low);
        var grid = CellGrid.From(map);
        var windows = WindowFeatures.Compute(grid, parcel);
        // Open air cannot hide anything: windows that are almost all empty are clean without asking the model (a third
        // to a half of a container scan), which roughly halves detection time.
        var cleanScore = new float[WindowClassifier.Labels.Length];
        cleanScore[0] = 1;
        var occupied = windows.Where(w => !IsAir(w)).ToList();
        var predicted = classifier.Predict(occupied);
        var scores = new float[windows.Count][];
        for (int i = 0, j = 0; i < windows.Count; i++) scores[i] = IsAir(windows[i]) ? cleanScore : predicted[j++];
        var candidates = new List<DetectedThreat>();
        for (var k = 1; k < WindowClassifier.Labels.Length; k++) candidates.AddRange(Components(windows, scores, k, grid));
        var detections = boxes is null ? candidates.Select(c => BoxTightener.Tighten(map, c)).ToList() : Refine(map, candidates, parcel);
        if (weapons is not null) detections.AddRange(weapons.Detect(MetalCandidates.Find(map, parcel)));
        var heat = new float[windows.Count];
        for (var i = 0; i < windows.Count; i++) heat[i] = 1 - scores[i][0];
        var kept = Nms.AcrossClasses(Nms.Apply(detections));
        return new DetectionResult(kept, new HeatMap(grid.Columns - 1, grid.Rows - 1, CellGrid.CellSize, heat), clock.Elapsed.TotalMilliseconds);
    }

    /// <summary>Moves each candidate's edges onto the object (box regression); the regressed box keeps the candidate's class and confidence.</summary>
    private List<DetectedThreat> Refine(MaterialMap map, List<DetectedThreat> candidates, bool parcel)
    {
        var profiles = BoxProfiles.From(map);
        // One pass: a second pass over the refined boxes measured no better on the validation scans.
        var refined = boxes!.Refine(profiles, candidates, parcel, map.Width, map.Height);
        return candidates.Select((c, i) => c with { Box = refined[i] }).ToList();
    }

    private static bool IsAir(ScanWindow window) => window.Features[EmptyFeature] > 0.97f;

    private static readonly int EmptyFeature = Array.IndexOf(WindowFeatures.Names, "empty");

    /// <summary>
    /// Each 16 px cell takes the mean class probabilities of the (up to four) windows covering it; connected cells whose
    /// most likely class is <paramref name="k"/> form one box (8-neighbourhood), at cell resolution.
    /// </summary>
    private IEnumerable<DetectedThreat> Components(IReadOnlyList<ScanWindow> windows, float[][] scores, int k, CellGrid grid)
    {
        var cellProbabilities = CellProbabilities(windows, scores, grid);
        int columns = grid.Columns, rows = grid.Rows;
        var hit = new bool[columns * rows];
        for (var i = 0; i < hit.Length; i++)
        {
            var p = cellProbabilities[i];
            hit[i] = p is not null && p[k] >= windowThreshold && p.AsSpan().IndexOf(p.Max()) == k;
        }
        var seen = new bool[hit.Length];
        var stack = new Stack<int>();
        for (var start = 0; start < hit.Length; start++)
        {
            if (!hit[start] || seen[start]) continue;
            seen[start] = true;
            stack.Push(start);
            Box? box = null;
            double best = 0, sum = 0;
            var count = 0;
            while (stack.Count > 0)
            {
                var i = stack.Pop();
                int col = i % columns, row = i / columns;
                var cell = new Box(col * CellGrid.CellSize, row * CellGrid.CellSize, CellGrid.CellSize, CellGrid.CellSize);
                box = box is { } b ? b.Union(cell) : cell;
                best = Math.Max(best, cellProbabilities[i]![k]);
                sum += cellProbabilities[i]![k];
                count++;
                for (var dy = -1; dy <= 1; dy++)
                for (var dx = -1; dx <= 1; dx++)
                {
                    int c = col + dx, r = row + dy;
                    if (c < 0 || r < 0 || c >= columns || r >= rows) continue;
                    var j = r * columns + c;
                    if (hit[j] && !seen[j]) { seen[j] = true; stack.Push(j); }
                }
            }
            // One or two cells are weaker evidence than a group: blend the peak with the mean and discount tiny groups.
            var confidence = (0.7 * best + 0.3 * (sum / count)) * (count <= 2 ? 0.85 : 1);
            yield return new DetectedThreat(WindowClassifier.Labels[k], confidence, box!.Value);
        }
    }

    private static float[]?[] CellProbabilities(IReadOnlyList<ScanWindow> windows, float[][] scores, CellGrid grid)
    {
        var sums = new float[grid.Columns * grid.Rows][];
        var counts = new int[sums.Length];
        for (var w = 0; w < windows.Count; w++)
        for (var dy = 0; dy < WindowFeatures.WindowCells; dy++)
        for (var dx = 0; dx < WindowFeatures.WindowCells; dx++)
        {
            var i = (windows[w].Row + dy) * grid.Columns + windows[w].Column + dx;
            sums[i] ??= new float[scores[w].Length];
            for (var k = 0; k < scores[w].Length; k++) sums[i][k] += scores[w][k];
            counts[i]++;
        }
        for (var i = 0; i < sums.Length; i++)
            if (sums[i] is { } s) for (var k = 0; k < s.Length; k++) s[k] /= counts[i];
        return sums;
    }
}
