using CustomsWorkbench.Features.Intelligence.Analytics;
using CustomsWorkbench.Features.Intelligence.Api;
using CustomsWorkbench.Features.Intelligence.Cases;
using CustomsWorkbench.Features.Intelligence.Graph;
using CustomsWorkbench.Features.Intelligence.Planting;
using CustomsWorkbench.Features.Intelligence.Resolution;
using CustomsWorkbench.Platform.Cli;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Platform.Import;
using CustomsWorkbench.Platform.Realtime;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CustomsWorkbench.Features.Intelligence;

public static class IntelligenceServiceCollectionExtensions
{
    /// <summary>Services of the Intelligence feature (shared by the web app and the CLI verbs).</summary>
    public static IHostApplicationBuilder AddIntelligence(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        // Case events and presence on a case are as private as the case itself.
        services.AddRealtimeTopic(RealtimeTopics.Record(InvestigationCaseService.EntityType, ""), Policies.Intelligence);
        services.AddSingleton<GraphIndex>();
        services.AddSingleton<GraphBuilder>();
        services.AddSingleton<GraphMetrics>();
        services.AddSingleton<GraphEvaluation>();
        services.AddSingleton<ResolutionService>();
        services.AddSingleton<AssistantEntityMerger>();
        services.AddSingleton<CustomsWorkbench.Features.Assistant.IAssistantEntityMerger>(sp => sp.GetRequiredService<AssistantEntityMerger>());
        services.AddSingleton<GraphQueryService>();
        services.AddOptions<ExplorerExpansionOptions>().Bind(builder.Configuration.GetSection(ExplorerExpansionOptions.Section));
        services.AddSingleton<GraphExpansionService>();
        services.AddSingleton<CustomsWorkbench.Features.Assistant.IAssistantGraphSource, AssistantGraphSource>();
        services.AddSingleton<INetworkRiskSource, NetworkRiskService>();
        services.AddSingleton<InvestigationCaseService>();
        services.AddSingleton<CaseRecordLookup>();
        services.AddSingleton<CaseAssignees>();
        services.AddSingleton<CaseFileQuery>();
        services.AddSingleton<CaseFileEditor>();
        services.AddScoped<IDatabaseSeeder, IntelligenceDemoPlanting>();
        services.AddScoped<IDatabaseSeeder, GraphSeeder>();
        services.AddScoped<IDeclarationArrivalSink, GraphArrivalSink>();
        services.AddTransient<ICliVerb, EvaluateGraphVerb>();
        services.AddHostedService<GraphWarmup>();
        services.AddSingleton<GraphRecordWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<GraphRecordWatcher>());
        services.AddSingleton<CustomsWorkbench.Features.PersonalImports.IParcelArrivalSink, GraphParcelSink>();
        return builder;
    }

    /// <summary>HTTP endpoints of the Intelligence feature.</summary>
    public static IEndpointRouteBuilder MapIntelligence(this IEndpointRouteBuilder app)
    {
        app.MapIntelligenceApi();
        app.MapCaseFileApi();
        return app;
    }
}
