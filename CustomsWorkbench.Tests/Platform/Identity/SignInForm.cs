using System.Text.RegularExpressions;

namespace CustomsWorkbench.Tests.Platform.Identity;

/// <summary>Posts the real sign-in form (antiforgery token and form handler taken from the rendered page).</summary>
public static class SignInForm
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string userName, string password, string returnUrl = "/")
    {
        var page = await client.GetStringAsync("/account/login");
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var handler = Regex.Match(page, "name=\"_handler\" value=\"([^\"]+)\"").Groups[1].Value;
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = handler,
            ["Form.UserName"] = userName,
            ["Form.Password"] = password,
            ["Form.ReturnUrl"] = returnUrl,
        }));
    }

    /// <summary>The error alert's text on a re-rendered sign-in page, or null when there is none.</summary>
    public static string? ErrorOf(string html)
    {
        var match = Regex.Match(html, "data-testid=\"login-error\".*?class=\"mud-alert-message\"[^>]*>(.*?)</div>", RegexOptions.Singleline);
        return match.Success ? System.Net.WebUtility.HtmlDecode(match.Groups[1].Value).Trim() : null;
    }
}
