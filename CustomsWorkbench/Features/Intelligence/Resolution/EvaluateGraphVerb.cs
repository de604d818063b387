using System.Text.Json;
using CustomsWorkbench.Platform.Cli;

namespace CustomsWorkbench.Features.Intelligence.Resolution;

/// <summary>`evaluate graph [--json]`: resolver precision/recall on planted duplicates and traversal latency.</summary>
public sealed class EvaluateGraphVerb(GraphEvaluation evaluation) : ICliVerb
{
    public string Name => "evaluate graph";
    public string Usage => "evaluate graph [--json]   precision/recall of duplicate proposals, p95 of two-hop expansion and shortest path";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken ct)
    {
        var unknown = args.Where(a => a != "--json").ToList();
        if (unknown.Count > 0)
        {
            console.Error.WriteLine($"Unknown option(s): {string.Join(' ', unknown)}\nUsage: {Usage}");
            return 2;
        }
        var report = await evaluation.RunAsync(ct: ct);
        if (args.Contains("--json"))
        {
            console.Out.WriteLine(JsonSerializer.Serialize(new
            {
                resolution = new
                {
                    precision = report.Resolution.Precision, recall = report.Resolution.Recall, threshold = report.Threshold,
                    reportedPlanted = report.Resolution.Planted, tuningPlanted = report.TuningPlanted,
                },
                latencyMs = new { twoHopP95 = report.LatencyMs.TwoHopP95, pathP95 = report.LatencyMs.PathP95 },
                nodes = report.Nodes,
                links = report.Links,
            }));
            return 0;
        }
        var r = report.Resolution;
        console.Out.WriteLine($"Graph: {report.Nodes:N0} nodes, {report.Links:N0} links");
        console.Out.WriteLine($"Resolution: name threshold {report.Threshold:0.###} set on {report.TuningPlanted} planted duplicates (shipped: {EntityResolver.NameThreshold:0.###});");
        console.Out.WriteLine($"  reported on the other {r.Planted}: precision {r.Precision:P1}, recall {r.Recall:P1} ({r.TruePositives} found, {r.Proposed} proposed)");
        var l = report.LatencyMs;
        console.Out.WriteLine($"Two-hop expansion: p95 {l.TwoHopP95:0.###} ms (mean {l.TwoHopMean:0.###} ms)");
        console.Out.WriteLine($"Shortest path:     p95 {l.PathP95:0.###} ms (mean {l.PathMean:0.###} ms) over {l.Samples} samples");
        return 0;
    }
}
