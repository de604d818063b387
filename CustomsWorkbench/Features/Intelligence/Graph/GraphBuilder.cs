using System.Diagnostics;
using CustomsWorkbench.Platform.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.Intelligence.Graph;

public sealed record GraphBuildReport(int Nodes, int Links, int EvidenceAdded, TimeSpan Elapsed, TimeSpan ReadTime = default);

/// <summary>
/// Derives the intelligence graph from declarations, bills of lading and containers, parcels, seizures and trader
/// records. <see cref="BuildAllAsync"/> reads every record (idempotent: re-running only adds what is missing);
/// <see cref="AddDeclarationsAsync"/> patches the stored graph and the in-memory index for new arrivals.
/// </summary>
public sealed class GraphBuilder(IDbContextFactory<WorkbenchDbContext> dbFactory, GraphIndex index)
{
    public async Task<GraphBuildReport> BuildAllAsync(CancellationToken ct = default)
    {
        var report = await WriteAsync((reader, facts) => reader.ReadAll(facts, ct), ct);
        index.Invalidate();
        return report;
    }

    public async Task<GraphBuildReport> AddDeclarationsAsync(IReadOnlyCollection<int> declarationIds, CancellationToken ct = default)
    {
        if (declarationIds.Count == 0) return new GraphBuildReport(0, 0, 0, TimeSpan.Zero);
        GraphWriteResult? written = null;
        var report = await WriteAsync((reader, facts) => reader.ReadDeclarations(facts, declarationIds, ct), ct, r => written = r);
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
