using CustomsWorkbench.Features.XRay.Detection;

namespace CustomsWorkbench.Features.XRay.Onnx;

/// <summary>
/// Decodes YOLO-style output rows [cx, cy, w, h, objectness, class scores…] (input pixels): confidence = objectness ×
/// best class score, rows under the threshold dropped, boxes mapped back through the letterbox, then per-class NMS.
/// </summary>
public static class YoloDecoder
{
    public static IReadOnlyList<DetectedThreat> Decode(ReadOnlySpan<float> output, int rows, int rowLength, Letterbox letterbox,
        IReadOnlyList<string> classNames, double confidenceThreshold = 0.25, double iouThreshold = 0.45)
    {
        if (rowLength != 5 + classNames.Count) throw new ArgumentException($"Expected rows of {5 + classNames.Count} values, got {rowLength}.");
        var candidates = new List<DetectedThreat>();
        for (var r = 0; r < rows; r++)
        {
            var row = output.Slice(r * rowLength, rowLength);
            var best = 0;
            for (var c = 1; c < classNames.Count; c++) if (row[5 + c] > row[5 + best]) best = c;
            var confidence = row[4] * row[5 + best];
            if (confidence < confidenceThreshold) continue;
            var box = letterbox.ToImage(row[0], row[1], row[2], row[3]);
            if (box.Area <= 0) continue;
            candidates.Add(new DetectedThreat(classNames[best], confidence, box));
        }
        return Nms.Apply(candidates, iouThreshold);
    }
}
