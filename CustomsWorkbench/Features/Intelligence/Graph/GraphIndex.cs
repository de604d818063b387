using System.Diagnostics;
using CustomsWorkbench.Platform.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.Intelligence.Graph;

/// <summary>
/// The in-memory adjacency of the stored graph, loaded on first use, patched with links written on arrival, and
/// reloaded after merges (which change the shape) or when the overlay of patched links has grown large.
/// </summary>
public sealed class GraphIndex(IDbContextFactory<WorkbenchDbContext> dbFactory, ILogger<GraphIndex> logger)
{
    /// <summary>Past this many patched links a full reload (re-sorted CSR) is cheaper for traversals.</summary>
    public const int OverlayRebuildThreshold = 50_000;

    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile GraphSnapshot? _current;
    /// <summary>Patches that came while a load was reading (it may have missed their rows); applied on top of what it read.</summary>
    private List<(IReadOnlyList<IndexNode> Nodes, IReadOnlyList<IndexLink> Links)>? _arrivedWhileLoading;

    public async Task<GraphSnapshot> GetAsync(CancellationToken ct = default)
    {
        if (_current is { } ready) return ready;
        await _loading.WaitAsync(ct);
        try
        {
            if (_current is { } loaded) return loaded;
            lock (_patching) _arrivedWhileLoading = [];
            GraphSnapshot snapshot;
            try
            {
                snapshot = await LoadAsync(ct);
            }
            catch
            {
                lock (_patching) _arrivedWhileLoading = null;
                throw;
            }
            lock (_patching)
            {
                // Re-applying a patch whose rows the load did read changes nothing (same ids, same dates).
                foreach (var (nodes, links) in _arrivedWhileLoading!) snapshot = snapshot.WithAdded(nodes, links);
                _arrivedWhileLoading = null;
                _current = snapshot;
            }
            return snapshot;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>
    /// Drops the snapshot; the next reader loads the stored graph again (after merges or a rebuild). Caches keyed by
    /// snapshot (GraphMetrics) are thereby never stale: a new snapshot is a new key.
    /// </summary>
    public void Invalidate()
    {
        _current = null;
    }

    private readonly object _patching = new();

    /// <summary>Applies written nodes and links to the loaded snapshot (new links, widened dates); concurrent patches are serialised.</summary>
    public void Patch(IReadOnlyList<IndexNode> nodes, IReadOnlyList<IndexLink> links)
    {
        lock (_patching)
        {
            var current = _current;
            if (current is null)
            {
                // Nothing loaded: the next load reads the patched rows. A load under way may already be past them, so it gets them too.
                _arrivedWhileLoading?.Add((nodes, links));
                return;
            }
            if (current.OverlayLinkCount + links.Count > OverlayRebuildThreshold)
            {
                Invalidate();
                return;
            }
            _current = current.WithAdded(nodes, links);
        }
    }

    /// <summary>
    /// Reshapes the loaded snapshot after a merge (or its undo) from memory instead of reloading the database. Returns the
    /// snapshots before and after, or null when nothing is loaded (the next reader then loads the stored, merged graph).
    /// </summary>
    public (GraphSnapshot Before, GraphSnapshot After)? ApplyMerge(int nodeId, int? survivorId)
    {
        lock (_patching)
        {
            var current = _current;
            if (current is null) return null;
            var after = current.WithMergedInto(nodeId, survivorId);
            _current = after;
            return (current, after);
        }
    }

    private async Task<GraphSnapshot> LoadAsync(CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.Database.OpenConnectionAsync(ct);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var nodes = new List<IndexNode>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT Id, Kind, Label, MergedIntoId FROM GraphNodes";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                nodes.Add(new IndexNode(reader.GetInt32(0), (Model.NodeKind)reader.GetInt32(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetInt32(3)));
        }
        var links = new List<IndexLink>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT Id, FromId, ToId, Kind, FirstSeen, LastSeen FROM GraphLinks";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                links.Add(new IndexLink(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), (Model.LinkKind)reader.GetInt32(3),
                    GraphDates.Day(reader.GetString(4)), GraphDates.Day(reader.GetString(5))));
        }
        var snapshot = GraphSnapshot.Build(nodes, links);
        logger.LogInformation("Graph index loaded: {Nodes} nodes, {Links} links in {Ms} ms", snapshot.NodeCount, snapshot.LinkCount, watch.ElapsedMilliseconds);
        return snapshot;
    }
}

public static class GraphDates
{
    public static int Day(string isoDate) => DateOnly.ParseExact(isoDate, "yyyy-MM-dd").DayNumber;
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    public static DateOnly Date(int day) => DateOnly.FromDayNumber(day);
}
