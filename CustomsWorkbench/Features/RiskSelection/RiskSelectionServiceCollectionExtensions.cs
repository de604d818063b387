using CustomsWorkbench.Features.RiskSelection.Desk;

namespace CustomsWorkbench.Features.RiskSelection;

public static class RiskSelectionServiceCollectionExtensions
{
    /// <summary>Services of the RiskSelection feature (shared by the web app and the CLI verbs).</summary>
    public static IHostApplicationBuilder AddRiskSelection(this IHostApplicationBuilder builder)
    {
        AddRiskDesk(builder);
        return builder;
    }

    /// <summary>HTTP endpoints of the RiskSelection feature.</summary>
    public static IEndpointRouteBuilder MapRiskSelection(this IEndpointRouteBuilder app)
    {
        MapRiskDesk(app);
        return app;
    }

    /// <summary>The officer's and supervisor's desk: queue, triage actions, review, rules and model promotion.</summary>
    private static void AddRiskDesk(IHostApplicationBuilder builder)
    {
        builder.Services.Configure<RiskDeskOptions>(builder.Configuration.GetSection(RiskDeskOptions.Section));
        builder.Services.AddSingleton<RiskQueueQuery>();
        builder.Services.AddSingleton<DeclarationDossierQuery>();
        builder.Services.AddSingleton<TriageService>();
        builder.Services.AddSingleton<ReviewService>();
        builder.Services.AddSingleton<SelectivityRuleService>();
    }

    /// <summary>The desk is pages only (Blazor routes); nothing to map yet.</summary>
    private static void MapRiskDesk(IEndpointRouteBuilder app)
    {
    }
}
