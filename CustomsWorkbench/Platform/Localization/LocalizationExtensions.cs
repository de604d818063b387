using CustomsWorkbench.Components.Account;
using Microsoft.AspNetCore.Localization;

namespace CustomsWorkbench.Platform.Localization;

public static class LocalizationExtensions
{
    public static WebApplicationBuilder AddWorkbenchLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        builder.Services.AddTransient<MudBlazor.MudLocalizer, WorkbenchMudLocalizer>();
        return builder;
    }

    /// <summary>Korean by default; English on request. The culture cookie is written at sign-in from the user's preference.</summary>
    public static WebApplication UseWorkbenchLocalization(this WebApplication app)
    {
        var options = new RequestLocalizationOptions()
            .SetDefaultCulture(CultureCookie.Supported[0])
            .AddSupportedCultures(CultureCookie.Supported)
            .AddSupportedUICultures(CultureCookie.Supported);
        // Only the cookie and the query string decide: the browser's Accept-Language must not override a user's choice.
        options.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        app.UseRequestLocalization(options);
        return app;
    }
}
