using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Models;

namespace CustomsWorkbench.Features.PersonalImports.Risk;

public static class ParcelRiskServiceCollectionExtensions
{
    /// <summary>
    /// The learned parcel risk score: the demo world's past inspections (its labels), the "parcel-risk" catalogue kind,
    /// scoring at start-up, on arrival and after a promotion, and its held-out evaluation.
    /// </summary>
    public static IServiceCollection AddParcelRisk(this IServiceCollection services)
    {
        services.AddSingleton<ParcelRiskData>();
        services.AddSingleton<ParcelRiskScorer>();
        services.AddSingleton<ParcelRiskTrainingRun>();
        services.AddSingleton<ParcelRiskEvaluation>();
        services.AddModelKind<ParcelRiskModelKind>();
        services.AddSingleton<CustomsWorkbench.Platform.Models.Monitoring.IModelMonitor, ParcelRiskHealthMonitor>();
        services.AddSingleton<IAiDecisionSource, ParcelDecisionSource>();
        services.AddScoped<IDatabaseSeeder, DemoParcelInspections>();
        services.AddScoped<IDatabaseSeeder, ParcelRiskStartup>();
        services.AddSingleton<IParcelArrivalSink, ParcelRiskArrivalSink>();
        services.AddSingleton<ParcelRiskWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<ParcelRiskWatcher>());
        return services;
    }
}
