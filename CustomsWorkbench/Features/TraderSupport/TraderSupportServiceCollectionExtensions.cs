using CustomsWorkbench.Features.TraderSupport.Classification;
using CustomsWorkbench.Platform.Cli;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Platform.Models;

namespace CustomsWorkbench.Features.TraderSupport;

public static class TraderSupportServiceCollectionExtensions
{
    /// <summary>Services of the Trader support feature (shared by the web app and the CLI verbs).</summary>
    public static IHostApplicationBuilder AddTraderSupport(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<PastDeclarations>();
        services.AddModelKind<HsClassifierKind>();
        services.AddSingleton<TariffClassifier>();
        services.AddSingleton<CustomsWorkbench.Platform.Models.Monitoring.IModelMonitor, HsClassifierMonitor>();
        services.AddSingleton<ITariffClassifier>(sp => sp.GetRequiredService<TariffClassifier>());
        services.AddSingleton<IFirstVersion, HsClassifierFirstVersion>();
        services.AddSingleton<ClassificationDecisions>();
        services.AddSingleton<IAiDecisionSource, ClassificationDecisionSource>();
        services.AddSingleton<MisclassificationCheck>();
        services.AddSingleton<IMisclassificationCheck>(sp => sp.GetRequiredService<MisclassificationCheck>());
        services.AddSingleton<IMisclassificationSignals>(sp => sp.GetRequiredService<MisclassificationCheck>());
        services.AddTransient<ICliVerb, ClassifyVerb>();
        services.AddTransient<ICliVerb, EvaluateClassifyVerb>();
        services.AddTraderCompliance();
        return builder;
    }

    /// <summary>HTTP endpoints of the Trader support feature.</summary>
    public static IEndpointRouteBuilder MapTraderSupport(this IEndpointRouteBuilder app)
    {
        // Every member of staff may classify: it reads the nomenclature and past declarations' descriptions and codes,
        // which all staff can already read on the declaration pages, and it changes nothing.
        app.MapPost("/api/classify", async (ClassificationRequest? request, ITariffClassifier classifier, CancellationToken ct) =>
            ClassificationRequestRules.Problems(request) is { } problems
                ? Results.ValidationProblem(problems)
                : Results.Ok(await classifier.ClassifyAsync(request!, ct)))
            .RequireAuthorization(Policies.Staff);
        app.MapTraderCompliance();
        return app;
    }
}
