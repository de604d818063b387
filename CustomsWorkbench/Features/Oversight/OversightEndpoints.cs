using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Hosting;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Platform.Records;

namespace CustomsWorkbench.Features.Oversight;

public static class OversightEndpoints
{
    /// <summary>CSV export of the audit explorer's view, with the same filters (query string).</summary>
    public static IEndpointRouteBuilder MapOversight(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/export/audit", ([AsParameters] AuditFilter filter, AuditQuery audit, CancellationToken ct) =>
                Results.Stream(async stream => await CsvExport.WriteAsync(audit.StreamAsync(filter, ct), stream, ct),
                    "text/csv; charset=utf-8", $"audit-{DateTime.UtcNow:yyyyMMdd-HHmm}.csv"))
            .RequireAuthorization(Policies.Oversight).RequireRateLimiting(WorkbenchRateLimiting.Export);
        return app;
    }
}
