using System.Collections.Concurrent;
using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Platform.Models.Monitoring;

/// <summary>
/// Health of each watched kind's active version, cached for a while (it reads the whole history), and one audit entry
/// per version and week when drift passes <see cref="ModelsOptions.DriftThreshold"/>.
/// </summary>
public sealed class ModelHealthService(IEnumerable<IModelMonitor> monitors, ModelRegistry registry, IAuditLog audit,
    IDbContextFactory<WorkbenchDbContext> factory, IOptions<ModelsOptions> options, TimeProvider clock)
{
    public const string DriftAction = "model.drift-alert";
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, (ModelHealth Health, DateTimeOffset At)> _cache = new();

    public bool Watches(string kind) => monitors.Any(m => m.Name == kind);

    /// <summary>The active version's health, or null when the kind is not watched or has no active version.</summary>
    public async Task<ModelHealth?> HealthAsync(string kind, CancellationToken ct = default)
    {
        var monitor = monitors.FirstOrDefault(m => m.Name == kind);
        if (monitor is null) return null;
        var active = await registry.GetActiveAsync(kind, ct);
        if (active is null) return null;
        if (_cache.TryGetValue(kind, out var cached) && cached.Health.Version == active.Version && clock.GetUtcNow() - cached.At < CacheFor)
            return cached.Health;
        var health = await monitor.HealthAsync(active, options.Value.DriftThreshold, ct);
        _cache[kind] = (health, clock.GetUtcNow());
        await AlertAsync(kind, health, ct);
        return health;
    }

    private async Task AlertAsync(string kind, ModelHealth health, CancellationToken ct)
    {
        var drifting = health.DriftingNow;
        if (drifting.Count == 0) return;
        var entityId = $"{health.Version}@{health.Weeks[^1]}";
        await using var db = await factory.CreateDbContextAsync(ct);
        if (await db.Set<AuditEntry>().AnyAsync(e => e.Action == DriftAction && e.EntityId == entityId, ct)) return;
        await audit.RecordAsync(new AuditRecord("model-monitor", DriftAction, "ModelVersion", entityId, health.Version, null,
            AuditRecord.Json(new { model = kind, week = health.Weeks[^1], threshold = health.Threshold, drifting })), ct);
    }
}
