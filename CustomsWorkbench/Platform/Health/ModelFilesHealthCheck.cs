using CustomsWorkbench.Platform.Models;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CustomsWorkbench.Platform.Health;

/// <summary>
/// Ready only when every active model's files are where the registry says: a server that cannot load the promoted model
/// must not take traffic. A kind with no active model yet is not a failure (rules and exploration still select).
/// </summary>
public sealed class ModelFilesHealthCheck(ModelRegistry registry) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var active = (await registry.ListAllAsync(ct)).Where(v => v.Status == ModelStatus.Active).ToList();
        var missing = active.Where(v => !File.Exists(registry.ArtifactFullPath(v)) && !Directory.Exists(registry.ArtifactFullPath(v)))
            .Select(v => $"{v.ModelName} {v.Version}").ToList();
        return missing.Count == 0
            ? HealthCheckResult.Healthy($"{active.Count} active models")
            : HealthCheckResult.Unhealthy("active model files missing: " + string.Join(", ", missing));
    }
}
