using CustomsWorkbench.Features.PersonalImports.Evaluation;
using CustomsWorkbench.Platform.Cli;

namespace CustomsWorkbench.Features.PersonalImports.Flags;

public static class ParcelFlagsServiceCollectionExtensions
{
    /// <summary>The parcel flag rules and their evaluation verb (to be folded into AddPersonalImports()).</summary>
    public static IServiceCollection AddParcelFlags(this IServiceCollection services)
    {
        services.AddSingleton(_ => ParcelGoodsTables.Shipped);
        services.AddSingleton(ParcelFlagSettings.Default);
        services.AddSingleton<IParcelFlagger, ParcelFlagger>();
        services.AddSingleton<DemoParcelEvaluation>();
        services.AddTransient<ICliVerb, EvaluateParcelsVerb>();
        return services;
    }
}
