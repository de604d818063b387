using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Platform.Hosting;

public sealed class WorkLeaseOptions
{
    public const string Section = "Workbench:Leases";

    /// <summary>How long a held lease lasts without renewal: the longest another server waits to take over a stopped one's work.</summary>
    public double Seconds { get; set; } = 60;
}

/// <summary>
/// Leases in the database for work that must run once however many servers share it. Each call takes or renews the
/// lease with one conditional write, so two servers asking at the same moment cannot both win.
/// </summary>
public sealed class WorkLeases(IDbContextFactory<WorkbenchDbContext> factory, ServerInstance instance, IOptions<WorkLeaseOptions> options,
    TimeProvider clock, ILogger<WorkLeases> logger)
{
    public string Holder => instance.Name;

    /// <summary>True when this server holds <paramref name="name"/> (taken now, renewed, or taken over after it lapsed).</summary>
    public async Task<bool> TryHoldAsync(string name, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.Length > WorkLease.NameLength) throw new ArgumentException($"A lease name has at most {WorkLease.NameLength} characters.", nameof(name));
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now.AddSeconds(Math.Clamp(options.Value.Seconds, 1, 3600));
        var holder = instance.Name;
        await using var db = await factory.CreateDbContextAsync(ct);
        var renewed = await db.Set<WorkLease>()
            .Where(l => l.Name == name && (l.Holder == holder || l.HeldUntilUtc < now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.HeldUntilUtc, until), ct);
        if (renewed == 1) return true;
        if (await db.Set<WorkLease>().AnyAsync(l => l.Name == name, ct)) return false;
        db.Add(new WorkLease { Name = name, Holder = holder, HeldUntilUtc = until });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another server created it between the two statements: it holds the lease.
            logger.LogDebug("Lease {Name} was taken by another server first", name);
            return false;
        }
    }

    /// <summary>Lets go at once (on shutdown), so another server need not wait for the lease to lapse.</summary>
    public async Task ReleaseAsync(string name, CancellationToken ct = default)
    {
        var holder = instance.Name;
        await using var db = await factory.CreateDbContextAsync(ct);
        await db.Set<WorkLease>().Where(l => l.Name == name && l.Holder == holder).ExecuteDeleteAsync(ct);
    }

    /// <summary>Who holds <paramref name="name"/> now, if anyone (for health pages and tests).</summary>
    public async Task<string?> HolderOfAsync(string name, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Set<WorkLease>().Where(l => l.Name == name && l.HeldUntilUtc >= now).Select(l => l.Holder).SingleOrDefaultAsync(ct);
    }
}
