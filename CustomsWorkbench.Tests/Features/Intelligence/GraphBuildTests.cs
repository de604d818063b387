using CustomsWorkbench.Features.Intelligence;
using CustomsWorkbench.Features.Intelligence.Analytics;
using CustomsWorkbench.Features.Intelligence.Graph;
using CustomsWorkbench.Features.Intelligence.Model;
using CustomsWorkbench.Features.Intelligence.Planting;
using CustomsWorkbench.Features.Intelligence.Resolution;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.Intelligence;

/// <summary>The graph the app builds from the shared demo world at start (read-only checks).</summary>
[Collection(WorkbenchCollection.Name)]
public class GraphBuildTests(WorkbenchFactory factory)
{
    [Fact]
    public async Task Every_declaration_is_evidence_of_its_importer_broker_link()
    {
        await using var db = factory.CreateDbContext();
        var declarations = await db.Declarations.CountAsync();
        var declaredByEvidence = await (from e in db.Set<GraphLinkEvidence>()
                                        join l in db.Set<GraphLink>() on e.LinkId equals l.Id
                                        where l.Kind == LinkKind.DeclaredBy && e.RecordType == EvidenceRecordTypes.Declaration
                                        select e.RecordId).Distinct().CountAsync();
        Assert.Equal(declarations, declaredByEvidence);
        // Evidence counts on links agree with the evidence rows behind them.
        var mismatched = await db.Set<GraphLink>().CountAsync(l => l.EvidenceCount != db.Set<GraphLinkEvidence>().Count(e => e.LinkId == l.Id));
        Assert.Equal(0, mismatched);
    }

    [Fact]
    public async Task Seizures_become_cases_linked_to_whom_they_were_taken_from()
    {
        await using var db = factory.CreateDbContext();
        var seizures = await db.Seizures.CountAsync();
        Assert.True(seizures > 0);
        Assert.Equal(seizures, await db.Set<GraphNode>().CountAsync(n => n.Kind == NodeKind.SeizureCase));
        var casesWithSubject = await db.Set<GraphLink>().Where(l => l.Kind == LinkKind.SeizedIn).Select(l => l.ToId).Distinct().CountAsync();
        Assert.Equal(seizures, casesWithSubject);
    }

    [Fact]
    public async Task The_planted_network_leads_from_the_entry_shell_to_a_seizure()
    {
        await using var db = factory.CreateDbContext();
        var entry = await db.Set<IntelligenceGroundTruth>().SingleAsync(t => t.Kind == IntelligenceDemoPlanting.NetworkKind && t.Detail == IntelligenceDemoPlanting.NetworkEntryDetail);
        var entryNode = await db.Set<GraphNode>().SingleAsync(n => n.Kind == NodeKind.Importer && n.SourceId == entry.EntityId);

        var (graph, measures) = await factory.Services.GetRequiredService<GraphMetrics>().GetAsync();
        Assert.True(graph.TryIndexOf(entryNode.Id, out var start));
        var explanation = GraphAnalytics.PathsToNearest(graph, start, measures.Seizures, GraphFilter.Investigation, maxHops: 8);
        var path = Assert.Single(explanation.Take(1));
        Assert.Equal(NodeKind.SeizureCase, graph.Kinds[path.Nodes[^1]]);
        Assert.Contains(path.Links, l => l.Kind == LinkKind.UsesEmail);
        Assert.Contains(path.Links, l => l.Kind == LinkKind.SharesAddress);
        Assert.Contains(path.Links, l => l.Kind == LinkKind.UsesPhone);
        Assert.True(measures.Risk[start] > 0, "risk reaches the entry shell through the network");

        // The same risk is offered to other features per importer record.
        var risks = await factory.Services.GetRequiredService<INetworkRiskSource>().ImporterRisksAsync();
        Assert.Equal(measures.Risk[start], risks[entry.EntityId]);
        var seizedImporter = await db.Set<IntelligenceGroundTruth>().SingleAsync(t => t.Kind == IntelligenceDemoPlanting.NetworkKind && t.Detail == "seized");
        Assert.True(risks[seizedImporter.EntityId] > risks[entry.EntityId]);
    }

    [Fact]
    public async Task Evaluation_sets_the_name_threshold_on_planted_duplicates_apart_from_those_it_reports()
    {
        var report = await factory.Services.GetRequiredService<GraphEvaluation>().RunAsync(samples: 5);
        await using var db = factory.CreateDbContext();
        var planted = await db.Set<IntelligenceGroundTruth>().CountAsync(t => t.Kind == IntelligenceDemoPlanting.DuplicateKind);

        Assert.Contains(report.Threshold, ResolutionThreshold.Grid);
        Assert.True(report.TuningPlanted > 0 && report.Resolution.Planted > 0, $"tuning {report.TuningPlanted}, reported {report.Resolution.Planted}");
        Assert.Equal(planted, report.TuningPlanted + report.Resolution.Planted);
    }

    [Fact]
    public async Task Evaluation_reports_resolution_quality_and_latency_on_the_planted_world()
    {
        var report = await factory.Services.GetRequiredService<GraphEvaluation>().RunAsync(samples: 50);
        Assert.True(report.Resolution.Planted >= 10, $"planted {report.Resolution.Planted}");
        Assert.True(report.Resolution.Precision >= 0.9, $"precision {report.Resolution.Precision}");
        Assert.True(report.Resolution.Recall >= 0.7, $"recall {report.Resolution.Recall}");
        Assert.True(report.LatencyMs.TwoHopP95 < 100);
        Assert.True(report.Nodes > 1000 && report.Links > report.Nodes);
    }
}
