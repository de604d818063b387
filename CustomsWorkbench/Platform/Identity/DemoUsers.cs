namespace CustomsWorkbench.Platform.Identity;

/// <summary>The demo accounts created when demo seeding is on (listed in the README and on the sign-in page).</summary>
public static class DemoUsers
{
    public const string Password = "Demo!2345";
    /// <summary>The demo officers' office (Incheon Customs, the busiest in the demo world): their queue's default.</summary>
    public const string IncheonOffice = "030";

    public static readonly IReadOnlyList<DemoUser> All =
    [
        new("officer", "김민준", Roles.Officer, IncheonOffice),
        new("officer2", "이서연", Roles.Officer, IncheonOffice),
        new("analyst", "박지호", Roles.Analyst),
        new("supervisor", "최수아", Roles.Supervisor),
        new("admin", "정도윤", Roles.Admin),
    ];
}

public sealed record DemoUser(string UserName, string DisplayName, string Role, string? OfficeCode = null);
