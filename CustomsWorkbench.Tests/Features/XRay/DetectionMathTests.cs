using CustomsWorkbench.Features.XRay.Detection;
using CustomsWorkbench.Features.XRay.Generation;
using CustomsWorkbench.Features.XRay.Onnx;

namespace CustomsWorkbench.Tests.Features.XRay;

public class DetectionMathTests
{
    [Fact]
    public void Iou_of_identical_disjoint_and_half_overlapping_boxes()
    {
        var a = new Box(0, 0, 10, 10);
        Assert.Equal(1, a.IoU(a));
        Assert.Equal(0, a.IoU(new Box(20, 20, 5, 5)));
        Assert.Equal(50.0 / 150, a.IoU(new Box(5, 0, 10, 10)), 9);
    }

    [Fact]
    public void Nms_keeps_the_most_confident_of_overlapping_boxes_per_class_only()
    {
        var kept = Nms.Apply(
        [
            new DetectedThreat("weapon", 0.9, new Box(0, 0, 10, 10)),
            new DetectedThreat("weapon", 0.8, new Box(1, 1, 10, 10)),
            new DetectedThreat("weapon", 0.7, new Box(50, 50, 10, 10)),
            new DetectedThreat("cigarettes", 0.6, new Box(1, 1, 10, 10)),
        ]);
        Assert.Equal([0.9, 0.7, 0.6], kept.Select(k => k.Confidence));
        var oneLabel = Nms.AcrossClasses(kept);
        Assert.DoesNotContain(oneLabel, d => d.Class == "cigarettes");
    }

    [Fact]
    public void Average_precision_is_one_for_a_perfect_ranking_and_lower_when_a_false_alarm_ranks_first()
    {
        Assert.Equal(1, DetectorEvaluator.AveragePrecision([(0.9, true), (0.8, true)], 2), 9);
        // Precision envelope after the false alarm is 2/3 at both recall steps.
        Assert.Equal(2.0 / 3, DetectorEvaluator.AveragePrecision([(0.9, false), (0.8, true), (0.7, true)], 2), 9);
        Assert.Equal(0.5, DetectorEvaluator.AveragePrecision([(0.9, true)], 2), 9);
    }

    [Fact]
    public void Letterbox_fits_a_wide_scan_and_maps_boxes_back_exactly()
    {
        var lb = Letterbox.For(1024, 512, 256);
        Assert.Equal(0.25, lb.Scale);
        Assert.Equal((0.0, 64.0), (lb.PadX, lb.PadY));
        var box = lb.ToImage(128, 128, 64, 32);
        Assert.Equal(new Box(384, 192, 256, 128), box);
        var plane = new float[256 * 256];
        var source = Enumerable.Repeat(1f, 1024 * 512).ToArray();
        lb.Fill(source, plane);
        Assert.Equal(0f, plane[10 * 256 + 5]);
        Assert.Equal(1f, plane[128 * 256 + 128]);
    }

    [Fact]
    public void Yolo_rows_become_boxes_above_the_confidence_threshold_after_nms()
    {
        var lb = Letterbox.For(512, 512, 256);
        string[] classes = ["a", "b"];
        float[] rows =
        [
            64, 64, 32, 32, 0.9f, 0.1f, 0.95f,
            66, 66, 32, 32, 0.8f, 0.1f, 0.90f,
            200, 200, 20, 20, 0.2f, 0.9f, 0.1f,
            150, 100, 40, 20, 0.7f, 0.9f, 0.2f,
        ];
        var found = YoloDecoder.Decode(rows, 4, 7, lb, classes, confidenceThreshold: 0.25);
        Assert.Equal(2, found.Count);
        Assert.Equal("b", found[0].Class);
        Assert.Equal(new Box(96, 96, 64, 64), found[0].Box);
        Assert.Equal("a", found[1].Class);
        Assert.Equal(new Box(260, 180, 80, 40), found[1].Box);
    }
}
