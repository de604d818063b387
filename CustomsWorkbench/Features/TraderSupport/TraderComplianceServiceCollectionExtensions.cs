using CustomsWorkbench.Features.TraderSupport.Audit;
using CustomsWorkbench.Features.TraderSupport.Notices;
using CustomsWorkbench.Features.TraderSupport.PreFiling;
using CustomsWorkbench.Features.TraderSupport.Preferences;
using CustomsWorkbench.Features.TraderSupport.Profiles;
using CustomsWorkbench.Platform.Cli;
using Microsoft.Extensions.DependencyInjection.Extensions;
using CustomsWorkbench.Platform;

namespace CustomsWorkbench.Features.TraderSupport;

public static class TraderComplianceServiceCollectionExtensions
{
    /// <summary>
    /// Trader compliance: preferential rates, FTA savings and notices, trader profiles, audit selection and the pre-filing
    /// check (the HS classification assistant registers separately with AddTraderSupport).
    /// </summary>
    public static IServiceCollection AddTraderCompliance(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(_ => PreferentialRateTable.Load(ShippedData.PathOf("reference", PreferentialRateTable.FileName)));
        services.AddSingleton<FtaSavingsQuery>();
        services.AddSingleton<NoticeService>();
        services.AddSingleton<TraderProfileQuery>();
        services.AddSingleton<AuditDataLoader>();
        services.AddSingleton<AuditSelectionService>();
        services.AddSingleton<AuditPlanService>();
        services.AddSingleton<AuditEvaluation>();
        services.AddTransient<ICliVerb, EvaluateAuditVerb>();
        services.AddSingleton(_ => RequirementTable.Load(ShippedData.PathOf("reference", RequirementTable.FileName)));
        services.AddSingleton<PreFilingReference>();
        services.AddSingleton<PreFilingService>();
        services.AddPreFilingRules();
        return services;
    }

    /// <summary>HTTP endpoints of trader compliance (the pre-filing check API).</summary>
    public static IEndpointRouteBuilder MapTraderCompliance(this IEndpointRouteBuilder app) => app.MapPreFiling();
}
