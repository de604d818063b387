using CustomsWorkbench.Features.XRay.Generation;
using CustomsWorkbench.Features.XRay.Model;

namespace CustomsWorkbench.Features.XRay.Detection;

public sealed record OverallMetrics(double Precision, double Recall, double Map50, double FalseAlarmsPerCleanScan, double MsPerScan);

public sealed record ClassMetrics(string Name, double Precision, double Recall, double Ap50);

/// <summary>The `evaluate xray --json` shape.</summary>
public sealed record DetectorEvaluation(OverallMetrics Overall, IReadOnlyList<ClassMetrics> Classes);

/// <summary>
/// A registered version's metrics: the validation-seed evaluation at the top level (what versions are compared and chosen
/// on) and the held-out evaluation, computed once at registration and only shown.
/// </summary>
public sealed record DetectorRegistrationMetrics(OverallMetrics Overall, IReadOnlyList<ClassMetrics> Classes, string Split, DetectorEvaluation HeldOut)
{
    public const string ValidationSplit = "validation";

    public static DetectorRegistrationMetrics From(DetectorEvaluation validation, DetectorEvaluation heldOut) =>
        new(validation.Overall, validation.Classes, ValidationSplit, heldOut);
}

/// <summary>
/// Scores a detector on held-out generated scans: precision and recall at IoU 0.5 for boxes at or above the operating
/// confidence, average precision (all-point interpolated) over every box, false alarms per clean scan, and time per scan.
/// </summary>
public static class DetectorEvaluator
{
    public const double OperatingConfidence = 0.5;

    public static DetectorEvaluation Evaluate(IThreatDetector detector, IEnumerable<GeneratedScan> scans, double operatingConfidence = OperatingConfidence)
    {
        var perClass = ThreatClasses.All.ToDictionary(c => c, _ => (Scored: new List<(double Confidence, bool Hit)>(), Truths: 0));
        int cleanScans = 0, cleanAlarms = 0, count = 0;
        double totalMs = 0;
        foreach (var scan in scans)
        {
            var result = detector.Detect(scan.High, scan.Recipe.DualEnergy ? scan.Low : null, scan.Recipe.Subject == ScanSubject.Parcel);
            totalMs += result.Milliseconds;
            count++;
            if (scan.Truth.Count == 0)
            {
                cleanScans++;
                cleanAlarms += result.Detections.Count(d => d.Confidence >= operatingConfidence);
            }
            foreach (var cls in ThreatClasses.All)
            {
                var truths = scan.Truth.Where(t => t.Class == cls).Select(t => t.Box).ToList();
                var matched = new bool[truths.Count];
                var entry = perClass[cls];
                entry.Truths += truths.Count;
                foreach (var d in result.Detections.Where(d => d.Class == cls).OrderByDescending(d => d.Confidence))
                {
                    var bestIou = 0.0;
                    var bestIndex = -1;
                    for (var i = 0; i < truths.Count; i++)
                    {
                        var iou = d.Box.IoU(truths[i]);
                        if (!matched[i] && iou > bestIou) { bestIou = iou; bestIndex = i; }
                    }
                    var hit = bestIou >= 0.5;
                    if (hit) matched[bestIndex] = true;
                    entry.Scored.Add((d.Confidence, hit));
                }
                perClass[cls] = entry;
            }
        }

        var classes = perClass.Select(kv => Metrics(kv.Key, kv.Value.Scored, kv.Value.Truths, operatingConfidence)).ToList();
        var all = perClass.Values.SelectMany(v => v.Scored).ToList();
        var allTruths = perClass.Values.Sum(v => v.Truths);
        var overall = Metrics("overall", all, allTruths, operatingConfidence);
        var withTruth = classes.Where(c => perClass[c.Name].Truths > 0).ToList();
        return new DetectorEvaluation(
            new OverallMetrics(overall.Precision, overall.Recall, withTruth.Count == 0 ? 0 : withTruth.Average(c => c.Ap50),
                cleanScans == 0 ? 0 : (double)cleanAlarms / cleanScans, count == 0 ? 0 : totalMs / count),
            classes);
    }

    private static ClassMetrics Metrics(string name, List<(double Confidence, bool Hit)> scored, int truths, double operatingConfidence)
    {
        var operating = scored.Where(s => s.Confidence >= operatingConfidence).ToList();
        var tp = operating.Count(s => s.Hit);
        var precision = operating.Count == 0 ? 0 : (double)tp / operating.Count;
        var recall = truths == 0 ? 0 : (double)tp / truths;
        return new ClassMetrics(name, Math.Round(precision, 4), Math.Round(recall, 4), Math.Round(AveragePrecision(scored, truths), 4));
    }

    /// <summary>All-point interpolated AP: area under the precision envelope of the ranked detections.</summary>
    public static double AveragePrecision(IReadOnlyList<(double Confidence, bool Hit)> scored, int truths)
    {
        if (truths == 0) return 0;
        var ranked = scored.OrderByDescending(s => s.Confidence).ToList();
        var precisions = new double[ranked.Count];
        var recalls = new double[ranked.Count];
        var tp = 0;
        for (var i = 0; i < ranked.Count; i++)
        {
            if (ranked[i].Hit) tp++;
            precisions[i] = (double)tp / (i + 1);
            recalls[i] = (double)tp / truths;
        }
        for (var i = ranked.Count - 2; i >= 0; i--) precisions[i] = Math.Max(precisions[i], precisions[i + 1]);
        double ap = 0, previousRecall = 0;
        for (var i = 0; i < ranked.Count; i++)
        {
            ap += (recalls[i] - previousRecall) * precisions[i];
            previousRecall = recalls[i];
        }
        return ap;
    }
}
