using CustomsWorkbench.Features.TraderSupport.Preferences;
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
        services.AddSingleton(_ => PreferentialRateTable.Load(ShippedData.PathOf("reference", PreferentialRateTable.FileName)));
        return services;
    }

    /// <summary>HTTP endpoints of trader compliance (the pre-filing check API).</summary>
    public static IEndpointRouteBuilder MapTraderCompliance(this IEndpointRouteBuilder app) => app;
}
