using System.Diagnostics;
using CustomsWorkbench.Platform.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.Intelligence.Graph;

public sealed record GraphBuildReport(int Nodes, int Links, int EvidenceAdded, TimeSpan Elapsed, TimeSpan ReadTime = default);

/// <summary>
/// Derives the intelligence graph from declarations, bills of lading and containers, parcels, seizures and trader
/// records. <see cref="BuildAllAsync"/> reads every record (idempotent: re-running only adds what is missing);
/// <see cref="AddDeclarationsAsync"/>, <see cref="AddParcelsAsync"/> and <see cref="AddSeizuresAsync"/> patch the stored
/// graph and the in-memory index for new arrivals.
/// </summary>
public sealed class GraphBuilder(IDbContextFactory<WorkbenchDbContext> dbFactory, GraphIndex index)
{
    public async Task<GraphBuildReport> BuildAllAsync(CancellationToken ct = default)
    {
        var report = await WriteAsync((reader, facts) => reader.ReadAll(facts, ct), ct);
        index.Invalidate();
        return report;
    }

    public Task<GraphBuildReport> AddDeclarationsAsync(IReadOnlyCollection<int> declarationIds, CancellationToken ct = default) =>
        PatchAsync(declarationIds, (reader, facts) => reader.ReadDeclarations(facts, declarationIds, ct), ct);

    /// <summary>Patches in parcels stored after the graph was built (and seizures made on them).</summary>
    public Task<GraphBuildReport> AddParcelsAsync(IReadOnlyCollection<int> parcelIds, CancellationToken ct = default) =>
        PatchAsync(parcelIds, (reader, facts) => reader.ReadParcelsById(facts, parcelIds, ct), ct);

    /// <summary>Patches in seizure cases recorded after the graph was built.</summary>
    public Task<GraphBuildReport> AddSeizuresAsync(IReadOnlyCollection<int> seizureIds, CancellationToken ct = default) =>
        PatchAsync(seizureIds, (reader, facts) => reader.ReadSeizuresById(facts, seizureIds, ct), ct);

    private async Task<GraphBuildReport> PatchAsync(IReadOnlyCollection<int> ids, Action<GraphSourceReader, GraphFacts> read, CancellationToken ct)
    {
        if (ids.Count == 0) return new GraphBuildReport(0, 0, 0, TimeSpan.Zero);
        GraphWriteResult? written = null;
        var report = await WriteAsync(read, ct, r => written = r);
        if (written is not null) index.Patch(written.Nodes, written.Links);
        return report;
    }

    private async Task<GraphBuildReport> WriteAsync(Action<GraphSourceReader, GraphFacts> read, CancellationToken ct, Action<GraphWriteResult>? onWritten = null)
    {
        var watch = Stopwatch.StartNew();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.Database.OpenConnectionAsync(ct);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var facts = new GraphFacts();
        read(new GraphSourceReader(connection), facts);
        var readTime = watch.Elapsed;
        var result = GraphWriter.Write(connection, facts, ct);
        onWritten?.Invoke(result);
        return new GraphBuildReport(result.Nodes.Count, result.Links.Count, result.EvidenceAdded, watch.Elapsed, readTime);
    }
}
