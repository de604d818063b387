namespace CustomsWorkbench.Platform.Audit;

public static class AuditServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddAudit(this IHostApplicationBuilder builder)
    {
        return builder;
    }
}
