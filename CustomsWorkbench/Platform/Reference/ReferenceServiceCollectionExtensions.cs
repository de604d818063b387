using CustomsWorkbench.Platform.Data;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CustomsWorkbench.Platform.Reference;

public static class ReferenceServiceCollectionExtensions
{
    /// <summary>Customs exchange rates: the table's seeder and the lookup. Safe to call more than once.</summary>
    public static IServiceCollection AddExchangeRates(this IServiceCollection services)
    {
        services.TryAddSingleton<ExchangeRates>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDatabaseSeeder, ExchangeRateSeeder>());
        return services;
    }
}
