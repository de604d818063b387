namespace CustomsWorkbench.Features.TraderSupport.Classification;

/// <summary>Accuracy figures of one labelled set; <paramref name="ExpectedCalibrationError"/> compares the top
/// suggestion's confidence with how often it is right (10 bins).</summary>
public sealed record ClassificationMetrics(int Descriptions, double HeadingTop1, double SubheadingTop1, double SubheadingTop3,
    double HeadingTop3, double ExpectedCalibrationError);

/// <summary>One description the classifier got wrong at heading level (shown for validation only, never for held-out).</summary>
public sealed record Misread(string Description, string Expected, string Suggested, double Confidence);

public static class ClassificationEvaluation
{
    public static (ClassificationMetrics Metrics, IReadOnlyList<Misread> Misreads) Measure(HsClassifierEngine engine, IReadOnlyList<LabelledDescription> set)
    {
        int heading1 = 0, sub1 = 0, sub3 = 0, heading3 = 0;
        var bins = new (int Count, double Confidence, int Right)[10];
        var misreads = new List<Misread>();
        foreach (var item in set)
        {
            var ranked = engine.Rank(item.Description).Subheadings;
            var top = ranked.FirstOrDefault();
            var top3 = ranked.Take(3).ToList();
            var headings = ranked.Select(r => r.Subheading[..4]).Distinct().Take(3).ToList();
            var rightHeading = top?.Subheading[..4] == item.Heading;
            if (rightHeading) heading1++; else misreads.Add(new(item.Description, item.Code, top?.Subheading ?? "-", top?.Probability ?? 0));
            if (top?.Subheading == item.Code) sub1++;
            if (top3.Any(r => r.Subheading == item.Code)) sub3++;
            if (headings.Contains(item.Heading)) heading3++;
            var confidence = top?.Probability ?? 0;
            var bin = Math.Min(9, (int)(confidence * 10));
            bins[bin] = (bins[bin].Count + 1, bins[bin].Confidence + confidence, bins[bin].Right + (top?.Subheading == item.Code ? 1 : 0));
        }
        var n = Math.Max(1, set.Count);
        var ece = bins.Where(b => b.Count > 0).Sum(b => Math.Abs(b.Confidence / b.Count - (double)b.Right / b.Count) * b.Count / n);
        return (new ClassificationMetrics(set.Count, (double)heading1 / n, (double)sub1 / n, (double)sub3 / n, (double)heading3 / n, ece), misreads);
    }
}
