using CustomsWorkbench.Features.RiskSelection.Access;
using CustomsWorkbench.Features.RiskSelection.Capacity;
using CustomsWorkbench.Features.RiskSelection.Desk;
using CustomsWorkbench.Features.RiskSelection.Engine;
using CustomsWorkbench.Platform.Cli;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Platform.Import;
using CustomsWorkbench.Platform.Realtime;
using CustomsWorkbench.Platform.Models;

namespace CustomsWorkbench.Features.RiskSelection;

public static class RiskSelectionServiceCollectionExtensions
{
    /// <summary>Services of the RiskSelection feature (shared by the web app and the CLI verbs).</summary>
    public static IHostApplicationBuilder AddRiskSelection(this IHostApplicationBuilder builder)
    {
        AddRiskEngine(builder);
        AddRiskDesk(builder);
        return builder;
    }

    /// <summary>HTTP endpoints of the RiskSelection feature: the desk's actions (claim, decide, undo), office capacity, the dossier's access log.</summary>
    public static IEndpointRouteBuilder MapRiskSelection(this IEndpointRouteBuilder app) => app.MapTriage().MapOfficeCapacity().MapDossierAccessLog();

    /// <summary>The selection engine: features, models, scoring on arrival, retraining, first-start scoring, `evaluate risk`.</summary>
    private static void AddRiskEngine(IHostApplicationBuilder builder)
    {
        builder.Services.AddRealtimeTopic(RiskEvents.QueueTopic, Policies.Triage);
        builder.Services.AddOptions<RiskOptions>().Bind(builder.Configuration.GetSection(RiskOptions.Section));
        builder.Services.AddSingleton<RiskRecordLoader>();
        builder.Services.AddSingleton<FeatureStateFactory>();
        builder.Services.AddSingleton<RiskAssessmentWriter>();
        builder.Services.AddSingleton<RiskShadowScorer>();
        builder.Services.AddSingleton<CustomsWorkbench.Platform.Models.Monitoring.IShadowSource>(sp => sp.GetRequiredService<RiskShadowScorer>());
        builder.Services.AddSingleton<OfficeCapacityService>();
        builder.Services.AddSingleton<DemoHistoryProcessing>();
        builder.Services.AddSingleton<RiskEngine>();
        builder.Services.AddSingleton<IRiskScoringService>(sp => sp.GetRequiredService<RiskEngine>());
        builder.Services.AddSingleton<RiskTrainingRun>();
        builder.Services.AddSingleton<IRiskModelTraining, RiskModelTrainingService>();
        builder.Services.AddModelKind<RiskModelKind>();
        builder.Services.AddSingleton<CustomsWorkbench.Platform.Models.Monitoring.IModelMonitor, RiskHealthMonitor>();
        builder.Services.AddSingleton<IDeclarationArrivalSink, RiskArrivalSink>();
        builder.Services.AddScoped<IDatabaseSeeder, RiskStartupSeeder>();
        builder.Services.AddSingleton<RiskModelWatcher>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<RiskModelWatcher>());
        builder.Services.AddTransient<ICliVerb, EvaluateRiskVerb>();
    }

    /// <summary>The officer's and supervisor's desk: queue, triage actions, review, rules and model promotion.</summary>
    private static void AddRiskDesk(IHostApplicationBuilder builder)
    {
        builder.Services.Configure<RiskDeskOptions>(builder.Configuration.GetSection(RiskDeskOptions.Section));
        builder.Services.AddSingleton<RiskQueueQuery>();
        builder.Services.AddSingleton<DeclarationDossierQuery>();
        builder.Services.AddSingleton<DossierAccessLog>();
        builder.Services.AddSingleton<IRiskDeskOverview, RiskDeskOverview>();
        builder.Services.AddSingleton<TriageService>();
        builder.Services.AddSingleton<OutcomeFinalizer>();
        builder.Services.AddHostedService<OutcomeFinalizerService>();
        builder.Services.AddSingleton<ReviewService>();
        builder.Services.AddSingleton<CustomsWorkbench.Platform.Models.IAiDecisionSource, RiskDecisionSource>();
        builder.Services.AddSingleton<SelectivityRuleService>();
        builder.Services.AddSingleton<CustomsWorkbench.Features.Assistant.IAssistantChannelAssigner, AssistantChannelAssigner>();
        builder.Services.AddSingleton<IRiskAssessmentReader, RiskAssessmentReader>();
        builder.Services.AddSingleton<IDeclarationHolds, DeclarationHoldService>();
    }
}
