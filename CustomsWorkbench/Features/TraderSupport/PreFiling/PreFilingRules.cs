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
        CodeVersusDescriptionRuleGoesHere(services);
        return services;
    }

    /// <summary>
    /// The code-versus-description rule belongs here: an IPreFilingRule over ITariffClassifier (Features/TraderSupport/Contracts.cs,
    /// built on branch hs) that flags a declared code the description's top suggestions confidently disagree with, most of all
    /// when they point at a higher-duty line. The lead adds it at merge: services.AddSingleton&lt;IPreFilingRule, CodeDescriptionRule&gt;().
    /// </summary>
    public static void CodeVersusDescriptionRuleGoesHere(IServiceCollection services) { }
}
