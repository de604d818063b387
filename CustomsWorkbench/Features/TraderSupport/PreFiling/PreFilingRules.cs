using CustomsWorkbench.Features.TraderSupport.PreFiling.Rules;

namespace CustomsWorkbench.Features.TraderSupport.PreFiling;

/// <summary>Registers the pre-filing rules: one line per rule.</summary>
public static class PreFilingRules
{
    public static IServiceCollection AddPreFilingRules(this IServiceCollection services)
    {
        services.AddSingleton<IPreFilingRule, UnitValueRule>();
        services.AddSingleton<IPreFilingRule, PreferenceWithoutAgreementRule>();
        services.AddSingleton<IPreFilingRule, BetterPreferenceRule>();
        services.AddSingleton<IPreFilingRule, TaxRecomputationRule>();
        services.AddSingleton<IPreFilingRule, RequirementCertificateRule>();
        services.AddSingleton<IPreFilingRule, CodeDescriptionRule>();
        return services;
    }
}
