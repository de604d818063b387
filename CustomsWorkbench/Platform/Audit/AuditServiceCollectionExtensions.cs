using CustomsWorkbench.Platform.Cli;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Platform.Realtime;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CustomsWorkbench.Platform.Audit;

public static class AuditServiceCollectionExtensions
{
    /// <summary>The audit trail (write, verify, query) and its CLI verbs; used by both the web app and the CLI.</summary>
    public static IHostApplicationBuilder AddAudit(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<AuditAnchorFile>();
        builder.Services.AddSingleton<AuditKey>();
        builder.Services.AddSingleton<IAuditLog, AuditLog>();
        builder.Services.AddSingleton<AuditVerifier>();
        builder.Services.AddSingleton<AuditQuery>();
        builder.Services.AddRealtimeTopic(RealtimeTopics.Record("AuditTrail", ""), Policies.Oversight); // the explorer's presence
        builder.Services.AddTransient<ICliVerb, AuditVerifyVerb>();
        builder.Services.AddTransient<ICliVerb, AuditTailVerb>();
        return builder;
    }
}
