namespace CustomsWorkbench.Platform.Identity;

public static class Roles
{
    public const string Officer = "Officer";
    public const string Analyst = "Analyst";
    public const string Supervisor = "Supervisor";
    public const string Admin = "Admin";
    public static readonly string[] All = [Officer, Analyst, Supervisor, Admin];
}
