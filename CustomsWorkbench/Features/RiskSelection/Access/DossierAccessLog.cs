using CustomsWorkbench.Platform;
using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.RiskSelection.Access;

/// <summary>One line of a dossier's access log: who (user name and display name) opened it, and when.</summary>
public sealed record DossierAccessRow(string UserName, string DisplayName, DateTime OpenedAtUtc);

/// <summary>
/// Who opened which declaration's dossier. An open by the same person within <see cref="Window"/> of their last one is
/// not recorded again (a refresh or the prerender-then-interactive pair must not flood the log). Rows older than
/// <see cref="Retention"/> are pruned, at most once an hour. Supervisors read it (<see cref="Platform.Identity.Policies.Supervision"/>).
/// </summary>
public sealed class DossierAccessLog(IDbContextFactory<WorkbenchDbContext> factory, TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan Retention = TimeSpan.FromDays(365);
    /// <summary>The most rows one read returns (newest first).</summary>
    public const int MaxRows = 200;

    private readonly KeyedLock<(int, string)> _locks = new();
    private DateTime _prunedAtUtc = DateTime.MinValue;

    /// <summary>Records an open; returns false when it fell within the window of this person's last open (nothing written).</summary>
    public async Task<bool> RecordAsync(int declarationId, string userName, CancellationToken ct = default)
    {
        if (declarationId <= 0 || string.IsNullOrWhiteSpace(userName)) return false;
        userName = userName.Length > 256 ? userName[..256] : userName;
        var now = clock.GetUtcNow().UtcDateTime;
        // Two tabs opening at once must write one row: the check and the insert run under one lock per (declaration, user).
        using (await _locks.AcquireAsync((declarationId, userName), ct))
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            var since = now - Window;
            if (await db.Set<DossierAccess>().AnyAsync(a => a.DeclarationId == declarationId && a.UserName == userName && a.OpenedAtUtc > since, ct))
                return false;
            db.Set<DossierAccess>().Add(new DossierAccess { DeclarationId = declarationId, UserName = userName, OpenedAtUtc = now });
            await db.SaveChangesAsync(ct);
        }
        await PruneIfDueAsync(now, ct);
        return true;
    }

    /// <summary>The newest opens of a declaration, at most <paramref name="take"/> (1 to <see cref="MaxRows"/>).</summary>
    public async Task<IReadOnlyList<DossierAccessRow>> ReadAsync(int declarationId, int take = 50, CancellationToken ct = default)
    {
        take = Math.Clamp(take, 1, MaxRows);
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.Set<DossierAccess>().AsNoTracking().Where(a => a.DeclarationId == declarationId)
            .OrderByDescending(a => a.OpenedAtUtc).ThenByDescending(a => a.Id).Take(take)
            .Select(a => new { a.UserName, a.OpenedAtUtc }).ToListAsync(ct);
        var names = rows.Select(r => r.UserName).Distinct().ToList();
        var display = await db.Users.AsNoTracking().Where(u => names.Contains(u.UserName!))
            .Select(u => new { u.UserName, u.DisplayName }).ToDictionaryAsync(u => u.UserName!, u => u.DisplayName, ct);
        return rows.Select(r => new DossierAccessRow(r.UserName,
            display.TryGetValue(r.UserName, out var d) && !string.IsNullOrWhiteSpace(d) ? d : r.UserName, r.OpenedAtUtc)).ToList();
    }

    private async Task PruneIfDueAsync(DateTime now, CancellationToken ct)
    {
        if (now - _prunedAtUtc < TimeSpan.FromHours(1)) return;
        _prunedAtUtc = now;
        var cutoff = now - Retention;
        await using var db = await factory.CreateDbContextAsync(ct);
        await db.Set<DossierAccess>().Where(a => a.OpenedAtUtc < cutoff).ExecuteDeleteAsync(ct);
    }
}
