using CustomsWorkbench.Features.RiskSelection.Engine;
using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Platform;
using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Realtime;
using CustomsWorkbench.Platform.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Features.RiskSelection.Capacity;

/// <summary>
/// One office's capacity today and how much of it is used. <see cref="IsSet"/> false: no supervisor set one, so the office
/// has the share-based capacity of Workbench:Risk (a share of today's declarations so far). Used = today's declarations
/// selected for that channel.
/// </summary>
public sealed record OfficeCapacityView(
    int OfficeId, string OfficeCode, string NameEn, string NameKo, bool IsSet, int RedPerDay, int YellowPerDay,
    int RedUsed, int YellowUsed, int DeclarationsToday, Guid? Version);

public enum CapacityProblem { None, UnknownOffice, ChangedByOther }

public sealed record CapacityChange(CapacityProblem Problem, Guid? Version = null, string? OtherUser = null)
{
    public bool Succeeded => Problem == CapacityProblem.None;
}

/// <summary>
/// The supervisors' daily capacities: read with today's use (the gauge), changed with validation (0..<see cref="OfficeCapacity.MaxPerDay"/>),
/// under the row's Version token (of two supervisors editing at once, one wins), audited and announced live.
/// Setting the same values again changes nothing (idempotent).
/// </summary>
public sealed class OfficeCapacityService(
    IDbContextFactory<WorkbenchDbContext> factory, IAuditLog audit, IRealtimeNotifier notifier, IOptions<RiskOptions> risk, TimeProvider clock)
{
    public const string EntityType = "OfficeCapacity";

    public DateOnly Today => ShiftDay.Today(clock);

    public async Task<IReadOnlyList<OfficeCapacityView>> TodayAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var today = Today;
        var offices = await db.Offices.AsNoTracking().OrderBy(o => o.Code).Select(o => new { o.Id, o.Code, o.NameEn, o.NameKo }).ToListAsync(ct);
        var set = await db.Set<OfficeCapacity>().AsNoTracking().ToDictionaryAsync(c => c.OfficeId, ct);
        var used = await db.Set<DeclarationTriage>().AsNoTracking().Where(t => t.Date == today)
            .GroupBy(t => new { t.OfficeId, t.RecommendedChannel }).Select(g => new { g.Key.OfficeId, g.Key.RecommendedChannel, Count = g.Count() })
            .ToListAsync(ct);
        return offices.Select(o =>
        {
            int Used(Channel c) => used.Where(u => u.OfficeId == o.Id && u.RecommendedChannel == c).Sum(u => u.Count);
            var total = used.Where(u => u.OfficeId == o.Id).Sum(u => u.Count);
            var own = set.GetValueOrDefault(o.Id);
            return new OfficeCapacityView(o.Id, o.Code, o.NameEn, o.NameKo, own is not null,
                own?.RedPerDay ?? ShareOf(risk.Value.RedShare, total), own?.YellowPerDay ?? ShareOf(risk.Value.YellowShare, total),
                Used(Channel.Red), Used(Channel.Yellow), total, own?.Version);
        }).ToList();
    }

    /// <summary>
    /// Sets an office's daily capacity. <paramref name="expectedVersion"/> is the Version the supervisor saw (null when the
    /// office had none set); a different current version means someone else changed it first.
    /// </summary>
    public async Task<CapacityChange> SetAsync(int officeId, int red, int yellow, Guid? expectedVersion, string user, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string[]>();
        var range = $"must be between 0 and {OfficeCapacity.MaxPerDay}";
        if (red is < 0 or > OfficeCapacity.MaxPerDay) errors["red"] = [range];
        if (yellow is < 0 or > OfficeCapacity.MaxPerDay) errors["yellow"] = [range];
        if (errors.Count > 0) throw new FieldLimitException(errors);

        await using var db = await factory.CreateDbContextAsync(ct);
        if (!await db.Offices.AnyAsync(o => o.Id == officeId, ct)) return new CapacityChange(CapacityProblem.UnknownOffice);
        var row = await db.Set<OfficeCapacity>().SingleOrDefaultAsync(c => c.OfficeId == officeId, ct);
        if (row is not null && row.RedPerDay == red && row.YellowPerDay == yellow) return new CapacityChange(CapacityProblem.None, row.Version);
        if (row?.Version != expectedVersion) return new CapacityChange(CapacityProblem.ChangedByOther, row?.Version, row?.UpdatedBy);
        var before = row is null ? null : new { red = row.RedPerDay, yellow = row.YellowPerDay };
        if (row is null) db.Add(row = new OfficeCapacity { OfficeId = officeId, UpdatedBy = user });
        row.RedPerDay = red;
        row.YellowPerDay = yellow;
        row.UpdatedBy = user;
        row.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        row.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Lost the race: a concurrency conflict on the token, or another first-time insert of the same office.
            await using var fresh = await factory.CreateDbContextAsync(ct);
            var now = await fresh.Set<OfficeCapacity>().AsNoTracking().SingleOrDefaultAsync(c => c.OfficeId == officeId, ct);
            return new CapacityChange(CapacityProblem.ChangedByOther, now?.Version, now?.UpdatedBy);
        }
        await audit.RecordAsync(AuditRecord.Decision(user, "risk.capacity-set", EntityType, officeId.ToString(),
            new { red, yellow, before }), ct);
        await notifier.PublishAsync(RiskEvents.QueueTopic, RiskEvents.CapacityChanged, officeId, ct);
        return new CapacityChange(CapacityProblem.None, row.Version);
    }

    /// <summary>What is left today for each of today's groups whose office has a set capacity (the engine holds arrivals to it); offices without one are not limited here.</summary>
    public async Task<Dictionary<(DateOnly, int), CapacityLeft>> LeftAsync(IReadOnlyCollection<(DateOnly Date, int OfficeId)> groups,
        IReadOnlyCollection<int> excluding, CancellationToken ct = default)
    {
        var result = new Dictionary<(DateOnly, int), CapacityLeft>();
        if (groups.Count == 0) return result;
        await using var db = await factory.CreateDbContextAsync(ct);
        var offices = groups.Select(g => g.OfficeId).Distinct().ToList();
        var set = await db.Set<OfficeCapacity>().AsNoTracking().Where(c => offices.Contains(c.OfficeId)).ToDictionaryAsync(c => c.OfficeId, ct);
        foreach (var (date, office) in groups.Distinct())
        {
            // Capacity is the shift's: only today's arrivals are held to it (an import of past months is history).
            if (date != Today || !set.TryGetValue(office, out var capacity)) continue;
            var used = await db.Set<DeclarationTriage>().AsNoTracking()
                .Where(t => t.Date == date && t.OfficeId == office && !excluding.Contains(t.DeclarationId))
                .GroupBy(t => t.RecommendedChannel).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
            result[(date, office)] = new CapacityLeft(
                capacity.RedPerDay - used.Where(u => u.Key == Channel.Red).Sum(u => u.Count),
                capacity.YellowPerDay - used.Where(u => u.Key == Channel.Yellow).Sum(u => u.Count));
        }
        return result;
    }

    private static int ShareOf(double share, int declarations) => (int)Math.Ceiling(share * declarations);
}
