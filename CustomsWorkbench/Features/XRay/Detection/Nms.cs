using CustomsWorkbench.Features.XRay.Generation;

namespace CustomsWorkbench.Features.XRay.Detection;

/// <summary>A detector's box: class, confidence and where.</summary>
public sealed record DetectedThreat(string Class, double Confidence, Box Box);

public static class Nms
{
    /// <summary>Greedy non-maximum suppression per class: keep the most confident box, drop those overlapping it by more than <paramref name="iouThreshold"/>.</summary>
    public static IReadOnlyList<DetectedThreat> Apply(IEnumerable<DetectedThreat> detections, double iouThreshold = 0.45)
    {
        var kept = new List<DetectedThreat>();
        foreach (var group in detections.GroupBy(d => d.Class))
        {
            var remaining = group.OrderByDescending(d => d.Confidence).ToList();
            while (remaining.Count > 0)
            {
                var best = remaining[0];
                kept.Add(best);
                remaining = remaining.Skip(1).Where(d => d.Box.IoU(best.Box) <= iouThreshold).ToList();
            }
        }
        return kept.OrderByDescending(d => d.Confidence).ToList();
    }

    /// <summary>One object, one label: drops a box largely covered by a more confident box of another class.</summary>
    public static IReadOnlyList<DetectedThreat> AcrossClasses(IEnumerable<DetectedThreat> detections, double coverThreshold = 0.6)
    {
        var kept = new List<DetectedThreat>();
        foreach (var d in detections.OrderByDescending(d => d.Confidence))
        {
            if (kept.Any(k => k.Box.Intersection(d.Box) > coverThreshold * Math.Min(k.Box.Area, d.Box.Area))) continue;
            kept.Add(d);
        }
        return kept;
    }
}
