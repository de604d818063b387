namespace CustomsWorkbench.Platform.Hosting;

/// <summary>The "Workbench:RateLimits" settings: requests allowed per minute before the app answers 429.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Sign-in attempts (sign-in form posts and token requests) per client address per minute.</summary>
    public int SignInsPerMinute { get; set; } = 20;
    /// <summary>CSV exports per signed-in user (or client address) per minute; each can stream a whole table.</summary>
    public int ExportsPerMinute { get; set; } = 10;
}
