namespace CustomsWorkbench.Platform.Hosting;

/// <summary>
/// Says at start-up when the web root lacks the Blazor script: every page would load without styles or interactivity,
/// and the assets would answer 200 with no content, which is hard to trace from a browser.
/// </summary>
internal sealed class StaticAssetsCheck(IWebHostEnvironment environment, ILogger<StaticAssetsCheck> logger) : IStartupFilter
{
    public const string Probe = "_framework/blazor.web.js";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next)
    {
        if (!environment.WebRootFileProvider.GetFileInfo(Probe).Exists)
        {
            logger.LogError("Static assets are missing: {Probe} is not under the web root {WebRoot}. Start the app from its publish folder, or pass --contentRoot <publish folder>.",
                Probe, environment.WebRootPath);
        }
        return next;
    }
}
