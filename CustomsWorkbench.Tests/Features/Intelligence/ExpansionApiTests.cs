using System.Net;
using System.Text.Json;
using CustomsWorkbench.Features.Intelligence.Analytics;
using CustomsWorkbench.Features.Intelligence.Model;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.Intelligence;

/// <summary>The expansion-by-link-kind API on the shared demo world: groups, paging, bounds and refusals. Read-only.</summary>
[Collection(WorkbenchCollection.Name)]
public class ExpansionApiTests(WorkbenchFactory factory)
{
    /// <summary>The best-connected importer and its most numerous link kind (read from the graph in memory).</summary>
    private async Task<(int NodeId, LinkKind Kind, int Count)> BusiestAsync()
    {
        var (graph, _) = await factory.Services.GetRequiredService<GraphMetrics>().GetAsync();
        var importer = Enumerable.Range(0, graph.NodeCount).Where(v => graph.Kinds[v] == NodeKind.Importer && !graph.IsMerged(v)).MaxBy(graph.Degree);
        var top = NeighbourGrouping.CountByKind(graph, importer, GraphFilter.Investigation)[0];
        return (graph.NodeIds[importer], top.Kind, top.Count);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task Link_kinds_come_with_counts_and_an_expansion_groups_what_is_many_and_pages_it_within_bounds()
    {
        var (nodeId, kind, count) = await BusiestAsync();
        Assert.True(count >= 3, $"the busiest importer has only {count} neighbours of one kind");
        using var analyst = await factory.CreateClientForAsync("analyst");

        var kinds = await JsonAsync(await analyst.GetAsync($"/api/intel/nodes/{nodeId}/link-kinds"));
        Assert.Contains(kinds.EnumerateArray(), k => k.GetProperty("kind").GetString() == kind.ToString() && k.GetProperty("count").GetInt32() == count);

        // Grouping above 1 turns every kind of neighbour into a group; nothing arrives one by one except the anchor.
        var link = GraphKinds.Name(kind);
        var grouped = await JsonAsync(await analyst.GetAsync($"/api/intel/nodes/{nodeId}/expand?link={link}&groupAbove=1"));
        var groups = grouped.GetProperty("groups").EnumerateArray().ToList();
        Assert.NotEmpty(groups);
        Assert.Equal(count, groups.Sum(g => g.GetProperty("count").GetInt32()));
        Assert.Equal([nodeId], grouped.GetProperty("view").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));

        // Without grouping, the cap bounds the single neighbours and the rest is counted.
        var capped = await JsonAsync(await analyst.GetAsync($"/api/intel/nodes/{nodeId}/expand?link={link}&groupAbove=100000&cap=2"));
        Assert.Equal(3, capped.GetProperty("view").GetProperty("nodes").GetArrayLength());
        Assert.Equal(0, capped.GetProperty("groups").GetArrayLength());
        Assert.Equal(count - 2, capped.GetProperty("view").GetProperty("notShown").GetInt32());

        // A group opens in pages of the asked size, and an absurd size is clamped.
        var group = groups.OrderByDescending(g => g.GetProperty("count").GetInt32()).First();
        var nodeKind = group.GetProperty("kind").GetString();
        var total = group.GetProperty("count").GetInt32();
        var page = await JsonAsync(await analyst.GetAsync($"/api/intel/nodes/{nodeId}/group?link={link}&kind={nodeKind}&offset=0&take=1"));
        Assert.Equal(total, page.GetProperty("total").GetInt32());
        Assert.Equal(2, page.GetProperty("view").GetProperty("nodes").GetArrayLength());
        var huge = await JsonAsync(await analyst.GetAsync($"/api/intel/nodes/{nodeId}/group?link={link}&kind={nodeKind}&offset=-5&take=1000000"));
        Assert.Equal(0, huge.GetProperty("offset").GetInt32());
        Assert.Equal(Math.Min(total, ExplorerExpansionOptions.MaxPage) + 1, huge.GetProperty("view").GetProperty("nodes").GetArrayLength());
        var past = await JsonAsync(await analyst.GetAsync($"/api/intel/nodes/{nodeId}/group?link={link}&kind={nodeKind}&offset=999999"));
        Assert.Equal(1, past.GetProperty("view").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task Unknown_kinds_are_refused_and_unknown_nodes_are_not_found()
    {
        using var supervisor = await factory.CreateClientForAsync("supervisor");
        Assert.Equal(HttpStatusCode.BadRequest, (await supervisor.GetAsync("/api/intel/nodes/1/expand?link=no-such-link")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await supervisor.GetAsync("/api/intel/nodes/1/expand?link=3")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await supervisor.GetAsync("/api/intel/nodes/1/group?link=uses-phone&kind=Nothing")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await supervisor.GetAsync("/api/intel/nodes/1/group?link=uses-phone&kind=5")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.GetAsync("/api/intel/nodes/999999999/link-kinds")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.GetAsync("/api/intel/nodes/999999999/expand?link=UsesPhone")).StatusCode);
    }

    [Fact]
    public async Task Suggestions_are_bounded_ranked_by_risk_and_never_seizures()
    {
        using var analyst = await factory.CreateClientForAsync("analyst");
        var points = (await JsonAsync(await analyst.GetAsync("/api/intel/suggestions?take=100000"))).EnumerateArray().ToList();
        Assert.NotEmpty(points);
        Assert.True(points.Count <= ExplorerExpansionOptions.MaxSuggestions);
        var risks = points.Select(p => p.GetProperty("risk").GetDouble()).ToList();
        Assert.Equal(risks.OrderByDescending(r => r), risks);
        Assert.DoesNotContain(points, p => p.GetProperty("node").GetProperty("kind").GetString() == nameof(NodeKind.SeizureCase));
        Assert.Contains(points, p => p.GetProperty("seizureLabel").ValueKind == JsonValueKind.String);
    }
}
