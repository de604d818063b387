using Microsoft.AspNetCore.Localization;

namespace CustomsWorkbench.Components.Account;

public static class CultureCookie
{
    public static readonly string[] Supported = ["ko-KR", "en-US"];

    public static string Normalize(string? culture) => Supported.Contains(culture) ? culture! : Supported[0];

    public static void Write(HttpContext context, string? culture)
    {
        var value = CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(Normalize(culture)));
        context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName, value,
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = false, SameSite = SameSiteMode.Lax });
    }
}
