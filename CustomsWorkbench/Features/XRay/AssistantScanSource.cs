using System.Globalization;
using CustomsWorkbench.Features.Assistant;
using CustomsWorkbench.Features.XRay.Model;
using ScanFinding = CustomsWorkbench.Features.Assistant.ScanFinding;
using CustomsWorkbench.Features.XRay.Review;

namespace CustomsWorkbench.Features.XRay;

/// <summary>The assistant's view of X-ray results: the AI findings of one scan, or of every scan of a declaration.</summary>
public sealed class AssistantScanSource(ScanReviewService review) : IAssistantScanSource
{
    public async Task<IReadOnlyList<ScanFinding>> FindingsAsync(int? declarationId, string? scanId, CancellationToken ct)
    {
        var ids = int.TryParse(scanId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var one) ? [one]
            : declarationId is { } d ? (await review.ForConsignmentAsync(ConsignmentKind.Declaration, d, ct)).Select(s => s.Id).ToList()
            : [];
        var findings = new List<ScanFinding>();
        foreach (var id in ids)
        {
            if (await review.GetAsync(id, ct) is not { } scan) continue;
            var goods = string.Join(", ", scan.Goods.Select(g => g.Description));
            // The consistency score grows with the gap between declared and seen materials (0 = as declared).
            var consistent = scan.ConsistencyScore is null or < 0.5;
            findings.AddRange(scan.Findings.Select(f => new ScanFinding(scan.Id.ToString(CultureInfo.InvariantCulture),
                $"{f.Class}{(f.Verdict is { } v ? $" ({v} by officer)" : "")}", f.Confidence, goods, consistent, $"/xray/scans/{scan.Id}")));
            if (scan.Findings.Count == 0 && scan.ConsistencyReason is { } reason)
                findings.Add(new ScanFinding(scan.Id.ToString(CultureInfo.InvariantCulture), reason, scan.ConsistencyScore ?? 0, goods, consistent, $"/xray/scans/{scan.Id}"));
        }
        return findings;
    }
}
