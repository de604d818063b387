using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Platform.Audit;

/// <summary>Explorer filter. Actor and action match by substring, entity type and id exactly; From inclusive, To exclusive (UTC).</summary>
public sealed record AuditFilter(
    string? Actor = null,
    string? Action = null,
    string? EntityType = null,
    string? EntityId = null,
    DateTime? FromUtc = null,
    DateTime? ToUtc = null);

/// <summary>A grid row: everything but the (possibly large) AI output and details.</summary>
public sealed record AuditRow(long Id, DateTime TimestampUtc, string Actor, string Action, string EntityType, string EntityId,
    string? ModelVersion, bool HasAiOutput);

public sealed record AuditPage(IReadOnlyList<AuditRow> Items, int TotalCount);

/// <summary>Read side of the trail for the explorer page, the CLI and features that show a record's history.</summary>
public sealed class AuditQuery(IDbContextFactory<WorkbenchDbContext> factory)
{
    public async Task<AuditPage> SearchAsync(AuditFilter filter, int skip, int take, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = Apply(db.AuditEntries.AsNoTracking(), filter);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(e => e.Id).Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 500))
            .Select(e => new AuditRow(e.Id, e.TimestampUtc, e.Actor, e.Action, e.EntityType, e.EntityId, e.ModelVersion, e.AiOutput != null))
            .ToListAsync(ct);
        return new AuditPage(items, total);
    }

    /// <summary>Every matching entry in chain order, streamed (for CSV export, hashes included so others can re-verify).</summary>
    public async IAsyncEnumerable<AuditEntry> StreamAsync(AuditFilter filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        await foreach (var entry in Apply(db.AuditEntries.AsNoTracking(), filter).OrderBy(e => e.Id).AsAsyncEnumerable().WithCancellation(ct))
            yield return entry;
    }

    public async Task<AuditEntry?> GetAsync(long id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.AuditEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);
    }

    /// <summary>The last <paramref name="count"/> entries, oldest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> TailAsync(int count, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var last = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Id).Take(count).ToListAsync(ct);
        last.Reverse();
        return last;
    }

    /// <summary>The history of one record (e.g. a declaration), oldest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ForEntityAsync(string entityType, string entityId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == entityType && e.EntityId == entityId)
            .OrderBy(e => e.Id).ToListAsync(ct);
    }

    private static IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> query, AuditFilter filter)
    {
        if (Clean(filter.Actor) is { } actor) query = query.Where(e => e.Actor.Contains(actor));
        if (Clean(filter.Action) is { } action) query = query.Where(e => e.Action.Contains(action));
        if (Clean(filter.EntityType) is { } entityType) query = query.Where(e => e.EntityType == entityType);
        if (Clean(filter.EntityId) is { } entityId) query = query.Where(e => e.EntityId == entityId);
        if (filter.FromUtc is { } from) query = query.Where(e => e.TimestampUtc >= from);
        if (filter.ToUtc is { } to) query = query.Where(e => e.TimestampUtc < to);
        return query;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
