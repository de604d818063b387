using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace CustomsWorkbench.Platform.Realtime;

/// <summary>
/// Which policy a hub client needs for a topic: the policy of the records the topic carries. <see cref="Pattern"/> is an
/// exact topic ("risk-queue") or, ending in ':', a prefix ("record:InvestigationCase:"). Each feature registers its own
/// topics with <see cref="RealtimeTopicAccessExtensions.AddRealtimeTopic"/>.
/// </summary>
public sealed record RealtimeTopicRule(string Pattern, string Policy)
{
    public bool Matches(string topic) => Pattern.EndsWith(':') ? topic.StartsWith(Pattern, StringComparison.Ordinal) : topic == Pattern;
}

/// <summary>Decides whether a user may join a topic. A topic no rule names is refused: new topics are closed until registered.</summary>
public sealed class RealtimeTopicAccess(IEnumerable<RealtimeTopicRule> rules, IAuthorizationService authorization)
{
    private readonly RealtimeTopicRule[] _rules = rules.OrderByDescending(r => r.Pattern.Length).ToArray();

    public string? PolicyFor(string topic) => _rules.FirstOrDefault(r => r.Matches(topic))?.Policy;

    public async Task<bool> AllowsAsync(ClaimsPrincipal user, string topic) =>
        PolicyFor(topic) is { } policy && (await authorization.AuthorizeAsync(user, policy)).Succeeded;
}

public static class RealtimeTopicAccessExtensions
{
    /// <summary>Opens a topic (exact, or a prefix ending in ':') to hub clients who satisfy the policy.</summary>
    public static IServiceCollection AddRealtimeTopic(this IServiceCollection services, string pattern, string policy) =>
        services.AddSingleton(new RealtimeTopicRule(pattern, policy));
}
