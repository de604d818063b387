using CustomsWorkbench.Features.XRay.Cli;
using CustomsWorkbench.Features.XRay.Detection;
using CustomsWorkbench.Features.XRay.Imaging;
using CustomsWorkbench.Features.XRay.Intake;
using CustomsWorkbench.Features.XRay.Review;
using CustomsWorkbench.Features.XRay.Tip;
using CustomsWorkbench.Platform.Cli;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Models;
using CustomsWorkbench.Platform.Realtime;

namespace CustomsWorkbench.Features.XRay;

public static class XRayServiceCollectionExtensions
{
    /// <summary>Services of the XRay feature (shared by the web app and the CLI verbs).</summary>
    public static IHostApplicationBuilder AddXRay(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<XRayOptions>(builder.Configuration.GetSection(XRayOptions.Section));
        builder.Services.AddSingleton<ScanStore>();
        builder.Services.AddSingleton<ScanIntake>();
        builder.Services.AddSingleton<DetectorProvider>();
        builder.Services.AddSingleton<ScanAnalysis>();
        builder.Services.AddSingleton<ScanReviewService>();
        builder.Services.AddSingleton<TipService>();
        builder.Services.AddSingleton<FindingVerdicts>();
        builder.Services.AddSingleton<ScanEscalations>();
        builder.Services.AddRealtimeTopic(XRayEvents.EscalationTopic, CustomsWorkbench.Platform.Identity.Policies.Supervision);
        builder.Services.AddSingleton<ReviewTimings>();
        builder.Services.AddSingleton<CustomsWorkbench.Features.Assistant.IAssistantScanSource, AssistantScanSource>();
        builder.Services.AddSingleton<AnnotationCollector>();
        builder.Services.AddSingleton<DetectorRetraining>();
        builder.Services.AddModelKind<XRayDetectorKind>();
        builder.Services.AddSingleton<CustomsWorkbench.Platform.Models.IFirstVersion, DetectorFirstVersion>();
        builder.Services.AddSingleton<CustomsWorkbench.Platform.Models.IAiDecisionSource, XRayDecisionSource>();
        builder.Services.AddSingleton<CustomsWorkbench.Platform.Models.Monitoring.IModelMonitor, XRayHealthMonitor>();
        builder.Services.AddSingleton<IDatabaseSeeder, XRayDemoSeeder>();
        builder.Services.AddHostedService<ScanPreparationWorker>();
        builder.Services.AddTransient<ICliVerb, ImportScansVerb>();
        builder.Services.AddTransient<ICliVerb, EvaluateXRayVerb>();
        return builder;
    }

    /// <summary>HTTP endpoints of the XRay feature.</summary>
    public static IEndpointRouteBuilder MapXRay(this IEndpointRouteBuilder app)
    {
        app.MapScanUpload();
        app.MapScanReview();
        return app;
    }
}
